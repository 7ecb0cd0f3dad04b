import { t } from "@/lib/i18n/catalogue";

/** Separates alternative ways to sign in. Decorative: each way has its own labelled controls. */
export function OrDivider() {
  return (
    <div className="flex items-center gap-3 text-xs tracking-wide text-text-muted uppercase" aria-hidden="true">
      <span className="h-px flex-1 bg-border" />
      {t("form.or")}
      <span className="h-px flex-1 bg-border" />
    </div>
  );
}
