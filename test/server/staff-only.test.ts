import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type ServerProcess } from "./support/server-process";
import { StandInKratos } from "./support/stand-in-kratos";

// A staff-only instance (SELF_SERVICE=off): the admin area and nothing else. The stand-in answers as
// Kratos does for a visitor without a session, on its public and its admin address alike.
const kratos = new StandInKratos();
let server: ServerProcess;

beforeAll(async () => {
  await kratos.start();
  server = await startServer({ env: { KRATOS_PUBLIC_URL: kratos.url, KRATOS_ADMIN_URL: kratos.url, SELF_SERVICE: "off" } });
});

afterAll(async () => {
  server.kill();
  await kratos.stop();
});

const SELF_SERVICE_PAGES = [
  "/",
  "/login",
  "/login?flow=0b5d1e2a-0000-4000-8000-000000000000",
  "/registration",
  "/recovery",
  "/verification",
  "/verification/required",
  "/settings",
  "/settings/delete",
  "/sessions",
  "/logout",
  "/consent?consent_challenge=c1234567",
  "/logout?logout_challenge=c1234567",
  "/oauth2/continue",
  "/goodbye",
  "/error?error=unknown",
];

async function expectNotFoundPage(path: string, init?: RequestInit): Promise<void> {
  const response = await fetch(`${server.url}${path}`, { redirect: "manual", ...init });
  expect(response.status, path).toBe(404);
  const html = await response.text();
  // In the HTML itself, not only in the React payload that needs JavaScript to show.
  expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  expect(html, path).toMatch(/<p[^>]*>There is nothing at this address.<\/p>/);
  // The way on leads to this instance's only pages, not to a start page it does not serve.
  expect(html, path).toMatch(/<a href="\/admin"[^>]*data-testid="brand"/);
  expect(html, path).toMatch(/<a href="\/admin"[^>]*>Go to the start page<\/a>/);
  expect(html, path).not.toContain('href="/"');
}

describe("a staff-only instance", () => {
  for (const path of SELF_SERVICE_PAGES) {
    it(`answers ${path} with the not-found page`, async () => {
      await expectNotFoundPage(path);
    });
  }

  it("asks Kratos nothing for a self-service page", async () => {
    const before = kratos.requests.length;
    await expectNotFoundPage("/settings");
    await expectNotFoundPage("/login");
    expect(kratos.requests.slice(before)).toEqual([]);
  });

  it("answers a form post to a self-service page with the not-found page too", async () => {
    await expectNotFoundPage("/settings/delete", {
      method: "POST",
      headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" },
      body: "[]",
    });
  });

  it("keeps /admin, which answers 404 to a visitor without a session, exactly as an unknown address", async () => {
    for (const path of ["/admin", "/admin/courier", "/admin/identities/6f1c2b1e-8e0e-4d3c-9a0a-1b2c3d4e5f60"]) {
      const before = kratos.requests.length;
      await expectNotFoundPage(path);
      // The gate asked Kratos who this is: the admin area is served, and hidden from this visitor.
      expect(kratos.requests.slice(before).map((request) => request.path)).toContain("/sessions/whoami");
    }
  });

  it("still answers the health checks and serves its icon", async () => {
    expect((await fetch(`${server.url}/health/alive`)).status).toBe(200);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    expect((await fetch(`${server.url}/icon.svg`)).status).toBe(200);
  });
});
