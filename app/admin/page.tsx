import { adminTitled } from "@/lib/admin/page-title";
import { IdentityList } from "@/components/admin/identity-list";
import { kratosPage } from "@/components/page/kratos-page";
import { requireAdmin } from "@/lib/admin/gate";
import { listIdentities } from "@/lib/admin/identities";
import { pageSizeFrom } from "@/lib/admin/page-token";
import { firstParam, queryString } from "@/lib/http/query";

export const generateMetadata = adminTitled("admin.identities.title");

export default kratosPage("/admin", async (query) => {
  // Back to this very page (search, page size, page) after a second factor.
  const admin = await requireAdmin(`/admin${queryString(query)}`);
  const search = firstParam(query, "q")?.trim() ?? "";
  const pageSize = pageSizeFrom(firstParam(query, "page_size"));
  const pageToken = firstParam(query, "page_token");
  const page = await listIdentities(admin, search, pageSize, pageToken);
  return (
    <IdentityList
      admin={admin.identifier}
      page={page}
      search={search}
      pageSize={pageSize}
      paged={pageToken !== undefined}
      deleted={firstParam(query, "deleted")}
    />
  );
});
