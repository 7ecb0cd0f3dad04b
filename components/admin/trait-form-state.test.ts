import { describe, expect, it } from "vitest";
import { traitSpecs } from "@/lib/admin/traits";
import { runWithRequestContext } from "@/lib/http/request-context";
import { traceContextFrom } from "@/lib/http/trace-context";
import type { Locale } from "@/lib/i18n/locale";
import { traitFormState } from "./trait-form-state";

const SCHEMA = {
  properties: {
    traits: {
      type: "object",
      required: ["email"],
      properties: {
        email: { type: "string", format: "email", title: "E-Mail" },
        locale: { type: "string", title: "Preferred language", enum: ["en", "de", "fr", "es", "ar"] },
        height: { type: "number", title: "Height" },
        plan: { type: "string", title: "Plan", enum: ["free", "team"] },
        newsletter: { type: "boolean", title: "Newsletter" },
      },
    },
  },
};

function inLanguage<T>(locale: Locale, render: () => T): T {
  return runWithRequestContext({ requestId: "test", trace: traceContextFrom(undefined), locale }, render);
}

describe("traitFormState", () => {
  const specs = traitSpecs(SCHEMA);

  it("is plain data with every text in the page's language, so a client form can show it without the catalogue", () => {
    const state = inLanguage("de", () => traitFormState(specs, { email: "ada@example.org" }));
    // What a server action returns must survive serialization unchanged.
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    const byName = Object.fromEntries(state.fields.map((field) => [field.name, field]));
    expect(byName["traits.email"]).toMatchObject({ kind: "text", type: "email", value: "ada@example.org", required: true });
    // The admin's page language says nothing about the person's: unset stays unset. Languages go by their own names.
    expect(byName["traits.locale"]).toMatchObject({
      kind: "select",
      value: "",
      empty: "Nicht angegeben",
    });
    expect(byName["traits.locale"]?.kind === "select" && byName["traits.locale"].options.slice(0, 2)).toEqual([
      { value: "en", label: "English", lang: "en" },
      { value: "de", label: "Deutsch", lang: "de" },
    ]);
    expect(byName["traits.height"]).toMatchObject({ kind: "text", type: "number", step: "any" });
    expect(byName["traits.newsletter"]).toMatchObject({ kind: "checkbox", checked: false });
  });

  it("keeps what was typed, a value the schema no longer allows, and Kratos's refusals at their field", () => {
    const state = inLanguage("en", () =>
      traitFormState(
        specs,
        { email: "not-an-address", plan: "legacy" },
        { errors: { "traits.email": ['"not-an-address" is not valid "email"'] } },
      ),
    );
    const email = state.fields.find((field) => field.name === "traits.email");
    expect(email).toMatchObject({
      value: "not-an-address",
      messages: [{ id: 4000001, type: "error", text: '"not-an-address" is not valid "email"' }],
    });
    const plan = state.fields.find((field) => field.name === "traits.plan");
    expect(plan?.kind === "select" && plan.options.map((option) => option.value)).toEqual(["free", "team", "legacy"]);
    expect(state).toMatchObject({ problems: [] });
  });
});
