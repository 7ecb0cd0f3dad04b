"use server";

import { redirect } from "next/navigation";
import { DELETE_ACCOUNT_PATH, GOODBYE_PATH, leave, requireLeaver } from "@/lib/account/deletion";
import { confirmsIdentifier } from "@/lib/account/privilege";
import { requireSameSite } from "@/lib/http/same-site";

// A server action: a plain form post without JavaScript. Next refuses it when
// the request's Origin is not this site, and requireSameSite says so again.
// Who is leaving comes from the session cookie, never from the form.

export async function deleteMyAccount(formData: FormData): Promise<void> {
  await requireSameSite();
  const leaver = await requireLeaver();
  if (!confirmsIdentifier(formData.get("confirm"), leaver.identifier)) redirect(`${DELETE_ACCOUNT_PATH}?problem=confirm`);
  if (!(await leave(leaver))) redirect(`${DELETE_ACCOUNT_PATH}?problem=failed`);
  redirect(`${GOODBYE_PATH}?mode=${leaver.mode}`);
}
