// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import path from "node:path";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { UiContainer } from "@/lib/kratos/types";

// Hand-made, not recorded: Kratos v26 cannot be built from the module proxy (see
// kratos.md §6), so this login flow is shaped by hand after v26.2.0's spec/api.json.
const v26 = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../test/fixtures/hand-made/kratos-v26-login.json"), "utf8")) as {
  ui: UiContainer;
};

/** FlowForms with its own module state, as in a fresh server process. */
async function freshFlowForms() {
  vi.resetModules();
  return (await import("./flow-forms")).FlowForms;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.head.replaceChildren();
});

describe("node types and groups from a newer Kratos (v26: div nodes, captcha and saml groups)", () => {
  it("render nothing harmful and keep everything known working", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const FlowForms = await freshFlowForms();
    const { container } = render(<FlowForms ui={v26.ui} />);

    // No raw catalogue keys, nothing from the div node.
    expect(container.textContent).not.toMatch(/group\.|captcha/);
    expect(container.querySelector("#captcha")).toBeNull();
    // The captcha's script is not loaded; Kratos's webauthn.js still is, though it comes later.
    expect(document.querySelector('script[src*="turnstile"]')).toBeNull();
    expect(document.querySelector('script[src$="/.well-known/ory/webauthn.js"]')).not.toBeNull();

    // The sign-in form still works; the unknown groups' fields ride along in it, like any
    // method that shares the identifier, and the SAML provider is a plain form post.
    const form = screen.getByRole("form", { name: "Password" });
    expect(within(form).getByRole("button", { name: "Sign in with password" }).getAttribute("value")).toBe("password");
    expect(form.querySelector('input[type="hidden"][name="transient_payload.captcha_turnstile_response"]')).not.toBeNull();
    const saml = within(form).getByRole("button", { name: "Sign in with Acme SSO" });
    expect([saml.getAttribute("type"), saml.getAttribute("name"), saml.getAttribute("value")]).toEqual(["submit", "provider", "acme-sso"]);
  });

  it("names a form of a group it has no words for plainly, never by a catalogue key", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const FlowForms = await freshFlowForms();
    const nodes = v26.ui.nodes.filter(
      (node) => String(node.group) === "saml" || (node.attributes.node_type === "input" && node.attributes.name === "csrf_token"),
    );
    render(<FlowForms ui={{ ...v26.ui, nodes }} />);
    const other = screen.getByRole("form", { name: "Other options" });
    expect(within(other).getByRole("button", { name: "Sign in with Acme SSO" })).toBeTruthy();
    expect(other.querySelector('input[name="csrf_token"]')).not.toBeNull();
  });

  it("logs one warn line per unknown type, group and script per process, however often it is rendered", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const FlowForms = await freshFlowForms();
    for (let view = 0; view < 3; view++) {
      render(<FlowForms ui={v26.ui} />);
      cleanup();
    }
    const lines = warn.mock.calls.map(([line]) => JSON.parse(String(line)) as { level: string; kind: string; name: string });
    expect(lines.map(({ kind, name }) => `${kind}: ${name}`).sort()).toEqual([
      "group: captcha",
      "group: saml",
      "node type: div",
      "script: cf-turnstile-script",
    ]);
    expect(lines.every((line) => line.level === "warn")).toBe(true);
  });
});
