import { firstParam, type QueryParams } from "@/lib/http/query";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import type { RevokeOutcome } from "@/lib/kratos/account";

export const SESSIONS_PATH = "/sessions";

export type SessionsNotice = { key: UiMessageKey; tone: "success" | "error" };

/** What came of an action on the sessions page. */
export type SessionsOutcome = RevokeOutcome | "app-removed" | "app-failed";

const NOTICES: Record<SessionsOutcome, SessionsNotice> = {
  revoked: { key: "sessions.notice.revoked", tone: "success" },
  "revoked-others": { key: "sessions.notice.revokedOthers", tone: "success" },
  "not-yours": { key: "sessions.notice.notYours", tone: "error" },
  failed: { key: "sessions.notice.failed", tone: "error" },
  "app-removed": { key: "sessions.notice.appRemoved", tone: "success" },
  "app-failed": { key: "sessions.notice.appFailed", tone: "error" },
};

/** Where the person lands after an action: the outcome travels as a fixed word, never as text. */
export function sessionsPathAfter(outcome: SessionsOutcome): string {
  return `${SESSIONS_PATH}?notice=${outcome}`;
}

/** The notice named in the query; anything else shows nothing. */
export function sessionsNotice(query: QueryParams): SessionsNotice | undefined {
  const value = firstParam(query, "notice");
  return value !== undefined && Object.hasOwn(NOTICES, value) ? NOTICES[value as SessionsOutcome] : undefined;
}
