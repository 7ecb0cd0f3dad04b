import { config } from "@/lib/config";
import { t } from "@/lib/i18n/catalogue";

/** The product's name: the company's (BRAND_NAME), or the neutral one in the page's language. */
export function productName(): string {
  return config().brand.name ?? t("app.name");
}
