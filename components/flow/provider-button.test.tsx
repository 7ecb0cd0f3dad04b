// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { findInput } from "@/lib/kratos/nodes/nodes";
import type { UiContainer, UiNode } from "@/lib/kratos/types";
import { FlowForms } from "./flow-forms";
import { providerIconKind } from "./provider-icon";

afterEach(cleanup);

/** The recorded login flow with its one provider ("local") swapped for the given id and label. */
function loginWithProvider(id: string, label: string): UiContainer {
  const { ui } = fixture("login");
  const nodes = ui.nodes.map((node): UiNode => {
    if (node.group !== "oidc" || node.attributes.node_type !== "input") return node;
    const text = { ...node.meta.label!, text: `Sign in with ${label}` };
    return { ...node, attributes: { ...node.attributes, value: id }, meta: { label: text } };
  });
  return { ...ui, nodes };
}

describe("social sign-in buttons", () => {
  it("offers the provider in its own form, as a list below an 'or' divider, with only the csrf_token besides", () => {
    const { ui } = fixture("login");
    render(<FlowForms ui={ui} />);
    const form = screen.getByRole("form", { name: "Social sign-in" });
    expect(form.getAttribute("action")).toBe(ui.action);
    expect(form.previousElementSibling?.textContent).toBe("or");
    expect(form.previousElementSibling?.getAttribute("aria-hidden")).toBe("true");
    const items = within(within(form).getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    const fields = [...form.querySelectorAll("input")].map((input) => `${input.type}:${input.name}`);
    expect(fields).toEqual(["hidden:csrf_token"]);
    expect(form.querySelector<HTMLInputElement>('input[name="csrf_token"]')?.value).toBe(
      findInput(ui.nodes, "csrf_token")?.attributes.value,
    );
  });

  it("names the button exactly with Kratos's label and sends the provider id", () => {
    render(<FlowForms ui={fixture("login").ui} />);
    const button = screen.getByRole("button", { name: "Sign in with Local IdP" });
    expect(button.textContent).toBe("Sign in with Local IdP");
    expect(button.getAttribute("type")).toBe("submit");
    expect(button.getAttribute("name")).toBe("provider");
    expect(button.getAttribute("value")).toBe("local");
    // A list of equal choices: no provider is styled as the page's main action.
    expect(button.className).toMatch(/bg-secondary/);
    expect(button.closest("[data-testid]")?.getAttribute("data-testid")).toBe("node/input/provider");
  });

  it("shows a decorative mark, hidden from assistive technology, before the label", () => {
    render(<FlowForms ui={fixture("login").ui} />);
    const button = screen.getByRole("button", { name: "Sign in with Local IdP" });
    const icon = button.querySelector(".provider-icon");
    expect(icon).not.toBeNull();
    expect(icon!.getAttribute("aria-hidden")).toBe("true");
    expect(icon!.textContent).toBe("");
    expect(icon!.getAttribute("data-icon")).toBe("generic");
    expect(button.firstElementChild).toBe(icon);
  });

  it("uses the registration label at sign-up and the link label in settings", () => {
    render(<FlowForms ui={fixture("registration").ui} />);
    const signUp = screen.getByRole("button", { name: "Sign up with Local IdP" });
    expect(signUp.getAttribute("value")).toBe("local");
    cleanup();

    render(<FlowForms ui={fixture("settings").ui} />);
    const link = within(screen.getByRole("form", { name: "Social sign-in" })).getByRole("button", { name: "Link Local IdP" });
    expect(link.getAttribute("name")).toBe("link");
    expect(link.getAttribute("value")).toBe("local");
    expect(link.querySelector(".provider-icon")?.getAttribute("aria-hidden")).toBe("true");
  });

  it.each([
    ["google", "Google"],
    ["github", "GitHub"],
    ["apple", "Apple"],
    ["microsoft", "Microsoft"],
  ])("draws the %s mark for that provider id, keeping Kratos's label as the name", (id, label) => {
    render(<FlowForms ui={loginWithProvider(id, label)} />);
    const button = screen.getByRole("button", { name: `Sign in with ${label}` });
    expect(button.querySelector(".provider-icon")?.getAttribute("data-icon")).toBe(id);
    expect(button.getAttribute("value")).toBe(id);
  });

  it("falls back to the generic mark for any other provider id", () => {
    expect(providerIconKind("local")).toBe("generic");
    expect(providerIconKind("corporate-sso")).toBe("generic");
    expect(providerIconKind("GitHub")).toBe("github");
  });
});
