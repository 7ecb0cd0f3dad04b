import { randomBytes } from "node:crypto";

/**
 * 32 random characters. Kratos parses an environment value that is valid JSON
 * as JSON ("12e4…" would become a number), so each secret starts with a letter.
 */
function secret(): string {
  for (;;) {
    const candidate = randomBytes(24).toString("base64url");
    if (/^[A-Za-z]/.test(candidate)) return candidate;
  }
}

/** Kratos's secrets for one run of the stack, as production passes them: through the environment. */
export function kratosSecrets(): Record<string, string> {
  // SECRETS_CIPHER entries must be exactly 32 characters (xchacha20-poly1305 key).
  return { SECRETS_DEFAULT: secret(), SECRETS_COOKIE: secret(), SECRETS_CIPHER: secret() };
}
