// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { messageForErrorId } from "@/lib/kratos/errors";
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

  it("names Kratos's error id for integrators, but never an id a caller made up", () => {
    render(<ErrorView message="m" errorId="self_service_flow_return_to_forbidden" />);
    expect(screen.getByTestId("error-id").textContent).toBe("self_service_flow_return_to_forbidden");
    cleanup();
    render(<ErrorView message="m" errorId="call_this_number" />);
    expect(screen.queryByTestId("error-id")).toBeNull();
  });

  it("words a CSRF failure for any flow: it neither assumes sign-in nor sends the person there", () => {
    const message = messageForErrorId("security_csrf_violation");
    expect(message).toMatch(/security token did not match/);
    expect(message).not.toMatch(/sign-in page|start again/i);
  });

  it("quotes text we did not write, names its source and cuts it short", () => {
    render(<ErrorView message="ours" details={{ source: "caller", text: "y".repeat(500) }} />);
    expect(screen.getByTestId("ui/error/message").textContent).toBe("ours");
    const quote = screen.getByTestId("error-details");
    expect(quote.textContent).toContain("We did not write it");
    expect(quote.querySelector("q")?.textContent).toBe(`${"y".repeat(MAX_QUOTED_DETAILS)}…`);
  });
});
