import { titled } from "@/lib/i18n/page-title";
import { DeleteAccountView } from "@/components/account/delete-account-view";
import { kratosPage } from "@/components/page/kratos-page";
import { DELETE_ACCOUNT_PATH, requireLeaver } from "@/lib/account/deletion";
import { firstParam } from "@/lib/http/query";
import { deleteMyAccount } from "./actions";

export const generateMetadata = titled("deletion.title.delete");

export default kratosPage(DELETE_ACCOUNT_PATH, async (query) => {
  const { mode, identifier } = await requireLeaver();
  const problem = firstParam(query, "problem");
  return (
    <DeleteAccountView
      mode={mode}
      identifier={identifier}
      problem={problem === "confirm" || problem === "failed" ? problem : undefined}
      action={deleteMyAccount}
    />
  );
});
