import { expect, test } from "./fixtures";
import { DEMO_APP_URL, KRATOS_PUBLIC_URL } from "./support/urls";

const ROUTES = [
  "/",
  "/login",
  "/login?flow=00000000-0000-4000-8000-000000000000",
  "/registration",
  "/recovery",
  "/verification",
  "/settings",
  "/logout",
  "/sessions",
  "/consent?consent_challenge=not-a-real-challenge",
  "/logout?logout_challenge=not-a-real-challenge",
  "/oauth2/continue",
  "/error?id=stub:500",
  "/error?error=security_csrf_violation",
  "/does-not-exist",
  "/health/alive",
  "/health/ready",
];

for (const route of ROUTES) {
  test(`${route} carries the security headers`, async ({ request }) => {
    const response = await request.get(route, { maxRedirects: 0 });
    // Kratos's stub error is a 500 by design; every other route must not fail.
    if (!route.includes("stub:500")) expect(response.status()).toBeLessThan(500);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).toContain(KRATOS_PUBLIC_URL);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    // React's development build needs eval; the production build the test stack runs must not allow it.
    if (process.env.E2E_STACK_MODE !== "dev") expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    if (process.env.E2E_STACK_MODE !== "dev") expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).toContain(`form-action 'self' ${KRATOS_PUBLIC_URL}`);
    // The apps' own origins (ALLOWED_RETURN_URLS), for their logos on the sign-in and consent screens.
    expect(csp).toMatch(new RegExp(`img-src 'self' data: ${DEMO_APP_URL}(;|$)`));
    expect(headers["permissions-policy"]).toContain("publickey-credentials-create=(self)");
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["x-powered-by"]).toBeUndefined();
    expectHeadersOfEveryResponse(headers);
  });
}

function expectHeadersOfEveryResponse(headers: Record<string, string>): void {
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("publickey-credentials-get=(self)");
  if (process.env.E2E_STACK_MODE !== "dev") expect(headers["strict-transport-security"]).toBe("max-age=31536000");
}

test("static assets, missing assets and look-alike paths carry the security headers too", async ({ page, request }) => {
  await page.goto("/login");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  expect(script).toBeTruthy();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expectHeadersOfEveryResponse(asset.headers());
  // Hashed assets may be cached; pages may not.
  expect(asset.headers()["cache-control"]).toContain("immutable");

  for (const missing of ["/_next/static/missing.js", "/favicon.ico.html", "/_next/staticx"]) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
    expectHeadersOfEveryResponse(response.headers());
  }
  // Only /_next/static/ is exempt from the page headers: a look-alike path is a page like any other.
  expect((await request.get("/_next/staticx")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the image optimizer is off: no page uses it, so it must not answer", async ({ request }) => {
  // A live optimizer answers 400 ("url" parameter is required); a disabled one has nothing here.
  const response = await request.get("/_next/image");
  expect(response.status()).toBe(404);
});

test("every script on a page carries this response's nonce or comes from us", async ({ page }) => {
  const response = await page.goto("/error?id=stub:500");
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const scripts = await page
    .locator("script")
    .evaluateAll((elements) =>
      elements.map((element) => ({ src: element.getAttribute("src"), nonce: (element as HTMLScriptElement).nonce })),
    );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.nonce === nonce || script.src?.startsWith("/_next/")).toBe(true);
  }
});
