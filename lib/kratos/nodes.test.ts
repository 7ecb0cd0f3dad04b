import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/test/fixtures";
import { formsFor, isInputNode, nodeDomId, type InputNode } from "./nodes";
import type { UiNode } from "./types";

const inputNames = (nodes: UiNode[]) => nodes.filter(isInputNode).map((node) => node.attributes.name);

describe("formsFor", () => {
  it("gives the login flow one password form that carries csrf_token and the identifier", () => {
    const forms = formsFor(fixture("login").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["password"]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["csrf_token", "identifier", "password", "method"]);
  });

  it("gives settings one form per method group, each with its own csrf_token", () => {
    const forms = formsFor(fixture("settings").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["profile", "password"]);
    for (const form of forms) expect(inputNames(form.nodes)).toContain("csrf_token");
    expect(inputNames(forms[0]!.nodes)).toEqual(expect.arrayContaining(["traits.email", "traits.name"]));
    expect(inputNames(forms[1]!.nodes)).not.toContain("traits.email");
  });

  it("keeps Kratos's node order inside a form", () => {
    const [form] = formsFor(fixture("registration").ui.nodes);
    expect(inputNames(form!.nodes)).toEqual(["csrf_token", "traits.email", "password", "traits.name", "method"]);
  });

  it("puts the code input and resend button of a sent recovery flow into one code form", () => {
    const forms = formsFor(fixture("recovery-sent").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["code"]);
    expect(inputNames(forms[0]!.nodes)).toEqual(expect.arrayContaining(["csrf_token", "code", "email", "method"]));
  });

  it("gives social sign-in forms only the hidden default nodes, not typed-in fields", () => {
    const login = fixture("login");
    const provider: UiNode = {
      type: "input",
      group: "oidc",
      attributes: { node_type: "input", name: "provider", type: "submit", value: "local", disabled: false },
      messages: [],
      meta: {},
    };
    const forms = formsFor([...login.ui.nodes, provider]);
    expect(forms.map((form) => form.group)).toEqual(["password", "oidc"]);
    expect(inputNames(forms[1]!.nodes)).toEqual(["csrf_token", "provider"]);
  });
});

describe("formsFor with profile-first registration", () => {
  it("asks for the traits first, in the profile form", () => {
    const forms = formsFor(fixture("registration-profile-first").ui.nodes);
    expect(forms.map((form) => [form.group, form.role])).toEqual([["profile", "method"]]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["traits.email", "traits.name", "csrf_token", "method"]);
  });

  it("offers the credentials first and 'Back' last, carrying the traits as hidden fields", () => {
    const forms = formsFor(fixture("registration-credential-selection").ui.nodes);
    expect(forms.map((form) => [form.group, form.role])).toEqual([
      ["password", "method"],
      ["profile", "navigation"],
    ]);
    expect(inputNames(forms[1]!.nodes)).toEqual(["traits.email", "traits.name", "csrf_token", "screen"]);
  });
});

describe("nodeDomId", () => {
  it("is unique per group even when input names repeat", () => {
    const node = fixture("registration").ui.nodes.find(
      (candidate): candidate is InputNode => isInputNode(candidate) && candidate.attributes.name === "traits.email",
    )!;
    expect(nodeDomId(node)).toBe("password-traits-email");
    expect(nodeDomId({ ...node, group: "oidc" })).toBe("oidc-traits-email");
  });
});
