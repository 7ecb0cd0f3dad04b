import { describe, expect, it } from "vitest";
import { interpolate, kratosText, t } from "./catalogue";

describe("catalogue", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Hello {name}, {missing}", { name: "Ada" })).toBe("Hello Ada, {missing}");
    expect(t("home.signedInAs", { name: "ada@example.org" })).toBe("You are signed in as ada@example.org.");
  });

  it("answers an unknown key with the key itself instead of failing", () => {
    expect(t("error. " as Parameters<typeof t>[0])).toBe("error. ");
  });

  it("falls back to Kratos's own wording for ids the locale does not translate", () => {
    expect(kratosText({ id: 4000006, text: "The provided credentials are invalid.", type: "error" })).toBe(
      "The provided credentials are invalid.",
    );
  });
});
