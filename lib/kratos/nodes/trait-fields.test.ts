import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { formsFor, isInputNode } from "./nodes";
import { inSchemaOrder, traitFieldsFromSchema } from "./trait-fields";

describe("traitFieldsFromSchema", () => {
  it("reads the recorded extended schema: trait order, enum options, whole numbers need no step", () => {
    const fields = traitFieldsFromSchema(fixture("identity-schema-extended"));
    expect(fields.order).toEqual(["traits.email", "traits.website", "traits.age", "traits.newsletter", "traits.plan"]);
    expect(fields.byName).toEqual({ "traits.plan": { options: ["free", "team", "enterprise"] } });
  });

  it("follows nested objects, keeps numeric enums as text and lets decimals through for plain numbers", () => {
    const schema = {
      properties: {
        traits: {
          properties: {
            name: { type: "object", properties: { first: { type: "string" }, title: { type: "string", enum: ["Dr", "Ms"] } } },
            height: { type: "number" },
            level: { type: "integer", enum: [1, 2, { not: "primitive" }] },
          },
        },
      },
    };
    const fields = traitFieldsFromSchema(schema);
    expect(fields.order).toEqual(["traits.name.first", "traits.name.title", "traits.height", "traits.level"]);
    expect(fields.byName).toEqual({
      "traits.name.title": { options: ["Dr", "Ms"] },
      "traits.height": { step: "any" },
      "traits.level": { options: ["1", "2"] },
    });
  });

  it("gives nothing for something that is not an identity schema", () => {
    for (const schema of [undefined, null, "schema", [], { properties: { traits: { $ref: "#/x" } } }]) {
      expect(traitFieldsFromSchema(schema)).toEqual({ order: [], byName: {} });
    }
  });
});

describe("inSchemaOrder", () => {
  it("puts the recorded profile nodes in schema order and leaves csrf_token and the button in place", () => {
    const profile = formsFor(fixture("settings-extended").ui.nodes).find((form) => form.group === "profile")!;
    const names = (nodes: typeof profile.nodes) => nodes.map((node) => (isInputNode(node) ? node.attributes.name : "?"));
    // Kratos 1.3 sent age before website when this was recorded.
    expect(names(profile.nodes)).toEqual([
      "csrf_token",
      "traits.email",
      "traits.age",
      "traits.website",
      "traits.plan",
      "traits.newsletter",
      "method",
    ]);
    const { order } = traitFieldsFromSchema(fixture("identity-schema-extended"));
    expect(names(inSchemaOrder(profile.nodes, order))).toEqual([
      "csrf_token",
      "traits.email",
      "traits.website",
      "traits.age",
      "traits.newsletter",
      "traits.plan",
      "method",
    ]);
  });
});
