import { getIdentityWithCredentials } from "./kratos-admin";

/** One passkey or security key as Kratos stores it (credentials.<type>.config.credentials[]). */
export type StoredKey = { id: string; display_name: string; is_passwordless: boolean };

/** The passkeys or security keys Kratos has recorded for an identity. */
export async function storedKeys(identityId: string, type: "passkey" | "webauthn"): Promise<StoredKey[]> {
  const identity = await getIdentityWithCredentials(identityId, type);
  const config = identity.credentials?.[type]?.config as { credentials?: StoredKey[] } | undefined;
  return config?.credentials ?? [];
}
