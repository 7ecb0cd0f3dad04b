import { asRecord } from "@/lib/records";
import type { Identity } from "./types";

export type SecondFactorType = "totp" | "lookup_secret" | "webauthn";

/**
 * The second factors an identity has set up, from its credentials as the admin
 * API lists them (with `include_credential=webauthn`), counted as Kratos does
 * (identity.SetAvailableAAL): TOTP and recovery codes exist as credentials only
 * once set up; a webauthn credential can hold just the schema's identifier, and
 * counts only with a key that is not a passkey.
 */
export function setUpSecondFactors(credentials: Identity["credentials"]): SecondFactorType[] {
  const found: SecondFactorType[] = [];
  if (credentials?.totp) found.push("totp");
  if (credentials?.lookup_secret) found.push("lookup_secret");
  const keys = asRecord(credentials?.webauthn?.config).credentials;
  if (Array.isArray(keys) && keys.some((key) => asRecord(key).is_passwordless !== true)) found.push("webauthn");
  return found;
}
