import "server-only";
import { kratos } from "./client";
import { methodStatuses, type MethodStatus } from "./method-status";

/**
 * What the signed-in person has set up: second steps, keys, linked accounts.
 *
 * Kratos's public API has no way to read one's own credentials (whoami leaves
 * them out, and the admin API is not the UI's to call), but a settings flow
 * offers "unlink", "remove" and "disable" only for what exists. Asking Kratos's
 * browser endpoint for JSON answers the new flow in the same call: no redirect,
 * and no CSRF round trip because nothing is submitted. The price is one
 * short-lived settings flow stored per view of the home page.
 *
 * Undefined when Kratos does not hand out a flow; the page then says nothing.
 */
export async function configuredMethods(): Promise<MethodStatus[] | undefined> {
  const { data } = await (await kratos()).GET("/self-service/settings/browser");
  return data ? methodStatuses(data.ui.nodes) : undefined;
}
