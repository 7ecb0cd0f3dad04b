import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { formsFor, isInputNode, nodeDomId, type InputNode } from "./nodes";
import type { UiNode } from "../types";

const inputNames = (nodes: UiNode[]) => nodes.filter(isInputNode).map((node) => node.attributes.name);

describe("formsFor", () => {
  it("puts every method that uses the typed identifier into one sign-in form, and social sign-in into its own", () => {
    const forms = formsFor(fixture("login").ui.nodes);
    expect(forms.map((form) => [form.group, form.role])).toEqual([
      ["password", "method"],
      ["oidc", "method"],
    ]);
    expect(inputNames(forms[0]!.nodes)).toEqual([
      "csrf_token",
      "identifier",
      "password",
      "method",
      "passkey_login_trigger",
      "passkey_login",
      "passkey_challenge",
    ]);
    expect(inputNames(forms[1]!.nodes)).toEqual(["csrf_token", "provider"]);
  });

  it("shows the sign-up traits once, shared by the password and the passkey", () => {
    const forms = formsFor(fixture("registration").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["password", "oidc"]);
    expect(inputNames(forms[0]!.nodes)).toEqual([
      "traits.email",
      "traits.name",
      "csrf_token",
      "password",
      "method",
      "passkey_register",
      "passkey_register_trigger",
      "passkey_create_data",
    ]);
  });

  it("gives settings one form per method group, each with its own csrf_token", () => {
    const forms = formsFor(fixture("settings").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["profile", "password", "totp", "lookup_secret", "webauthn", "passkey", "oidc"]);
    for (const form of forms) expect(inputNames(form.nodes)).toContain("csrf_token");
    expect(inputNames(forms[0]!.nodes)).toEqual(expect.arrayContaining(["traits.email", "traits.name"]));
    expect(inputNames(forms[1]!.nodes)).not.toContain("traits.email");
  });

  it("keeps a password-only flow as one form in Kratos's node order", () => {
    const forms = formsFor(fixture("login-refresh").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["password"]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["csrf_token", "identifier", "password", "method"]);
  });

  it("puts the code input and resend button of a sent recovery flow into one code form", () => {
    const forms = formsFor(fixture("recovery-sent").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["code"]);
    expect(inputNames(forms[0]!.nodes)).toEqual(expect.arrayContaining(["csrf_token", "code", "email", "method"]));
  });

  it("never renders the webauthn.js script node inside a form", () => {
    for (const form of formsFor(fixture("registration").ui.nodes)) {
      expect(form.nodes.some((node) => node.attributes.node_type === "script")).toBe(false);
    }
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
    expect(nodeDomId(node)).toBe("default-traits-email");
    expect(nodeDomId({ ...node, group: "oidc" })).toBe("oidc-traits-email");
  });
});
