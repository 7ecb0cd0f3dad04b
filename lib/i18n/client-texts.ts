import type { ClientTexts } from "@/components/i18n/client-texts";
import { t } from "./catalogue";
import { enClient } from "./locales/en-client";

/** The texts client components need, in the request's language: only these reach the browser. */
export function clientTexts(): ClientTexts {
  const keys = Object.keys(enClient) as (keyof ClientTexts)[];
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as ClientTexts;
}
