import { describe, expect, it } from "vitest";
import extended from "@/kratos/identity.extended.schema.json";
import { traitErrors, traitNodes, traitSpecs, traitsFromForm } from "./traits";

describe("traitSpecs", () => {
  it("reads each trait's title, input type and whether it is required", () => {
    expect(traitSpecs(extended)).toEqual([
      { name: "traits.email", title: "Email", kind: "string", type: "email", required: true },
      { name: "traits.website", title: "Website", kind: "string", type: "url", required: false },
      { name: "traits.age", title: "Age", kind: "integer", type: "number", required: false },
      { name: "traits.newsletter", title: "Send me the newsletter", kind: "boolean", type: "checkbox", required: false },
      {
        name: "traits.plan",
        title: "Plan",
        kind: "string",
        type: "text",
        required: false,
        field: { options: ["free", "team", "enterprise"] },
      },
    ]);
  });
});

describe("traitNodes", () => {
  it("are input nodes with the identity's values and Kratos's messages at their field", () => {
    const [email, website] = traitNodes(traitSpecs(extended), { email: "a@example.org" }, { "traits.website": ["bad"] });
    expect(email?.attributes).toMatchObject({ name: "traits.email", type: "email", value: "a@example.org", required: true });
    expect(email?.meta.label?.text).toBe("Email");
    expect(website?.messages).toEqual([{ id: 4000001, text: "bad", type: "error" }]);
  });
});

describe("traitsFromForm", () => {
  it("types what the form posts as the schema says, and keeps what the form does not show", () => {
    const form = new FormData();
    form.set("traits.email", " b@example.org ");
    form.set("traits.website", "");
    form.set("traits.age", "41");
    form.append("traits.newsletter", "false");
    form.append("traits.newsletter", "true");
    form.set("traits.plan", "team");
    expect(traitsFromForm(traitSpecs(extended), form, { website: "https://old.example", tags: ["x"] })).toEqual({
      email: "b@example.org",
      age: 41,
      newsletter: true,
      plan: "team",
      tags: ["x"],
    });
  });
});

describe("traitErrors", () => {
  it("puts each of Kratos's schema messages at its field, without its 'validation failed' preamble", () => {
    const reason =
      "I[#/traits/website] S[#/properties/traits/properties/website] validation failed\n  I[#/traits/website] S[#/properties/traits/properties/website/minLength] length must be >= 10, but got 9";
    expect(traitErrors([reason]).byField).toEqual({ "traits.website": ["length must be >= 10, but got 9"] });
    const message =
      'I[#/traits] S[#/properties/traits] validation failed\n  I[#/traits/website] S[#/properties/traits/properties/website/format] "x" is not valid "uri"';
    expect(traitErrors([message])).toEqual({ byField: { "traits.website": ['"x" is not valid "uri"'] }, other: [] });
    expect(traitErrors(["something else"])).toEqual({ byField: {}, other: ["something else"] });
  });
});
