import "server-only";
import { currentRequestContext } from "@/lib/http/request-context";

export type AuditEntry = {
  /** Who acted: an admin's identity id and identifier, or "self" for a person acting on their own account. */
  actor: { id: string; identifier: string };
  /** What was done, e.g. "identity.delete", "session.revoke". */
  action: string;
  /** The identity acted on, by id and identifier only: never other traits, codes, links or passwords. */
  target?: { id: string; identifier?: string };
  outcome: "success" | "failure" | "refused";
  /** Kratos's HTTP status when it refused. */
  status?: number;
};

/**
 * One structured line per change made through the admin API (admin actions and
 * account deletion), on stdout next to the access log, with its request id.
 */
export function audit({ actor, action, target, outcome, status }: AuditEntry): void {
  const context = currentRequestContext();
  console.log(
    JSON.stringify({
      time: new Date().toISOString(),
      level: outcome === "success" ? "info" : "warn",
      msg: "audit",
      action,
      outcome,
      actor_id: actor.id,
      actor: actor.identifier,
      identity_id: target?.id,
      identity: target?.identifier,
      status,
      request_id: context?.requestId,
    }),
  );
}
