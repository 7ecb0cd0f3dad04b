import { adminTitled } from "@/lib/admin/page-title";
import { CourierList } from "@/components/admin/courier-list";
import { kratosPage } from "@/components/page/kratos-page";
import { requireAdmin } from "@/lib/admin/gate";
import { nextPageToken, pageSizeFrom } from "@/lib/admin/page-token";
import { firstParam, queryString } from "@/lib/http/query";

export const generateMetadata = adminTitled("admin.courier.title");

/** The mails Kratos sent last, newest first, read-only: who, what, and whether it went out. Never their bodies (codes, links). */
export default kratosPage("/admin/courier", async (query) => {
  const admin = await requireAdmin(`/admin/courier${queryString(query)}`);
  const pageSize = pageSizeFrom(firstParam(query, "page_size"));
  const pageToken = firstParam(query, "page_token");
  const { data, response } = await admin.api.GET("/admin/courier/messages", {
    params: { query: { page_size: pageSize, ...(pageToken && { page_token: pageToken }) } },
  });
  return (
    <CourierList
      admin={admin.identifier}
      messages={data ?? []}
      pageSize={pageSize}
      next={nextPageToken(response.headers.get("link"))}
      paged={pageToken !== undefined}
    />
  );
});
