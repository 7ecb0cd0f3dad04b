import { t } from "@/lib/i18n/catalogue";
import { formatList } from "@/lib/i18n/format-list";
import type { MethodStatus } from "@/lib/kratos/nodes/method-status";

/** "Set up", "Not set up", or which keys and accounts are set up. */
export function methodStatusText(status: MethodStatus): string {
  if (!status.configured) return t("settings.status.off");
  const named = status.items.filter(Boolean);
  return named.length > 0 ? t("settings.status.items", { items: formatList(named) }) : t("settings.status.on");
}
