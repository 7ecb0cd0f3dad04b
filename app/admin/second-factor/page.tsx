import { adminTitled } from "@/lib/admin/page-title";
import { notFound, redirect } from "next/navigation";
import { ProblemView } from "@/components/page/problem-view";
import { kratosPage } from "@/components/page/kratos-page";
import { adminAccess } from "@/lib/admin/gate";
import { appPath } from "@/lib/http/app-path";
import { config } from "@/lib/config";
import { browserInitUrl } from "@/lib/kratos/urls";
import { setResponseStatus } from "@/lib/http/request-context";
import { t } from "@/lib/i18n/catalogue";

export const generateMetadata = adminTitled("admin.secondFactor.title");

/** Where the gate sends an admin who has no second factor at all; 404 for everyone else. */
export default kratosPage("/admin/second-factor", async () => {
  const access = await adminAccess();
  if (access.type === "hidden") notFound();
  if (access.type !== "enrol-second-factor") redirect("/admin");
  setResponseStatus(403);
  return (
    <ProblemView
      title={t("admin.secondFactor.title")}
      message={t("admin.secondFactor.body")}
      // A staff-only instance has no settings page: Kratos's settings endpoint leads to its ui_url (the public instance).
      action={{ href: config().selfService ? appPath("/settings") : browserInitUrl("settings"), label: t("admin.secondFactor.settings") }}
    />
  );
});
