import { describe, expect, it } from "vitest";
import { interpolate, kratosText, t, traitLabel, traitValueName } from "./catalogue";

const now = new Date("2026-11-21T12:00:00Z");
const unix = (iso: string) => Date.parse(iso) / 1000;

describe("catalogue", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Hello {name}, {missing}", { name: "Ada" })).toBe("Hello Ada, {missing}");
    expect(t("home.signedInAs", { name: "ada@example.org" })).toBe("You are signed in as ada@example.org.");
  });

  it("answers an unknown key with the key itself instead of failing", () => {
    expect(t("error. " as Parameters<typeof t>[0])).toBe("error. ");
  });

  it("answers in the requested language", () => {
    expect(t("home.signedInAs", { name: "ada@example.org" }, "de")).toBe("Sie sind angemeldet als ada@example.org.");
    expect(t("login.title", undefined, "fr")).not.toBe(t("login.title"));
  });

  it("falls back to Kratos's own wording for ids the locale does not translate", () => {
    expect(kratosText({ id: 4000006, text: "The provided credentials are invalid.", type: "error" })).toBe(
      "The provided credentials are invalid.",
    );
    expect(kratosText({ id: 4999999, text: "A web hook's own message", type: "error" }, "de")).toBe("A web hook's own message");
  });

  it("translates a Kratos message by id, with its numbers in the language's format", () => {
    const text = { id: 4000020, text: "must be <= 300 but found 1200", type: "error" as const, context: { maximum: 300, actual: 1200 } };
    expect(kratosText(text, "de")).toBe("Der Wert darf höchstens 300 betragen, ist aber 1.200.");
  });

  it("falls back to Kratos's wording when the context lacks a value the template needs", () => {
    const text = { id: 4000032, text: "The password must be at least 8 characters long, but got 5.", type: "error" as const };
    expect(kratosText({ ...text, context: { min_length: 8 } }, "de")).toBe(text.text);
    expect(kratosText({ ...text, context: { min_length: 8, actual_length: 5 } }, "de")).toBe(
      "Das Passwort muss mindestens 8 Zeichen lang sein, hat aber 5.",
    );
  });
});

describe("kratosText context", () => {
  it("turns *_unix timestamps into a distance from now", () => {
    const expired = { id: 4010001, text: "The login flow expired 3.00 minutes ago, please try again.", type: "error" as const };
    const context = { expired_at: "2026-11-21T11:57:00Z", expired_at_unix: unix("2026-11-21T11:57:00Z") };
    expect(kratosText({ ...expired, context }, "de", now)).toBe(
      "Die Anmeldung ist vor 3 Minuten abgelaufen. Bitte versuchen Sie es erneut.",
    );
    expect(kratosText({ ...expired, context }, "fr", now)).toContain("il y a 3 minutes");
    const recovered = { id: 1060001, text: "You successfully recovered your account.", type: "success" as const };
    const later = { privileged_session_expires_at_unix: unix("2026-11-21T14:00:00Z") };
    expect(kratosText({ ...recovered, context: later }, "es", now)).toContain("dentro de 2 horas");
  });

  it("never says zero minutes", () => {
    const context = { expired_at_unix: unix("2026-11-21T11:59:50Z") };
    expect(kratosText({ id: 4010001, text: "", type: "error", context }, "de", now)).toContain("vor 1 Minute ");
  });

  it("turns *_unix timestamps into a date and time in the language, in UTC", () => {
    const used = { id: 1050014, text: "Secret was used at 2026-11-21 10:57:25 +0000 UTC", type: "info" as const };
    const context = { used_at: "2026-11-21T10:57:25Z", used_at_unix: 1795258645 };
    expect(kratosText({ ...used, context }, "de", now)).toBe("Verwendet am 21. Nov. 2026, 10:57 UTC");
    expect(kratosText({ ...used, context }, "fr", now)).toMatch(/21 nov\. 2026.*10:57 UTC/);
  });

  it("joins lists with the language's list format", () => {
    const wrongType = { id: 4000026, text: "expected string or number, but got boolean", type: "error" as const };
    const context = { allowed_types: ["string", "number"], actual_type: "boolean" };
    expect(kratosText({ ...wrongType, context }, "de")).toBe("Erwartet wurde string oder number, angegeben wurde boolean.");
    expect(kratosText({ ...wrongType, context }, "es")).toContain("string o number");
  });

  it("names the ways into an existing account in words, with social providers by name", () => {
    const duplicate = { id: 4000028, text: "You tried signing in with ada@example.org ...", type: "error" as const };
    const context = {
      available_credential_types: ["password", "code", "oidc"],
      available_oidc_providers: ["github"],
      credential_identifier_hint: "ada@example.org",
    };
    expect(kratosText({ ...duplicate, context }, "de")).toBe(
      "ada@example.org gehört bereits zu einem anderen Konto. Sie können sich dort mit Ihrem Passwort, einem Code per E-Mail oder Github anmelden.",
    );
    const withoutProviders = { ...context, available_credential_types: ["oidc"], available_oidc_providers: [] };
    expect(kratosText({ ...duplicate, context: withoutProviders }, "de")).toContain("mit der Anmeldung über einen anderen Dienst anmelden");
    const nothing = { ...context, available_credential_types: [], available_oidc_providers: [] };
    expect(kratosText({ ...duplicate, context: nothing }, "de")).toBe(duplicate.text);
  });

  it("says the validator's reasons Kratos passes on in the language, and others as Kratos wrote them", () => {
    const generic = { id: 4000001, type: "error" as const };
    const reason = (text: string) => ({ ...generic, text, context: { reason: text } });
    expect(kratosText(reason('"not-an-email" is not valid "email"'), "de")).toBe("„not-an-email“ ist keine gültige E-Mail-Adresse.");
    expect(kratosText(reason('"example.org" is not valid "uri"'), "es")).toBe(
      "«example.org» no es una dirección web completa. Debe empezar por https://.",
    );
    expect(kratosText(reason('"a \\"b\\"" is not valid "date"'), "de")).toBe('„a "b"“ hat nicht das erwartete Format (date).');
    expect(kratosText(reason('value must be one of "free", "team"'), "ar")).toBe("يُرجى اختيار إحدى القيم المعروضة.");
    expect(kratosText(reason('"x" is not valid "email"'), "en")).toBe('"x" is not valid "email"');
    expect(kratosText(reason("Something Kratos says in English"), "fr")).toBe("Something Kratos says in English");
  });

  it("names a missing property by its translated label", () => {
    const required = { id: 4000002, text: "Property email is missing.", type: "error" as const, context: { property: "email" } };
    expect(kratosText(required, "de")).toBe("Bitte füllen Sie „E-Mail-Adresse“ aus.");
    expect(kratosText({ ...required, context: { property: "unknown_field" } }, "de")).toBe("Bitte füllen Sie „unknown_field“ aus.");
  });

  it("keeps recovery codes carried as nested messages as codes, translating the used ones", () => {
    const list = {
      id: 1050015,
      text: "used, abc",
      type: "info" as const,
      context: {
        secrets: [
          { id: 1050014, text: "Secret was used at ...", type: "info", context: { used_at_unix: 1795258645 } },
          { id: 1050009, text: "abc", type: "info", context: { secret: "abc" } },
        ],
      },
    };
    expect(kratosText(list, "de", now)).toBe("Verwendet am 21. Nov. 2026, 10:57 UTC, abc");
  });
});

describe("generated field labels (1070002)", () => {
  it("translate a title from our identity schemas and keep any other title as the schema wrote it", () => {
    const label = { id: 1070002, text: "Full name", type: "info" as const, context: { title: "Full name" } };
    expect(kratosText(label, "fr")).toBe("Nom complet");
    expect(kratosText(label, "en")).toBe("Full name");
    expect(kratosText({ ...label, text: "Employee number", context: { title: "Employee number" } }, "ar")).toBe("Employee number");
  });
});

describe("traitLabel", () => {
  it("gives a field's label in the language, and nothing where the schema's title should stay", () => {
    expect(traitLabel("traits.email", "de")).toBe("E-Mail-Adresse");
    expect(traitLabel("traits.plan.enterprise", "fr")).toBe("Entreprise");
    expect(traitLabel("traits.email", "en")).toBeUndefined();
    expect(traitLabel("traits.unknown", "de")).toBeUndefined();
  });
});

describe("values inside right-to-left sentences", () => {
  it("are isolated, so an address keeps its order in Arabic; left-to-right languages get them as they are", () => {
    expect(t("home.signedInAs", { name: "e2e-1@example.org" }, "ar")).toContain("\u2068e2e-1@example.org\u2069");
    expect(t("home.signedInAs", { name: "e2e-1@example.org" }, "de")).toBe("Sie sind angemeldet als e2e-1@example.org.");
    expect(kratosText({ id: 1070002, text: "Employee number", context: { title: "Employee number" } }, "ar")).toBe("Employee number");
  });
});

describe("traitValueName", () => {
  it("names a language by its own name, an allowed value by the catalogue, and anything else as stored", () => {
    expect(traitValueName("traits.locale", "de", "fr")).toBe("Deutsch");
    expect(traitValueName("traits.plan", "enterprise", "fr")).toBe("Entreprise");
    expect(traitValueName("traits.plan", "enterprise", "en")).toBe("enterprise");
    expect(traitValueName("traits.name", "Ada", "de")).toBe("Ada");
  });
});
