import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { formsFor } from "./nodes";
import { asksForMissingTraits, isProviderButton, isProviderList, providerIdOf } from "./providers";
import type { UiNode } from "../types";

describe("social sign-in nodes", () => {
  it("finds the provider buttons of sign-in, sign-up and settings, and their provider ids", () => {
    for (const [name, button] of [
      ["login", "provider"],
      ["registration", "provider"],
      ["settings", "link"],
    ] as const) {
      const buttons = fixture(name).ui.nodes.filter(isProviderButton);
      expect(buttons.map((node) => [node.attributes.name, providerIdOf(node)])).toEqual([[button, "local"]]);
    }
  });

  it("treats the social form of a fresh flow as a list of providers", () => {
    const forms = formsFor(fixture("login").ui.nodes);
    expect(forms.filter((form) => isProviderList(form.nodes)).map((form) => form.group)).toEqual(["oidc"]);
  });

  it("recognises the sign-up step that asks for traits the provider did not share", () => {
    const { nodes } = fixture("registration").ui;
    expect(asksForMissingTraits(nodes)).toBe(false);
    // Kratos 1.3 puts the schema's trait fields into the oidc group next to a "Continue" provider button.
    const traits = nodes.filter((node) => node.attributes.node_type === "input" && node.attributes.name.startsWith("traits."));
    const asking: UiNode[] = [...nodes.filter(isProviderButton), ...traits.map((node) => ({ ...node, group: "oidc" as const }))];
    expect(asksForMissingTraits(asking)).toBe(true);
    expect(isProviderList(asking)).toBe(false);
  });
});
