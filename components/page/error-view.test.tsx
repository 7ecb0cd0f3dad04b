// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorView, MAX_QUOTED_DETAILS } from "./error-view";

afterEach(cleanup);

describe("ErrorView", () => {
  it("offers sign-in for errors only signing in resolves, and the start page otherwise", () => {
    render(<ErrorView message="m" errorId="session_aal1_required" />);
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/login");
    cleanup();
    render(<ErrorView message="m" errorId="security_csrf_violation" reference="r-1" />);
    expect(screen.getByRole("link", { name: "Go to the start page" }).getAttribute("href")).toBe("/");
    expect(screen.getByTestId("error-reference").textContent).toBe("r-1");
  });

  it("quotes text we did not write, names its source and cuts it short", () => {
    render(<ErrorView message="ours" details={{ source: "caller", text: "y".repeat(500) }} />);
    expect(screen.getByTestId("ui/error/message").textContent).toBe("ours");
    const quote = screen.getByTestId("error-details");
    expect(quote.textContent).toContain("We did not write it");
    expect(quote.querySelector("q")?.textContent).toBe(`${"y".repeat(MAX_QUOTED_DETAILS)}…`);
  });
});
