import "server-only";
import { config } from "@/lib/config";
import { KratosRefusal } from "@/lib/kratos/errors";
import { currentSession } from "@/lib/kratos/session";
import type { Session } from "@/lib/kratos/types";
import { appName } from "./app-name";
import { idTokenClaims, scopesToGrant } from "./claims";
import { acceptConsent, fetchConsentRequest } from "./requests";
import type { ConsentRequest } from "./types";

/**
 * The consent request named by the challenge, checked against who is signed in
 * here: only the account Hydra's request is for may answer it, so a challenge
 * copied into another person's browser grants nothing.
 */
export async function consentForSignedInPerson(challenge: string | undefined): Promise<{ request: ConsentRequest; session: Session }> {
  if (!challenge) throw new KratosRefusal("oauth2_challenge_missing", 400);
  const request = await fetchConsentRequest(challenge);
  const lookup = await currentSession();
  if (lookup.state !== "active") throw new KratosRefusal("oauth2_consent_signed_out", 401, appName(request.client));
  if (!lookup.session.identity || lookup.session.identity.id !== request.subject) {
    throw new KratosRefusal("oauth2_consent_wrong_account", 403, appName(request.client));
  }
  return { request, session: lookup.session };
}

/**
 * Whether the screen can be skipped: Hydra remembers an earlier decision
 * (`skip`), or the app belongs to the company (FIRST_PARTY_CLIENT_IDS, or the
 * client's own `skip_consent`).
 */
export function needsNoConsent(request: ConsentRequest): boolean {
  const clientId = request.client?.client_id;
  return (
    request.skip === true ||
    request.client?.skip_consent === true ||
    (clientId !== undefined && config().firstPartyClientIds.includes(clientId))
  );
}

/** Grants the ticked scopes (of those requested) with the matching claims; answers Hydra's next address. */
export async function grantConsent(
  request: ConsentRequest,
  session: Session,
  ticked: readonly string[],
  remember: boolean,
): Promise<string> {
  const scopes = scopesToGrant(request.requested_scope ?? [], ticked);
  const idToken = session.identity ? idTokenClaims(session.identity, scopes) : {};
  return acceptConsent(request.challenge, { scopes, remember, idToken }, request.requested_access_token_audience ?? []);
}
