import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, repoRoot, startServer } from "./support/server-process";
import { StandInKratos } from "./support/stand-in-kratos";

/*
 * The same steps as the Dockerfile: scripts/package-production.sh into a folder
 * outside the repository (production dependencies only), then the image's own
 * command, health check and stop signal.
 */
let workDir: string;
let app: string;

function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

async function dockerfile(): Promise<string> {
  return readFile(path.join(repoRoot, "Dockerfile"), "utf8");
}

/** The JSON-array argument of a Dockerfile instruction (CMD, HEALTHCHECK … CMD). */
function execForm(text: string, instruction: RegExp): string[] {
  const match = instruction.exec(text.replace(/\\\n\s*/g, " "));
  expect(match, `Dockerfile has ${instruction}`).not.toBeNull();
  return JSON.parse(match?.[1] ?? "[]") as string[];
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "kratos-ui-package-"));
  app = path.join(workDir, "app");
  const packaged = await run(path.join(repoRoot, "scripts", "package-production.sh"), [app], { cwd: repoRoot });
  expect(packaged.code, packaged.output).toBe(0);
}, 300_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("the production package (what the container image holds)", () => {
  it("holds the build and the production dependencies only: no sources, no dev tools, no build cache", () => {
    for (const needed of [
      "dist/server.js",
      ".next/BUILD_ID",
      "node_modules/next",
      "node_modules/react-dom",
      "node_modules/openapi-fetch",
    ]) {
      expect(existsSync(path.join(app, needed)), needed).toBe(true);
    }
    for (const unwanted of [
      "server.ts",
      "lib",
      "app",
      "e2e",
      ".next/cache",
      "node_modules/typescript",
      "node_modules/tsx",
      "node_modules/vitest",
      "node_modules/esbuild",
      "node_modules/playwright",
    ]) {
      expect(existsSync(path.join(app, unwanted)), unwanted).toBe(false);
    }
  });

  it("runs with `npm start`: alive, a page answers 503 with the unavailable page when Kratos is down, no metrics port", async () => {
    const server = await startServer({
      cwd: app,
      command: ["npm", "start"],
      env: { KRATOS_PUBLIC_URL: `http://localhost:${await freePort()}` },
    });
    try {
      expect((await fetch(`${server.url}/health/alive`)).status).toBe(200);
      const page = await fetch(`${server.url}/login?flow=00000000-0000-4000-8000-000000000000`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain("Account service unavailable");
      expect((await fetch(`${server.url}/health/ready`)).status).toBe(503);
      expect(server.lines.some((line) => line.startsWith("Metrics on"))).toBe(false);
    } finally {
      server.kill();
    }
  });

  it("runs the image's command, which is `npm start`'s: healthy while Kratos is ready, exit 0 on SIGTERM", async () => {
    const text = await dockerfile();
    const command = execForm(text, /^CMD (\[.*\])$/m);
    const { scripts } = JSON.parse(await readFile(path.join(app, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(command.join(" ")).toBe(scripts.start);
    expect(text).toMatch(/^USER node$/m);
    expect(text).toMatch(/HOST=0\.0\.0\.0/);

    const kratos = new StandInKratos();
    await kratos.start();
    const server = await startServer({
      cwd: app,
      command: ["node", ...command.slice(1)],
      env: { NODE_ENV: "production", HOST: "127.0.0.1", KRATOS_PUBLIC_URL: kratos.url },
    });
    try {
      const healthCheck = execForm(text, /^HEALTHCHECK .* CMD (\[.*\])$/m);
      const checked = await run("node", healthCheck.slice(1), { cwd: app, env: { ...process.env, PORT: String(server.port) } });
      expect(checked.code, checked.output).toBe(0);
      await kratos.stop();
      const unhealthy = await run("node", healthCheck.slice(1), { cwd: app, env: { ...process.env, PORT: String(server.port) } });
      expect(unhealthy.code).toBe(1);

      server.child.kill("SIGTERM");
      expect(await server.exitCode).toBe(0);
    } finally {
      server.kill();
      await kratos.stop();
    }
  });
});
