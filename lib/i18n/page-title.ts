import type { Metadata } from "next";
import { t, type Vars } from "./catalogue";
import type { UiMessageKey } from "./locales/en";

/** A page's title in the request's language: a constant `metadata` would be worked out once, in English. */
export function titled(key: UiMessageKey, vars?: () => Vars): () => Metadata {
  return () => ({ title: t(key, vars?.()) });
}
