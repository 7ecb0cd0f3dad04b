// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { findInput } from "@/lib/kratos/nodes/nodes";
import type { UiText } from "@/lib/kratos/types";
import { FlowForms } from "./flow-forms";

afterEach(cleanup);

describe("FlowForms", () => {
  it("renders a native form that posts to Kratos's action with labelled fields and a named submit button", () => {
    const flow = fixture("registration");
    render(<FlowForms ui={flow.ui} />);
    const form = screen.getByRole("form", { name: "Password" });
    expect(form.getAttribute("action")).toBe(flow.ui.action);
    expect(form.getAttribute("method")).toBe("POST");
    expect(within(form).getByLabelText("Email")).toHaveProperty("type", "email");
    expect(within(form).getByLabelText("Password", { selector: "input" })).toHaveProperty("autocomplete", "new-password");
    const submit = within(form).getByRole("button", { name: "Sign up" });
    expect(submit.getAttribute("type")).toBe("submit");
    expect(submit.getAttribute("name")).toBe("method");
    expect(submit.getAttribute("value")).toBe("password");
    const csrf = form.querySelector<HTMLInputElement>('input[type=hidden][name="csrf_token"]');
    expect(csrf?.value).toBe(findInput(flow.ui.nodes, "csrf_token")?.attributes.value);
  });

  it("ties a field's error to the field and keeps what the person typed", () => {
    render(<FlowForms ui={fixture("registration-errors").ui} />);
    const email = screen.getByLabelText("Email");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect((email as HTMLInputElement).value).toBe("not-an-email");
    const describedBy = email.getAttribute("aria-describedby")!;
    const message = document.getElementById(describedBy)!;
    expect(message.textContent).toMatch(/is not valid "email"/);
    expect(message.getAttribute("data-testid")).toBe("ui/message/4000001");
  });

  it("shows the password policy message under the password field", () => {
    render(<FlowForms ui={fixture("registration-errors-password").ui} />);
    const password = screen.getByLabelText("Password", { selector: "input" });
    expect(password.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(password.getAttribute("aria-describedby")!)?.getAttribute("data-testid")).toBe("ui/message/4000032");
  });

  it("announces flow-level errors with exactly Kratos's text in the conventional test hook", () => {
    const flow = fixture("login-invalid-credentials");
    render(<FlowForms ui={flow.ui} />);
    const alert = screen.getByRole("alert");
    expect(alert.getAttribute("data-testid")).toBe("ui/message/4000006");
    expect(alert.textContent).toBe(flow.ui.messages![0]!.text);
  });

  it("styles success messages as a polite status, not an alert", () => {
    render(<FlowForms ui={fixture("settings-success").ui} />);
    const status = screen.getByTestId("ui/message/1050001");
    expect(status.getAttribute("role")).toBe("status");
  });

  it("renders settings as one form per section, each with its own csrf_token", () => {
    render(<FlowForms ui={fixture("settings").ui} />);
    const profile = screen.getByRole("form", { name: "Profile" });
    const password = screen.getByRole("form", { name: "Password" });
    for (const form of [profile, password]) {
      expect(form.querySelector('input[name="csrf_token"]')).not.toBeNull();
      expect(within(form).getByRole("button", { name: "Save" })).toBeTruthy();
    }
    expect((within(profile).getByLabelText("Email") as HTMLInputElement).value).toMatch(/@example\.org$/);
  });

  it("renders the recovery code step with a secondary resend button", () => {
    render(<FlowForms ui={fixture("recovery-sent").ui} />);
    const resend = screen.getByRole("button", { name: "Resend code" });
    expect(resend.getAttribute("name")).toBe("email");
    expect(resend.className).toMatch(/bg-secondary/);
    expect(screen.getByTestId("node/input/code")).toBeTruthy();
    expect(screen.getByTestId("ui/message/1060003").textContent).toMatch(/code/);
  });

  it("keeps the hidden identifier of a refresh flow so Kratos knows who confirms", () => {
    const { container } = render(<FlowForms ui={fixture("login-refresh").ui} />);
    const identifier = container.querySelector<HTMLInputElement>('input[name="identifier"]');
    expect(identifier?.type).toBe("hidden");
    expect(identifier?.value).toMatch(/@example\.org$/);
  });

  it("shows 'Back' of profile-first registration as a secondary action after the credentials, keeping the traits", () => {
    const { container } = render(<FlowForms ui={fixture("registration-credential-selection").ui} />);
    const forms = [...container.querySelectorAll("form")];
    expect(forms.map((form) => form.getAttribute("data-group"))).toEqual(["password", "profile"]);
    const back = within(forms[1]!).getByRole("button", { name: "Back" });
    expect(back.className).toMatch(/bg-secondary/);
    expect(forms[1]!.querySelector<HTMLInputElement>('input[name="traits.email"]')?.value).toBe("two@example.org");
    expect(screen.queryByText("or")).toBeNull();
    expect(screen.getByTestId("ui/message/1040009").getAttribute("role")).toBe("status");
  });

  it("shows a message Kratos attaches to a hidden field once, at the top, announced as an alert", () => {
    const flow = fixture("login-code-sent");
    const missing: UiText = { id: 4000002, text: "Property identifier is missing.", type: "error" };
    const nodes = flow.ui.nodes.map((node) =>
      node.attributes.node_type === "input" && node.attributes.name === "identifier" ? { ...node, messages: [missing] } : node,
    );
    render(<FlowForms ui={{ ...flow.ui, nodes: [...nodes, nodes.find((node) => node.messages.length)!] }} />);
    const shown = screen.getAllByTestId("ui/message/4000002");
    expect(shown).toHaveLength(1);
    expect(shown[0]!.textContent).toBe("Property identifier is missing.");
    expect(shown[0]!.getAttribute("role")).toBe("alert");
    expect(screen.getByTestId("ui/message/1010014").getAttribute("role")).toBe("status");
  });
});
