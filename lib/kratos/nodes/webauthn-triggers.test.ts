import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { isInputNode, type InputNode } from "./nodes";
import type { UiNode, UiNodeInputAttributes } from "../types";
import { clickTriggerOf, loadTriggerOf, triggerFromLegacyScript, WEBAUTHN_TRIGGERS } from "./webauthn-triggers";

const button = (extra: Partial<UiNodeInputAttributes>): UiNodeInputAttributes => ({
  name: "passkey_login_trigger",
  type: "button",
  disabled: false,
  node_type: "input",
  ...extra,
});

const triggerNodes = (nodes: UiNode[]): InputNode[] =>
  nodes.filter((node): node is InputNode => isInputNode(node) && Boolean(node.attributes.onclick || node.attributes.onload));

describe("triggerFromLegacyScript", () => {
  it("reads the function name Kratos's legacy onclick calls, with or without arguments", () => {
    expect(triggerFromLegacyScript("window.oryPasskeyLogin()")).toBe("oryPasskeyLogin");
    expect(triggerFromLegacyScript('window.oryWebAuthnRegistration({"publicKey":{"rp":{"id":"localhost"}}})')).toBe(
      "oryWebAuthnRegistration",
    );
    expect(triggerFromLegacyScript("oryWebAuthnLogin({})")).toBe("oryWebAuthnLogin");
    expect(triggerFromLegacyScript("__oryPasskeyLoginAutocompleteInit()")).toBe("oryPasskeyLoginAutocompleteInit");
  });

  it("accepts nothing but a known webauthn.js function at the very start", () => {
    expect(triggerFromLegacyScript(undefined)).toBeUndefined();
    expect(triggerFromLegacyScript("")).toBeUndefined();
    expect(triggerFromLegacyScript("alert(document.cookie)")).toBeUndefined();
    expect(triggerFromLegacyScript("oryStealCookies()")).toBeUndefined();
    expect(triggerFromLegacyScript("fetch('/x');window.oryPasskeyLogin()")).toBeUndefined();
    expect(triggerFromLegacyScript("window.oryPasskeyLogin")).toBeUndefined();
  });

  it("never yields anything but a known trigger name, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (script) => {
        const trigger = triggerFromLegacyScript(script);
        expect(trigger === undefined || WEBAUTHN_TRIGGERS.includes(trigger)).toBe(true);
      }),
    );
  });
});

describe("clickTriggerOf and loadTriggerOf", () => {
  it("prefer Kratos's trigger attributes over the legacy script text", () => {
    const attributes = button({ onclickTrigger: "oryPasskeyLogin", onclick: "window.oryWebAuthnLogin()" });
    expect(clickTriggerOf(attributes)).toBe("oryPasskeyLogin");
    expect(loadTriggerOf(button({ onloadTrigger: "oryPasskeyLoginAutocompleteInit" }))).toBe("oryPasskeyLoginAutocompleteInit");
  });

  it("fall back to the legacy attribute when Kratos sends only that", () => {
    expect(clickTriggerOf(button({ onclick: "window.oryPasskeyLogin()" }))).toBe("oryPasskeyLogin");
    expect(loadTriggerOf(button({ onload: "window.oryPasskeyLoginAutocompleteInit()" }))).toBe("oryPasskeyLoginAutocompleteInit");
  });

  it("find no trigger on ordinary buttons", () => {
    expect(clickTriggerOf(button({ type: "submit", name: "method", value: "password" }))).toBeUndefined();
    expect(loadTriggerOf(button({}))).toBeUndefined();
  });

  it("agree with Kratos on every trigger node it really sends (sign-in, sign-up, settings)", () => {
    const nodes = [...fixture("login").ui.nodes, ...fixture("registration").ui.nodes, ...fixture("settings").ui.nodes];
    const found = triggerNodes(nodes);
    expect(found.map((node) => node.attributes.name)).toEqual([
      "passkey_login_trigger",
      "passkey_login",
      "passkey_register_trigger",
      "passkey_register_trigger",
      "webauthn_register_trigger",
    ]);
    for (const { attributes } of found) {
      const legacyOnly = { ...attributes, onclickTrigger: undefined, onloadTrigger: undefined };
      expect(clickTriggerOf(legacyOnly)).toBe(attributes.onclickTrigger);
      expect(loadTriggerOf(legacyOnly)).toBe(attributes.onloadTrigger);
    }
  });
});
