// The UI behind nginx: a production build, served by two instances (3001, 3002)
// started through uiServerCommand() and supervised, so one that dies comes back.
import { createWriteStream, existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../kratos-module";
import { startService } from "../process-groups";
import { URLS } from "../stack-config";
import { uiServerCommand } from "../ui-server";
import { UI_INSTANCE_PORTS, prodDataDir, uiInstanceId } from "./config";
import { failAndStop } from "./lifecycle";
import { supervise } from "./supervise";

const buildDir = path.join(repoRoot, process.env.NEXT_DIST_DIR || ".next");

function uiEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    KRATOS_PUBLIC_URL: URLS.kratosPublic,
  };
}

/** `next build`, unless `reuse` is set and a production build is there (npm test has just made one). */
export async function buildUi(reuse: boolean): Promise<void> {
  if (reuse && existsSync(path.join(buildDir, "BUILD_ID"))) {
    console.log(`Using the production build in ${path.relative(repoRoot, buildDir)} (--reuse-build).`);
    return;
  }
  console.log("Building the UI (next build)…");
  // A service rather than a plain child, so that stopping the stack mid-build stops the build too.
  const build = startService({
    name: "next build",
    command: process.execPath,
    args: [path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "build"],
    cwd: repoRoot,
    env: { ...uiEnv(0), PORT: undefined },
    onLine: (line) => console.log(`[build] ${line}`),
  });
  const how = await build.exited;
  if (how !== "exited with code 0") await failAndStop(`\`next build\` ${how} (output above).`);
}

export function startUiInstances(): void {
  const { command, args } = uiServerCommand();
  for (const port of UI_INSTANCE_PORTS) {
    const id = uiInstanceId(port);
    const tag = `[${id}]`;
    // Appended across restarts; what one instance logged before being killed stays readable.
    const log = createWriteStream(path.join(prodDataDir, `${id}.log`), { flags: "a" });
    supervise(id, tag, () =>
      startService({
        name: `UI instance on port ${port}`,
        command,
        args,
        cwd: repoRoot,
        env: uiEnv(port),
        onLine: (line) => log.write(`${line}\n`),
      }),
    );
  }
}
