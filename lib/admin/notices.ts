import type { Tone } from "@/components/ui/alert";
import type { UiMessageKey } from "@/lib/i18n/locales/en";

/** What the last change on an identity's page came to, carried in its address (`?notice=`) after the post. */
export const IDENTITY_NOTICES = {
  activated: { key: "admin.notice.activated", tone: "success" },
  deactivated: { key: "admin.notice.deactivated", tone: "success" },
  "credential-removed": { key: "admin.notice.credentialRemoved", tone: "success" },
  "metadata-saved": { key: "admin.notice.metadataSaved", tone: "success" },
  "metadata-invalid": { key: "admin.notice.metadataInvalid", tone: "error" },
  "session-revoked": { key: "admin.notice.sessionRevoked", tone: "success" },
  "sessions-revoked": { key: "admin.notice.sessionsRevoked", tone: "success" },
  "confirm-mismatch": { key: "admin.notice.confirmMismatch", tone: "error" },
  invited: { key: "admin.notice.invited", tone: "success" },
  "invitation-failed": { key: "admin.notice.invitationFailed", tone: "error" },
  failed: { key: "admin.notice.failed", tone: "error" },
} as const satisfies Record<string, { key: UiMessageKey; tone: Tone }>;

export type IdentityNotice = keyof typeof IDENTITY_NOTICES;

export function identityPath(id: string, notice?: IdentityNotice): string {
  const path = `/admin/identities/${encodeURIComponent(id)}`;
  return notice ? `${path}?notice=${notice}` : path;
}

export function identityNotice(raw: string | undefined): (typeof IDENTITY_NOTICES)[IdentityNotice] | undefined {
  return raw && Object.hasOwn(IDENTITY_NOTICES, raw) ? IDENTITY_NOTICES[raw as IdentityNotice] : undefined;
}
