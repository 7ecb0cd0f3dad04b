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

export type NamedPort = { port: number; name: string };

/** Exits with one line per busy port, so every conflict shows up in one run. */
export async function requireFreePorts(ports: readonly NamedPort[]): Promise<void> {
  const busy: NamedPort[] = [];
  for (const entry of ports) if (!(await isPortFree(entry.port))) busy.push(entry);
  if (busy.length === 0) return;
  console.error("");
  for (const { port, name } of busy) {
    console.error(`✖ Port ${port} (${name}) is already in use. Stop whatever runs there (\`lsof -i :${port}\`) and try again.`);
  }
  console.error("");
  process.exit(1);
}

export function requireNodeVersion(major: number, minor: number): void {
  const [actualMajor = 0, actualMinor = 0] = process.versions.node.split(".").map(Number);
  if (actualMajor > major || (actualMajor === major && actualMinor >= minor)) return;
  fail(`Node.js ${process.versions.node} is too old: this project needs Node >= ${major}.${minor} (https://nodejs.org/).`);
}
