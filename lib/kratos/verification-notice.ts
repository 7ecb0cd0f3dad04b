import { cookies } from "next/headers";
import { kratosText } from "@/lib/i18n/catalogue";
import { linkToFlow } from "./flow-links";
import type { LoginFlow, UiText, VerificationFlow } from "./types";
import { appPath } from "@/lib/http/app-path";

/*
 * Kratos v1.3.1 answers a sign-in by someone whose address is unverified (login
 * hook require_verified_address) with message 4000010 on the login flow, and
 * nothing else: no verification flow, and the typed identifier is cleared, so
 * there is nothing of theirs left to carry over. The sign-in page therefore sends
 * the person to a new verification flow. Kratos creates that flow in the browser
 * (it needs the CSRF cookie) and redirects to /verification?flow=<id>, dropping
 * any parameter of ours, so the reason travels in a cookie: short-lived, HttpOnly,
 * SameSite=Lax, only sent to /verification, and holding nothing but a message id
 * and the time it was set. The time ties the notice to the flow Kratos creates
 * right then (its issued_at), so a verification started later never shows it.
 * Plain redirects and a cookie also work without JavaScript.
 */

export const ADDRESS_NOT_VERIFIED = 4000010;

/** Message ids the verification page may be asked to explain; anything else in the cookie is ignored. */
const NOTICES: ReadonlySet<number> = new Set([ADDRESS_NOT_VERIFIED]);

export const NOTICE_COOKIE = "verification_notice";
export const NOTICE_COOKIE_OPTIONS = { httpOnly: true, sameSite: "lax", path: appPath("/verification"), maxAge: 15 * 60 } as const;

/** How far apart setting the cookie and Kratos issuing the flow may be (redirect time plus clock skew). */
const BINDING_WINDOW_SECONDS = 60;

/** The cookie's value: which notice, and when the person was sent off to verify. */
export function noticeCookieValue(id: number, now: Date = new Date()): string {
  return `${id}.${Math.floor(now.getTime() / 1000)}`;
}

/** Kratos refused this sign-in until the address is verified. */
export function needsVerification(flow: LoginFlow): boolean {
  return flow.ui.messages?.some((message) => message.id === ADDRESS_NOT_VERIFIED) ?? false;
}

/**
 * Our route that sets the notice and starts verification. It carries what the
 * sign-in needs afterwards (return_to, login_challenge): verifying does not sign
 * anyone in, so the verification flow returns to the sign-in page.
 */
export function verificationRequiredPath(flow: LoginFlow): string {
  const { search } = new URL(linkToFlow("login", flow), "http://ui.invalid");
  return `/verification/required${search}`;
}

/**
 * The notice to show above a verification flow, given the cookie's value. Only
 * for the flow started when the cookie was set, and only while it still asks for
 * the address: once the mail is out, Kratos's own messages say what happens next.
 */
export function noticeFor(flow: VerificationFlow, cookieValue: string | undefined): UiText | undefined {
  const match = /^(\d{1,10})\.(\d{1,12})$/.exec(cookieValue ?? "");
  if (!match || !flow.issued_at || flow.state !== "choose_method") return undefined;
  const id = Number(match[1]);
  const issuedAt = Date.parse(flow.issued_at) / 1000;
  if (!NOTICES.has(id) || !(Math.abs(issuedAt - Number(match[2])) <= BINDING_WINDOW_SECONDS)) return undefined;
  const message: UiText = { id, type: "error", text: "" };
  return { ...message, text: kratosText(message) };
}

export async function verificationNotice(flow: VerificationFlow): Promise<UiText | undefined> {
  return noticeFor(flow, (await cookies()).get(NOTICE_COOKIE)?.value);
}
