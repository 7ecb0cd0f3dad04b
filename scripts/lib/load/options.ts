// Command-line options of scripts/load-test.ts, and the rule that it only ever
// talks to this machine: every URL it requests must have the hostname `localhost`.
import { parseArgs } from "node:util";
import { KRATOS_PUBLIC_URL } from "../kratos-http";
import { KRATOS_ADMIN_URL } from "../kratos-http";

export interface LoadOptions {
  users: number;
  seconds: number;
  concurrency: number;
  /** Kill a UI instance and restart Kratos mid-run (production-like stack only). */
  chaos: boolean;
  /** With --chaos: how soon after Kratos is stopped pages must be answering again. */
  recoverySeconds: number;
  uiUrl: URL;
  kratosPublicUrl: URL;
  kratosAdminUrl: URL;
}

/** Bad arguments or a refused target: printed as one line, exit code 2. */
export class UsageError extends Error {}

const LIMITS = {
  users: { fallback: 20, max: 200 },
  seconds: { fallback: 20, max: 120 },
  concurrency: { fallback: 16, max: 64 },
  "recovery-seconds": { fallback: 30, max: 120 },
} as const;

/** --chaos plans two outages, each with time to recover, inside the run. */
const MIN_CHAOS_SECONDS = 20;

/** Only `localhost` (never a name that merely resolves to it, nor 127.0.0.1: see stack-config.ts). */
export function isLocalhost(url: URL): boolean {
  return url.hostname === "localhost" && (url.protocol === "http:" || url.protocol === "https:");
}

export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): LoadOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        users: { type: "string" },
        seconds: { type: "string" },
        concurrency: { type: "string" },
        chaos: { type: "boolean" },
        "recovery-seconds": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)} (usage: --users N --seconds S --concurrency C [--chaos [--recovery-seconds R]])`,
    );
  }
  const chaos = values.chaos === true;
  const seconds = count("seconds", text(values.seconds));
  if (chaos && seconds < MIN_CHAOS_SECONDS) throw new UsageError(`--chaos needs --seconds ${MIN_CHAOS_SECONDS} or more, got ${seconds}`);
  return {
    users: count("users", text(values.users)),
    seconds,
    concurrency: count("concurrency", text(values.concurrency)),
    chaos,
    recoverySeconds: count("recovery-seconds", text(values["recovery-seconds"])),
    uiUrl: localUrl("UI_URL", env.UI_URL ?? "http://localhost:3000"),
    kratosPublicUrl: localUrl("KRATOS_PUBLIC_URL", KRATOS_PUBLIC_URL),
    kratosAdminUrl: localUrl("KRATOS_ADMIN_URL", env.KRATOS_ADMIN_URL ?? KRATOS_ADMIN_URL),
  };
}

function text(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function count(name: keyof typeof LIMITS, raw: string | undefined): number {
  const { fallback, max } = LIMITS[name];
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= max)) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  return value;
}

function localUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${name} is not a URL: "${raw}"`);
  }
  if (!isLocalhost(url)) throw new UsageError(`refusing ${name}=${raw}: the load test only runs against http(s)://localhost`);
  return url;
}
