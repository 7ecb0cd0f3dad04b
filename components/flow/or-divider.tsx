import { t } from "@/lib/i18n/catalogue";

/**
 * Separates alternative ways to sign in. Decorative: each way has its own
 * labelled controls. One element: its two lines are drawn by app/globals.css.
 */
export function OrDivider() {
  return (
    <div className="or-divider" aria-hidden="true">
      {t("form.or")}
    </div>
  );
}
