import "server-only";
import type { QueryParams } from "@/lib/http/query";
import { flowPagePath } from "./browser-flows";
import { fetchTraitFields } from "./identity-schema";
import { loadFlow } from "./load-flow";
import { requireSession } from "./require-session";
import type { TraitFields } from "./trait-fields";
import type { SettingsFlow } from "./types";

/**
 * The settings flow and the schema hints for its profile form.
 *
 * Kratos sends a signed-out browser from settings to sign-in without a way back
 * (and a return_to on the settings flow would replace the success message after
 * saving with a redirect), so signing in is arranged here, returning to this page.
 */
export async function loadSettings(query: QueryParams): Promise<{ flow: SettingsFlow; traitFields: TraitFields }> {
  await requireSession(flowPagePath("settings", query));
  const flow = await loadFlow("settings", query);
  return { flow, traitFields: await fetchTraitFields(flow.identity.schema_id) };
}
