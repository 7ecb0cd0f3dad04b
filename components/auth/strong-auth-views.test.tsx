// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { findInput } from "@/lib/kratos/nodes/nodes";
import { fixture } from "@/test/fixtures";
import type { LoginFlow } from "@/lib/kratos/types";
import { LoginView } from "./login-view";
import { RegistrationView } from "./registration-view";

afterEach(cleanup);

const RETURN_TO = "http://localhost:3000/?x=1";
const identifierOf = (flow: LoginFlow) => findInput(flow.ui.nodes, "identifier")!.attributes.value as string;

describe("LoginView on the code step", () => {
  it("says to check the mail sent to the hidden address, with a way to use another account that keeps return_to", () => {
    const flow = { ...fixture("login-code-sent"), return_to: RETURN_TO };
    render(<LoginView flow={flow} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Check your email");
    expect(
      screen.getByText(`Enter the code from the email we sent to ${identifierOf(flow)}. It can take a minute to arrive.`),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Use another account" }).getAttribute("href")).toBe(
      `/login?return_to=${encodeURIComponent(RETURN_TO)}`,
    );
    expect(screen.getByTestId("ui/message/1010014").getAttribute("role")).toBe("status");
    expect(screen.queryByTestId("forgot-password-link")).toBeNull();
  });

  it.each(["login-code-sent", "login-code-wrong"] as const)(
    "makes Continue the main action and Resend code a secondary one after it (%s)",
    (name) => {
      render(<LoginView flow={fixture(name)} />);
      const form = screen.getByRole("form", { name: "Email code" });
      const submit = within(form).getByRole("button", { name: "Continue" }) as HTMLButtonElement;
      const resend = within(form).getByRole("button", { name: "Resend code" }) as HTMLButtonElement;
      expect(submit.className).toMatch(/bg-primary/);
      expect([resend.name, resend.value, resend.formNoValidate]).toEqual(["resend", "code", true]);
      expect(resend.className).toMatch(/bg-secondary/);
      expect(submit.compareDocumentPosition(resend) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(form.querySelector<HTMLInputElement>('input[type="hidden"][name="method"]')?.value).toBe("code");
      expect((within(form).getByLabelText("Login code") as HTMLInputElement).required).toBe(true);
    },
  );

  it("offers 'Send sign in code' as another way in the sign-in form, which does not demand the password", () => {
    render(<LoginView flow={fixture("login-code")} />);
    const form = screen.getByRole("form", { name: "Password" });
    const send = within(form).getByRole("button", { name: "Send sign in code" }) as HTMLButtonElement;
    expect([send.name, send.value, send.formNoValidate]).toEqual(["method", "code", true]);
    expect(within(form).getAllByLabelText("Email")).toHaveLength(1);
  });
});

describe("LoginView with identifier-first sign-in", () => {
  it("asks only for the address at first", () => {
    render(<LoginView flow={fixture("login-identifier-first")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Sign in");
    const form = screen.getByRole("form", { name: "Sign in" });
    expect(within(form).getByLabelText("Email")).toBeTruthy();
    expect(within(form).getByRole("button", { name: "Continue" }).getAttribute("value")).toBe("identifier_first");
    expect(screen.queryByLabelText("Password")).toBeNull();
    expect(screen.queryByTestId("login-account")).toBeNull();
  });

  it("names the account on the next screen and offers another one, since Kratos offers no way back", () => {
    const flow = fixture("login-identifier-first-methods");
    render(<LoginView flow={flow} />);
    const email = identifierOf(flow);
    expect(screen.getByTestId("login-account").textContent).toContain(`Signing in as ${email}`);
    expect(screen.getByRole("link", { name: "Use another account" }).getAttribute("href")).toBe("/login");
    expect(screen.queryByRole("textbox", { name: "Email" })).toBeNull();
    for (const name of ["Password", "Email code"]) {
      const form = screen.getByRole("form", { name });
      expect(form.querySelector<HTMLInputElement>('input[type="hidden"][name="identifier"]')?.value).toBe(email);
    }
    expect(screen.getByTestId("forgot-password-link")).toBeTruthy();
  });

  it("shows Kratos's 4000037 under the address it keeps for correcting", () => {
    const flow = fixture("login-identifier-first-unknown");
    render(<LoginView flow={flow} />);
    const email = screen.getByLabelText("Email") as HTMLInputElement;
    expect(email.value).toBe(identifierOf(flow));
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(email.getAttribute("aria-describedby")!)?.getAttribute("data-testid")).toBe("ui/message/4000037");
  });

  it("asks to confirm it's you with the address typed again, and no way to switch account", () => {
    render(<LoginView flow={fixture("login-identifier-first-refresh")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Confirm it's you");
    expect(screen.getByTestId("ui/message/1010003")).toBeTruthy();
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("");
    expect(screen.queryByRole("link", { name: "Use another account" })).toBeNull();
  });
});

describe("RegistrationView on the code step", () => {
  it("says to check the mail, keeps the details hidden and offers to start again with return_to", () => {
    const flow = { ...fixture("registration-code-sent"), return_to: RETURN_TO };
    render(<RegistrationView flow={flow} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Check your email");
    expect(screen.getByText("Enter the code from the email we sent you. It can take a minute to arrive.")).toBeTruthy();
    expect(screen.getByTestId("ui/message/1040005")).toBeTruthy();
    const form = screen.getByRole("form", { name: "Email code" });
    expect(form.querySelector<HTMLInputElement>('input[type="hidden"][name="traits.email"]')?.value).toMatch(/@example\.org$/);
    expect(within(form).getByLabelText("Registration code")).toBeTruthy();
    expect(
      within(form)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Continue", "Resend code"]);
    expect(screen.getByRole("link", { name: "Start again" }).getAttribute("href")).toBe(
      `/registration?return_to=${encodeURIComponent(RETURN_TO)}`,
    );
  });

  it("keeps the heading of the sign-up form before a code is sent", () => {
    render(<RegistrationView flow={fixture("registration")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Create an account");
    expect(screen.queryByRole("link", { name: "Start again" })).toBeNull();
  });
});
