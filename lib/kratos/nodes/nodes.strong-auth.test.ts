import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { formsFor, isInputNode, type NodeForm } from "./nodes";
import type { UiNode } from "../types";

const inputNames = (nodes: UiNode[]) => nodes.filter(isInputNode).map((node) => node.attributes.name);
const groupsAndRoles = (forms: NodeForm[]) => forms.map((form) => [form.group, form.role]);
const hiddenIdentifier = (form: NodeForm) =>
  form.nodes.find((node) => isInputNode(node) && node.attributes.name === "identifier" && node.attributes.type === "hidden");

describe("formsFor with sign-in and sign-up by mailed code", () => {
  it("offers the code next to the password in the one form that holds the typed identifier", () => {
    const forms = formsFor(fixture("login-code").ui.nodes);
    expect(groupsAndRoles(forms)).toEqual([
      ["password", "method"],
      ["oidc", "method"],
    ]);
    const names = inputNames(forms[0]!.nodes);
    expect(names.filter((name) => name === "identifier")).toHaveLength(1);
    expect(names).toEqual(expect.arrayContaining(["identifier", "password", "method", "passkey_login_trigger"]));
    const buttons = forms[0]!.nodes.filter((node) => isInputNode(node) && node.attributes.type === "submit");
    expect(buttons.map((node) => node.meta.label?.id)).toEqual([1010022, 1010015]);
  });

  it("keeps the hidden address and method on the code step, with 'Resend code' after 'Continue'", () => {
    const forms = formsFor(fixture("login-code-sent").ui.nodes);
    expect(groupsAndRoles(forms)).toEqual([["code", "method"]]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["identifier", "csrf_token", "method", "code", "method", "resend"]);
  });

  it("moves 'Resend code' after 'Continue' when Kratos lists it first (after a wrong code)", () => {
    const nodes = fixture("login-code-wrong").ui.nodes;
    expect(inputNames(nodes.filter((node) => node.group === "code"))).toEqual(["code", "resend", "method", "method"]);
    expect(inputNames(formsFor(nodes)[0]!.nodes)).toEqual(["csrf_token", "identifier", "code", "method", "method", "resend"]);
  });

  it("keeps the sign-up details as hidden fields of the registration code step", () => {
    const forms = formsFor(fixture("registration-code-sent").ui.nodes);
    expect(groupsAndRoles(forms)).toEqual([["code", "method"]]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["traits.email", "traits.name", "csrf_token", "method", "code", "method", "resend"]);
    expect(inputNames(formsFor(fixture("registration-code-wrong").ui.nodes)[0]!.nodes).at(-1)).toBe("resend");
  });
});

describe("formsFor with identifier-first sign-in", () => {
  it("asks for the address alone, with passkey autofill's hidden fields in the same form", () => {
    const forms = formsFor(fixture("login-identifier-first").ui.nodes);
    expect(groupsAndRoles(forms)).toEqual([
      ["identifier_first", "method"],
      ["oidc", "method"],
    ]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["csrf_token", "identifier", "method", "passkey_login", "passkey_challenge"]);
  });

  it("sends the address Kratos keeps hidden with every method on the next screen", () => {
    const forms = formsFor(fixture("login-identifier-first-methods").ui.nodes);
    expect(groupsAndRoles(forms)).toEqual([
      ["password", "method"],
      ["code", "method"],
    ]);
    for (const form of forms) expect(hiddenIdentifier(form)).toBeDefined();
    expect(inputNames(forms[0]!.nodes)).toEqual(["identifier", "csrf_token", "password", "method", "passkey_login", "passkey_challenge"]);
    expect(inputNames(forms[1]!.nodes)).toEqual(["identifier", "csrf_token", "method"]);
  });

  it("offers every method, each with the address, when enumeration is mitigated and no account has it", () => {
    const forms = formsFor(fixture("login-identifier-first-mitigated").ui.nodes);
    expect(forms.map((form) => form.group)).toEqual(["password", "code", "passkey", "oidc"]);
    for (const form of forms) expect(hiddenIdentifier(form)).toBeDefined();
  });

  it("keeps a code step reached through identifier-first as one form with the hidden address", () => {
    const forms = formsFor(fixture("login-identifier-first-code-sent").ui.nodes);
    expect(groupsAndRoles(forms)).toEqual([["code", "method"]]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["identifier", "csrf_token", "method", "code", "method", "resend"]);
  });

  it("leaves an unknown address editable on the address screen, with Kratos's message on it", () => {
    const [form] = formsFor(fixture("login-identifier-first-unknown").ui.nodes);
    const identifier = form!.nodes.find((node) => isInputNode(node) && node.attributes.name === "identifier")!;
    expect(identifier.attributes).toMatchObject({ type: "text" });
    expect(identifier.messages.map((message) => message.id)).toEqual([4000037]);
  });

  it("asks for the address again when confirming it's you, shared by password and code", () => {
    const forms = formsFor(fixture("login-identifier-first-refresh").ui.nodes);
    expect(groupsAndRoles(forms)).toEqual([["password", "method"]]);
    expect(inputNames(forms[0]!.nodes)).toEqual(["csrf_token", "identifier", "password", "method", "method"]);
  });
});
