import "server-only";
import type { Metadata } from "next";
import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { isKratosUnavailable } from "@/lib/kratos/errors";
import { adminAccess } from "./gate";

/**
 * An admin page's title, for those the gate lets near the admin area. Everyone
 * else gets the not-found page with no title of its own, as at an unknown
 * address: the title must not say what the page would have been. When Kratos
 * cannot be asked, the page says so (kratosPage), under no title of its own either.
 */
export function adminTitled(key: UiMessageKey): () => Promise<Metadata> {
  return async () => {
    try {
      return (await adminAccess()).type === "hidden" ? {} : { title: t(key) };
    } catch (error) {
      if (isKratosUnavailable(error)) return {};
      throw error;
    }
  };
}
