// The two builds the bench serves: the UI's production build (`npm run build`) and
// the floor (bench/floor). Each is rebuilt only when a source is newer than it.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../kratos-module";
import { uiBuildSteps } from "../ui-server";

export const floorDir = path.join(repoRoot, "bench", "floor");

/** What a build depends on: the files whose change makes it stale. */
const UI_SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "server.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "scripts/build-server.mjs",
];
const FLOOR_SOURCES = ["bench/floor/app", "bench/floor/next.config.mjs", "package-lock.json"];

/** Newest modification time under these paths (tests and fixtures included: cheap and safe). */
function newest(paths: readonly string[]): number {
  let latest = 0;
  const visit = (file: string): void => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) if (entry !== "node_modules" && entry !== ".next") visit(path.join(file, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const entry of paths) visit(path.join(repoRoot, entry));
  return latest;
}

function builtAt(files: readonly string[]): number {
  let oldest = Infinity;
  for (const file of files) {
    const full = path.join(repoRoot, file);
    if (!existsSync(full)) return 0;
    oldest = Math.min(oldest, statSync(full).mtimeMs);
  }
  return oldest;
}

export type BuildState = "reused" | "built" | "stale, reused (--no-build)";

async function ensure(
  name: string,
  sources: readonly string[],
  outputs: readonly string[],
  steps: readonly { name: string; args: string[] }[],
  noBuild: boolean,
): Promise<BuildState> {
  const built = builtAt(outputs);
  if (built > newest(sources)) return "reused";
  if (noBuild && built > 0) return "stale, reused (--no-build)";
  for (const step of steps) {
    console.error(`bench: building ${name} (${step.name})…`);
    await run(step.args);
  }
  return "built";
}

export function ensureUiBuild(noBuild: boolean): Promise<BuildState> {
  return ensure("the UI", UI_SOURCES, [".next/BUILD_ID", "dist/server.js"], uiBuildSteps(), noBuild);
}

export function ensureFloorBuild(noBuild: boolean): Promise<BuildState> {
  const next = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
  return ensure(
    "the floor",
    FLOOR_SOURCES,
    ["bench/floor/.next/BUILD_ID"],
    [{ name: "next build", args: [next, "build", floorDir] }],
    noBuild,
  );
}

function run(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      // Build output goes to stderr, so `--json` keeps stdout to itself.
      stdio: ["ignore", process.stderr, process.stderr],
    });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${args.slice(-2).join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
