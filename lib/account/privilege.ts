/** What a person must do before a change that cannot be undone. */
export type PrivilegeNeed = "none" | "second-factor" | "sign-in-again";

type PrivilegeFacts = {
  /** The session's assurance level and when its owner last proved who they are. */
  aal: string | undefined;
  authenticatedAt: string | undefined;
  /** Whether the identity has a second factor, so aal2 is its highest available level. */
  hasSecondFactor: boolean;
  /** PRIVILEGED_SESSION_MAX_AGE. */
  maxAgeMs: number;
  now: number;
};

/**
 * A privileged session, as Kratos means it for settings: the person signed in
 * (or confirmed it's them) within the last `maxAgeMs`, and at the highest level
 * their identity offers (aal2 when it has a second factor).
 */
export function privilegeNeed({ aal, authenticatedAt, hasSecondFactor, maxAgeMs, now }: PrivilegeFacts): PrivilegeNeed {
  if (hasSecondFactor && aal !== "aal2") return "second-factor";
  const at = authenticatedAt ? Date.parse(authenticatedAt) : Number.NaN;
  if (Number.isNaN(at) || now - at > maxAgeMs) return "sign-in-again";
  return "none";
}

/** Whether what the person typed names their account: the identifier, ignoring case and surrounding spaces. */
export function confirmsIdentifier(typed: unknown, identifier: string): boolean {
  return typeof typed === "string" && typed.trim().toLowerCase() === identifier.trim().toLowerCase() && identifier.trim() !== "";
}
