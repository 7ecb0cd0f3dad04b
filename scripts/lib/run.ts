import { spawn, type SpawnOptions } from "node:child_process";
import { createInterface } from "node:readline";

export type RunResult = { code: number; output: string[] };

/**
 * Runs a command to completion, handing each output line (stdout and stderr)
 * to `onLine` and keeping the last lines so a failure can be shown in context.
 */
export function runLines(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
  onLine: (line: string) => void = () => {},
  keep = 60,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    const take = (line: string): void => {
      output.push(line);
      if (output.length > keep) output.shift();
      onLine(line);
    };
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on("line", take);
    }
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

export function printTail(prefix: string, lines: readonly string[]): void {
  for (const line of lines) console.error(`${prefix} ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
}
