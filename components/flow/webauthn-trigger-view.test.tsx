// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { findInput } from "@/lib/kratos/nodes/nodes";
import type { UiContainer } from "@/lib/kratos/types";
import { fixture } from "@/test/fixtures";
import { FlowForms } from "./flow-forms";
import { InputNodeView } from "./input-node";

/** The server's HTML, parsed the way a browser with JavaScript off would see it. */
function serverHtml(ui: UiContainer): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(<FlowForms ui={ui} />), "text/html");
}

describe("WebAuthn buttons in the server's HTML", () => {
  it("keeps Kratos's passkey button hidden inside the shared sign-in form, with a note for browsers without JavaScript", () => {
    const html = renderToStaticMarkup(<FlowForms ui={fixture("login").ui} />);
    const button = /<button[^>]*name="passkey_login_trigger"[^>]*>([^<]*)<\/button>/.exec(html);
    expect(button?.[1]).toBe("Sign in with passkey");
    expect(button?.[0]).toMatch(/type="button"/);
    // Invisible but in its place: nothing moves when it appears; without scripting it takes no room.
    expect(button?.[0]).toMatch(/class="(?=[^"]*\binvisible\b)(?=[^"]*\[@media\(scripting:none\)\]:hidden)[^"]*"/);
    expect(button?.[0]).toMatch(/aria-hidden="true"/);
    expect(html).toContain("<noscript><p");
    expect(html).toContain("Passkeys and security keys need JavaScript.");
    // Passkey autofill needs the identifier marked for it, in the same form as the passkey fields.
    const form = serverHtml(fixture("login").ui).querySelector("form")!;
    expect(form.querySelector('input[name="identifier"]')?.getAttribute("autocomplete")).toBe("username webauthn");
    for (const name of ["passkey_login_trigger", "passkey_login", "passkey_challenge"])
      expect(form.querySelector(`[name="${name}"]`)).not.toBeNull();
  });

  it("never carries Kratos's raw onclick/onload JavaScript, nor any script, inline or from Kratos", () => {
    for (const ui of [fixture("login").ui, fixture("registration").ui, fixture("settings").ui]) {
      const html = renderToStaticMarkup(<FlowForms ui={ui} />);
      expect(html).not.toMatch(/\son(click|load)=/i);
      expect(html).not.toContain("<script");
      expect(html).not.toContain("oryPasskey");
      expect(html).not.toContain("oryWebAuthn");
    }
  });

  it("keeps the security key's options as the button's value, where webauthn.js reads them", () => {
    const ui = fixture("settings").ui;
    const expected = findInput(ui.nodes, "webauthn_register_trigger")!.attributes.value as string;
    const button = serverHtml(ui).querySelector<HTMLButtonElement>('button[name="webauthn_register_trigger"]')!;
    expect(button.value).toBe(expected);
    expect(JSON.parse(button.value)).toHaveProperty("publicKey.challenge");
    expect(button.classList.contains("invisible")).toBe(true);
    expect(button.textContent).toBe("Add security key");
  });

  it("offers sign-up with a passkey as a secondary action after the password", () => {
    const doc = serverHtml(fixture("registration").ui);
    const passkey = doc.querySelector<HTMLButtonElement>('button[name="passkey_register_trigger"]')!;
    expect(passkey.textContent).toBe("Sign up with passkey");
    expect(passkey.className).toMatch(/bg-secondary/);
    expect(passkey.closest("form")?.querySelector('input[name="traits.email"]')).not.toBeNull();
  });

  it("renders a trigger Kratos disables as a disabled button", () => {
    const node = findInput(fixture("login").ui.nodes, "passkey_login_trigger")!;
    const html = renderToStaticMarkup(<InputNodeView node={{ ...node, attributes: { ...node.attributes, disabled: true } }} />);
    expect(html).toMatch(/<button[^>]*disabled=""/);
  });

  it("leaves buttons without a trigger as plain buttons, shown without JavaScript", () => {
    const node = findInput(fixture("login").ui.nodes, "passkey_login_trigger")!;
    const plain = {
      ...node,
      attributes: { ...node.attributes, onclick: undefined, onclickTrigger: undefined, onload: undefined, onloadTrigger: undefined },
    };
    const html = renderToStaticMarkup(<InputNodeView node={plain} />);
    expect(html).not.toContain("hidden");
    expect(html).not.toContain("<noscript>");
  });
});
