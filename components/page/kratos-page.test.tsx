// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { runWithRequestContext } from "@/lib/http/request-context";
import { traceContextFrom } from "@/lib/http/trace-context";
import { decideFailure, KratosRefusal, KratosUnavailableError } from "@/lib/kratos/errors";
import { kratosPage } from "./kratos-page";

afterEach(cleanup);

/** Renders a wrapped page the way Next would, and returns the status it asked for. */
async function renderPage(loader: () => Promise<never>): Promise<number | undefined> {
  const page = kratosPage("/settings", loader);
  return runWithRequestContext({ requestId: "test-request-1", trace: traceContextFrom(undefined) }, async (context) => {
    render((await page({ searchParams: Promise.resolve({ flow: "f1" }) })) as ReactElement);
    return context.status;
  });
}

describe("kratosPage", () => {
  it("answers a Kratos server error without an id with Kratos's status, decided once (not a 400)", async () => {
    const outcome = decideFailure("settings", { status: 502 }, { query: {}, hasCsrfCookie: true });
    if (outcome.type !== "show") throw new Error("expected an error page");
    const status = await renderPage(async () => {
      throw new KratosRefusal(outcome.errorId, outcome.status);
    });
    expect(status).toBe(502);
    expect(screen.getByTestId("ui/error/message").textContent).toBe("An unexpected error occurred. Please try again.");
  });

  it("shows a known refusal in our words with its own status", async () => {
    const status = await renderPage(async () => {
      throw new KratosRefusal("cookies_required", 403);
    });
    expect(status).toBe(403);
    expect(screen.getByTestId("ui/error/message").textContent).toMatch(/allow cookies/);
  });

  it("turns an unreachable Kratos into a 503 page with a retry link to the same page", async () => {
    const status = await renderPage(async () => {
      throw new KratosUnavailableError(new Error("ECONNREFUSED"), "/sessions/whoami");
    });
    expect(status).toBe(503);
    expect(screen.getByRole("link", { name: "Try again" }).getAttribute("href")).toBe("/settings?flow=f1");
  });
});
