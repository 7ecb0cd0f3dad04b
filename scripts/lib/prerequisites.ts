import { execFile } from "node:child_process";
import { promisify } from "node:util";
import net from "node:net";

const run = promisify(execFile);

/** Exits with one clear line when a command the stack needs is missing. */
export async function requireCommand(command: string, advice: string): Promise<void> {
  try {
    await run(command, ["version"]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") fail(`${command} not found. ${advice}`);
  }
}

export function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** True when nothing listens on localhost:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "localhost", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}
