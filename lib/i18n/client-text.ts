import { enClient } from "./locales/en-client";

export type ClientMessageKey = keyof typeof enClient;

/** A text shown by a client component; t() holds the same texts for server components. */
export function clientText(key: ClientMessageKey): string {
  return enClient[key];
}
