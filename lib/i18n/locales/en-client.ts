/**
 * The English texts that client components show. They live apart from the rest
 * of the catalogue (en.ts takes them in) so that the browser's bundle carries
 * these few texts, read with useClientTexts(), and not the whole catalogue.
 */
export const enClient = {
  "webauthn.unsupported": "This browser cannot use passkeys or security keys.",
  "webauthn.failed": "Passkeys and security keys could not be started. Reload the page and try again.",
  "error.title": "Something went wrong",
  "error.reference": "Reference",
  "error.unknown": "An unexpected error occurred. Please try again.",
  "unavailable.retry": "Try again",
} as const;
