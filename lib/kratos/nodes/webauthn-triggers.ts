import type { UiNodeInputAttributes } from "../types";

/** The functions Kratos's webauthn.js defines on window; each reads its nodes by name and submits the form. */
export const WEBAUTHN_TRIGGERS = [
  "oryWebAuthnLogin",
  "oryWebAuthnRegistration",
  "oryPasskeyLogin",
  "oryPasskeyLoginAutocompleteInit",
  "oryPasskeyRegistration",
  "oryPasskeySettingsRegistration",
] as const;

export type WebAuthnTrigger = (typeof WEBAUTHN_TRIGGERS)[number];

export function isWebAuthnTrigger(name: unknown): name is WebAuthnTrigger {
  return typeof name === "string" && (WEBAUTHN_TRIGGERS as readonly string[]).includes(name);
}

/**
 * The trigger a legacy `onclick`/`onload` attribute calls, read from its text
 * (`window.oryPasskeyLogin()`, `oryWebAuthnLogin({...})`, `__oryPasskeyLogin()`).
 * The text is never evaluated: only a known function name at its start counts.
 */
export function triggerFromLegacyScript(script: string | undefined): WebAuthnTrigger | undefined {
  const called = /^\s*(?:window\.)?(?:__)?(ory[A-Za-z]+)\s*\(/.exec(script ?? "")?.[1];
  return isWebAuthnTrigger(called) ? called : undefined;
}

/** What a button must call when clicked: `onclickTrigger`, else the function its legacy `onclick` names. */
export function clickTriggerOf(attributes: UiNodeInputAttributes): WebAuthnTrigger | undefined {
  return isWebAuthnTrigger(attributes.onclickTrigger) ? attributes.onclickTrigger : triggerFromLegacyScript(attributes.onclick);
}

/** What must run once the page and webauthn.js have loaded (passkey autofill). */
export function loadTriggerOf(attributes: UiNodeInputAttributes): WebAuthnTrigger | undefined {
  return isWebAuthnTrigger(attributes.onloadTrigger) ? attributes.onloadTrigger : triggerFromLegacyScript(attributes.onload);
}
