// Command-line options of scripts/bench.ts. Everything it requests is on this machine.
import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Length of one measured pass, per page and concurrency. */
  seconds: number;
  /** Interleaved rounds: every page and concurrency once per round. */
  rounds: number;
  json: boolean;
  lighthouse: boolean;
  /** Serve the builds that exist even when the sources are newer. */
  noBuild: boolean;
  /** Keep the servers' V8 CPU profiles (node --cpu-prof) in this folder. */
  cpuProfDir?: string;
}

export class UsageError extends Error {}

const USAGE = "usage: npm run bench -- [--seconds S (1-30, 4)] [--rounds R (1-5, 2)] [--json] [--lighthouse] [--no-build] [--cpu-prof DIR]";

export function readOptions(argv: readonly string[]): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seconds: { type: "string" },
        rounds: { type: "string" },
        json: { type: "boolean" },
        lighthouse: { type: "boolean" },
        "no-build": { type: "boolean" },
        "cpu-prof": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (${USAGE})`);
  }
  const cpuProfDir = typeof values["cpu-prof"] === "string" ? values["cpu-prof"] : undefined;
  return {
    seconds: whole("seconds", values.seconds, 4, 30),
    rounds: whole("rounds", values.rounds, 2, 5),
    json: values.json === true,
    lighthouse: values.lighthouse === true,
    noBuild: values["no-build"] === true,
    ...(cpuProfDir === undefined ? {} : { cpuProfDir }),
  };
}

function whole(name: string, raw: string | boolean | undefined, fallback: number, max: number): number {
  if (typeof raw !== "string") return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= max)) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${raw}" (${USAGE})`);
  return value;
}
