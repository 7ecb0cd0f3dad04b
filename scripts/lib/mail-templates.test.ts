import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { de } from "../../lib/i18n/locales/de";
import { en } from "../../lib/i18n/locales/en";
import { locales } from "../../lib/i18n/locale";
import { repoRoot } from "./go-programs";
import { mailTemplates } from "./mail-templates";

const shipped = mailTemplates({ fallback: "en" });

describe("Kratos's mail templates", () => {
  it("in kratos/courier/ are what the catalogues write (npm run mail-templates)", async () => {
    for (const [file, text] of shipped) {
      const onDisk = await readFile(path.join(repoRoot, "kratos", "courier", file), "utf8").catch(() => "(missing)");
      expect(onDisk, `kratos/courier/${file} is stale: run npm run mail-templates`).toBe(text);
    }
  });

  it("cover every mail Kratos sends here, by code or by link, each as subject, plain text and HTML", () => {
    const folders = new Set([...shipped.keys()].map((file) => path.dirname(file)));
    expect([...folders].sort()).toEqual([
      "login_code/valid",
      "recovery/valid",
      "recovery_code/valid",
      "registration_code/valid",
      "verification/valid",
      "verification_code/valid",
    ]);
    expect(shipped.size).toBe(folders.size * 3);
  });

  it("branch on the person's locale trait for every language but the fallback, which answers for the rest", () => {
    const subject = shipped.get("recovery_code/valid/email.subject.gotmpl")!;
    for (const locale of locales.filter((locale) => locale !== "en")) expect(subject).toContain(`eq $lang "${locale}"`);
    expect(subject).not.toContain('eq $lang "en"');
    expect(subject).toContain('dig "traits" "locale" "" .Identity');
    expect(shipped.get("registration_code/valid/email.subject.gotmpl")).toContain('dig "locale" "" .Traits');

    const germanFallback = mailTemplates({ fallback: "de" }).get("login_code/valid/email.subject.gotmpl")!;
    expect(germanFallback).toContain('eq $lang "en"');
    expect(germanFallback.split("{{- else -}}").at(-1)).toContain(de.ui["mail.login.subject"]);
  });

  it("put Kratos's values where the catalogue has placeholders, and leave none unfilled", () => {
    const body = shipped.get("recovery_code/valid/email.body.plaintext.gotmpl")!;
    expect(body).toContain(en.ui["mail.recovery.body"].replace("{email}", "{{ .To }}"));
    expect(body).toContain("{{ .RecoveryCode }}");
    expect(body).toContain(en.ui["mail.invitation.expires"].replace("{expires}", "{{ .TransientPayload.invitation_expires_at }}"));
    for (const [file, text] of shipped) expect(text, file).not.toMatch(/\{\w+\}/);
  });

  it("write HTML with the language and direction of each branch, and escape the catalogue's text", () => {
    const html = shipped.get("verification_code/valid/email.body.gotmpl")!;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain('<a href="{{ .VerificationURL }}"');
    // html/template escapes a string it prints, so the brand needs no escaping of ours.
    const withMarkup = mailTemplates({ fallback: "en", brand: 'Acme & "Sons" <b>' });
    expect(withMarkup.get("login_code/valid/email.body.gotmpl")).toContain('{{ "Acme & \\"Sons\\" <b>" }}');
    const french = shipped.get("recovery_code/valid/email.body.gotmpl")!;
    expect(french).toContain("vous pouvez ignorer cet e-mail\u00a0: rien ne sera modifié.");
  });

  it("name the brand atop each body only when one is configured, as a Go string rather than template code", () => {
    expect(shipped.get("login_code/valid/email.body.plaintext.gotmpl")).not.toContain("Acme");
    const branded = mailTemplates({ fallback: "en", brand: "Acme {{ .To }}" });
    const text = branded.get("login_code/valid/email.body.plaintext.gotmpl")!;
    expect(text).toContain('{{ "Acme {{ .To }}" }}\n\nHello,');
    expect(branded.get("login_code/valid/email.subject.gotmpl")).not.toContain("Acme");
  });
});
