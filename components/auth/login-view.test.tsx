// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { findInput } from "@/lib/kratos/nodes/nodes";
import { fixture } from "@/test/fixtures";
import { LoginView } from "./login-view";

afterEach(cleanup);

describe("LoginView when confirming it's you", () => {
  it("names the account being confirmed, which Kratos only keeps as a hidden field", () => {
    const flow = fixture("login-refresh");
    const identifier = findInput(flow.ui.nodes, "identifier")!.attributes.value as string;
    render(<LoginView flow={flow} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Confirm it's you");
    expect(screen.getByText(`Signed in as ${identifier}`)).toBeTruthy();
    expect((document.querySelector('input[type="hidden"][name="identifier"]') as HTMLInputElement).value).toBe(identifier);
  });

  it("says nothing of the kind on an ordinary sign-in", () => {
    render(<LoginView flow={fixture("login")} />);
    expect(screen.queryByText(/^Signed in as/)).toBeNull();
  });
});
