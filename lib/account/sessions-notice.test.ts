import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n/catalogue";
import { sessionsNotice, sessionsPathAfter } from "./sessions-notice";

describe("sessions notices", () => {
  it("travel as a fixed word and come back as catalogue texts", () => {
    expect(sessionsPathAfter("revoked")).toBe("/sessions?notice=revoked");
    expect(sessionsNotice({ notice: "revoked" })).toEqual({ key: "sessions.notice.revoked", tone: "success" });
    expect(t(sessionsNotice({ notice: "revoked-others" })!.key)).toBe("All other sessions were signed out.");
    expect(sessionsNotice({ notice: "not-yours" })?.tone).toBe("error");
  });

  it("show nothing for anything else, so no text from the address is ever displayed", () => {
    for (const notice of [undefined, "", "<b>hi</b>", "toString", "__proto__", "revoked "]) {
      expect(sessionsNotice({ notice })).toBeUndefined();
    }
  });
});
