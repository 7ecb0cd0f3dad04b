import "server-only";
import { asRecord } from "@/lib/records";
import { kratos } from "@/lib/kratos/client";
import type { Identity, Session } from "@/lib/kratos/types";
import { identifierOf } from "./access";
import { audit } from "./audit";
import type { Admin } from "./gate";
import { traitSpecs, type TraitSpec } from "./traits";

/** What Kratos answered to a change: its status, and its messages when it refused. */
export type ChangeResult = { ok: boolean; status: number; messages: string[] };

function resultOf(response: Response, error: unknown): ChangeResult {
  const body = asRecord(asRecord(error).error);
  const messages = [body.message, body.reason].filter((text): text is string => typeof text === "string" && text !== "");
  return { ok: response.ok, status: response.status, messages };
}

/**
 * Makes one change through the admin API and writes its audit line: who, what,
 * which identity, and the outcome. Never values, codes or links.
 */
export async function change(
  admin: Admin,
  action: string,
  target: { id: string; identifier?: string },
  call: () => Promise<{ response: Response; error?: unknown }>,
): Promise<ChangeResult> {
  const { response, error } = await call();
  const result = resultOf(response, error);
  audit({
    actor: { id: admin.id, identifier: admin.identifier },
    action,
    target,
    outcome: result.ok ? "success" : "failure",
    ...(!result.ok && { status: result.status }),
  });
  return result;
}

/** The schema's editable traits (Kratos's public GET /schemas/{id}). */
export async function traitSpecsFor(schemaId: string): Promise<TraitSpec[]> {
  const { data } = await (await kratos()).GET("/schemas/{id}", { params: { path: { id: schemaId } } });
  return data ? traitSpecs(data) : [];
}

/** The identity's sessions, newest first, as the admin API lists them (active and ended). */
export async function sessionsOf({ api }: Admin, id: string): Promise<Session[]> {
  const { data } = await api.GET("/admin/identities/{id}/sessions", { params: { path: { id } } });
  return data ?? [];
}

export function target(identity: Identity): { id: string; identifier: string } {
  return { id: identity.id, identifier: identifierOf(identity) };
}
