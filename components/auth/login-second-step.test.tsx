// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { LoginView } from "./login-view";

afterEach(cleanup);

describe("LoginView for the second step", () => {
  it("is titled 'Two-factor authentication', names who is signing in and offers to sign out instead", () => {
    render(<LoginView flow={fixture("login-aal2")} account="someone@example.org" />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Two-factor authentication");
    expect(screen.getByText("Signing in as someone@example.org")).toBeTruthy();
    const signOut = screen.getByRole("link", { name: "Sign out" });
    expect(signOut.getAttribute("href")).toBe("/logout");
    expect(signOut.parentElement?.textContent).toBe("Not you? Sign out");
    expect(screen.queryByRole("link", { name: "Create an account" })).toBeNull();
  });

  it("offers the authenticator app and a recovery code as separate forms, with Kratos's prompt", () => {
    render(<LoginView flow={fixture("login-aal2")} />);
    expect(screen.getByTestId("ui/message/1010004").textContent).toBe("Please complete the second authentication challenge.");
    const totp = screen.getByRole("form", { name: "Authenticator app" });
    expect(within(totp).getByLabelText("Authentication code").getAttribute("name")).toBe("totp_code");
    expect(within(totp).getByRole("button", { name: "Use Authenticator" }).getAttribute("value")).toBe("totp");
    const lookup = screen.getByRole("form", { name: "Recovery codes" });
    expect(within(lookup).getByLabelText("Backup recovery code").getAttribute("name")).toBe("lookup_secret");
    expect(within(lookup).getByRole("button", { name: "Use backup recovery code" }).getAttribute("value")).toBe("lookup_secret");
    expect(screen.queryByLabelText("Password")).toBeNull();
  });
});
