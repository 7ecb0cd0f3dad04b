import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { uiServerCommand } from "../../scripts/lib/ui-server";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/**
 * A second instance of the production build (made by the test stack) on another
 * port, with its own environment, for tests that need a differently wired UI.
 */
export type ExtraUi = {
  url: string;
  /** Forces a full garbage collection in the server (needs `collectableGarbage`). */
  collectGarbage: () => void;
  stop: () => Promise<void>;
};

/** Environment that lets `collectGarbage` work. */
export const collectableGarbage = {
  NODE_OPTIONS: `--expose-gc --import=${path.join(repoRoot, "e2e/support/gc-on-signal.mjs")}`,
};

export async function startExtraUi(port: number, env: Record<string, string>): Promise<ExtraUi> {
  const { command, args } = uiServerCommand();
  const child: ChildProcess = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://localhost:${port}`;
  await expect
    .poll(async () => (await fetch(`${url}${env.BASE_PATH ?? ""}/health/alive`).catch(() => undefined))?.status, { timeout: 30_000 })
    .toBe(200);
  return {
    url,
    collectGarbage: () => {
      if (child.pid) process.kill(-child.pid, "SIGUSR2");
    },
    stop: async () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(undefined)));
    },
  };
}
