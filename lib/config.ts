import "server-only";
import { readConfig, type AppConfig } from "./env";

export type { AppConfig } from "./env";

let cached: AppConfig | undefined;

/** The validated configuration; the values do not change while the process runs. */
export function config(): AppConfig {
  cached ??= readConfig();
  return cached;
}
