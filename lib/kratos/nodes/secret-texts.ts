import { asRecord } from "@/lib/records";
import type { UiText } from "../types";

/** Kratos's message id for a used entry of a recovery code list (text/id.go); a code still to use is 1050009. */
const USED_CODE = 1050014;

/** One entry of a recovery code list: a code still to be used, or the record that one was used. */
export type RecoveryCode = { used: false; code: string } | { used: true; usedAt?: string };

/** The file name offered when the codes are downloaded. */
export const RECOVERY_CODES_FILE_NAME = "recovery-codes.txt";

/**
 * The entries of a recovery code list (text 1050015), which Kratos carries in the
 * text's context. A used code has no value any more, only the time it was used.
 * Undefined for any other text.
 */
export function recoveryCodesOf(text: UiText): RecoveryCode[] | undefined {
  const secrets = contextOf(text).secrets;
  if (!Array.isArray(secrets)) return undefined;
  return secrets.filter(isUiText).map((secret): RecoveryCode => {
    const context = contextOf(secret);
    if (secret.id === USED_CODE) {
      return { used: true, usedAt: typeof context.used_at === "string" ? context.used_at : undefined };
    }
    return { used: false, code: typeof context.secret === "string" ? context.secret : secret.text };
  });
}

/** The codes that still work, in Kratos's order. */
export function unusedCodes(codes: readonly RecoveryCode[]): string[] {
  return codes.flatMap((entry) => (entry.used ? [] : [entry.code]));
}

/**
 * A data: address holding the codes as a text file, so "download" works as a plain
 * link without JavaScript and the codes never travel to any server again.
 */
export function recoveryCodesDataUrl(intro: string, codes: readonly string[]): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(`${intro}\n\n${codes.join("\n")}\n`)}`;
}

/** The TOTP secret of a secret text (1050006): the context holds it unformatted. */
export function secretOf(text: UiText): string {
  const secret = contextOf(text).secret;
  return typeof secret === "string" && secret ? secret : text.text;
}

function contextOf(text: UiText): Record<string, unknown> {
  return asRecord(text.context);
}

function isUiText(value: unknown): value is UiText {
  const fields = asRecord(value);
  return typeof fields.id === "number" && typeof fields.text === "string";
}
