// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorView, MAX_QUOTED_DETAILS, messageForErrorId } from "./error-view";

afterEach(cleanup);

describe("messageForErrorId", () => {
  it("gives the catalogue's wording for a known id, else the fallback, else the generic text", () => {
    expect(messageForErrorId("session_aal1_required", "Kratos's reason")).toBe(
      "Please sign in first. A second sign-in step can only be asked for once you are signed in.",
    );
    expect(messageForErrorId("not_an_id", "Kratos's reason")).toBe("Kratos's reason");
    expect(messageForErrorId(undefined)).toBe("An unexpected error occurred. Please try again.");
  });

  it("does not find Object's own members for ids such as __proto__", () => {
    expect(messageForErrorId("__proto__")).toBe("An unexpected error occurred. Please try again.");
    expect(messageForErrorId("constructor")).toBe("An unexpected error occurred. Please try again.");
  });
});

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
