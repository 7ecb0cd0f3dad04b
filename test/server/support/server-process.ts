import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { vi } from "vitest";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

/** A port nothing listens on right now (the kernel picks it; the fixed stack ports are never chosen). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export type ServerProcess = {
  url: string;
  port: number;
  child: ChildProcess;
  /** Every line the process printed so far, stdout and stderr. */
  lines: string[];
  /** The JSON lines, parsed. */
  logEntries: () => Record<string, unknown>[];
  exitCode: Promise<number | null>;
  /** Waits until a printed line passes the check, and returns it. */
  waitForLine: (check: (line: string) => boolean, timeoutMs?: number) => Promise<string>;
  /** Ends the whole process group (npm, its shell and the server), whatever state it is in. */
  kill: () => void;
};

export type StartOptions = {
  cwd?: string;
  command?: readonly string[];
  env: Record<string, string>;
};

/** Starts the built server (or `command`) on a free port and waits until it says it is ready. */
export async function startServer({
  cwd = repoRoot,
  command = [process.execPath, "dist/server.js"],
  env,
}: StartOptions): Promise<ServerProcess> {
  const port = await freePort();
  const [program = "", ...args] = command;
  // Only what a deployment would set: no test runner variables, and no NODE_ENV unless given (Vitest sets it to "test").
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    ...env,
  };
  const child = spawn(program, args, {
    cwd,
    // Next's types declare NODE_ENV always present; this environment may lack it on purpose.
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      lines.push(...parts);
    });
  }
  const exitCode = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitForLine = async (check: (line: string) => boolean, timeoutMs = 10_000): Promise<string> =>
    vi.waitFor(
      () => {
        const line = lines.find(check);
        if (line === undefined) throw new Error(`no such line yet; output so far:\n${lines.join("\n")}`);
        return line;
      },
      { timeout: timeoutMs, interval: 50 },
    );
  const kill = (): void => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  const server: ServerProcess = {
    url: `http://localhost:${port}`,
    port,
    child,
    lines,
    logEntries: () => lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>),
    exitCode,
    waitForLine,
    kill,
  };
  try {
    await waitForLine((line) => line.startsWith("UI ready on"), 60_000);
  } catch (error) {
    kill();
    throw error;
  }
  return server;
}
