import fc from "fast-check";
import { expect, test } from "./fixtures";
import { KRATOS_PUBLIC_URL, UI_URL } from "./support/urls";

const ROUTES = ["/", "/login", "/registration", "/recovery", "/verification", "/settings", "/logout", "/error", "/health/ready"];
const ALLOWED_REDIRECT_ORIGINS = new Set([new URL(UI_URL).origin, KRATOS_PUBLIC_URL]);
const MARKUP = '"><img src=x onerror=alert(1)><script>alert(1)</script>';

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    MARKUP,
    "javascript:alert(1)",
    "//evil.example/",
    "https://evil.example/",
    "http://localhost:3000@evil.example/",
    "%00%0d%0aSet-Cookie:x=1",
    "../../../../etc/passwd",
    "00000000-0000-4000-8000-000000000000",
    "a".repeat(5000),
    "💥".repeat(50),
  ),
);
// Not "stub:500": /error?id=stub:500 is Kratos's own 500 error, shown with its status
// on purpose (e2e/error-pages.spec.ts).
const paramName = fc.constantFrom("flow", "return_to", "id", "error", "error_description", "refresh", "aal", "login_challenge", "via", "x");
const query = fc.array(fc.tuple(paramName, nasty), { maxLength: 4 });
// Printable ASCII only: Node's fetch refuses control characters in header values before anything is sent.
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 200 });
// Any bytes, percent-encoded: what a cookie value may decode to (the UI decodes Kratos's cookies).
const percentEncoded = fc
  .uint8Array({ maxLength: 30 })
  .map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join(""));
const cookieValue = fc.oneof(headerValue, percentEncoded);
const cookie = fc.oneof(
  headerValue,
  cookieValue.map((value) => `ory_kratos_session=${value}`),
  cookieValue.map((value) => `csrf_token_x=${value}; ory_kratos_session=${value}`),
);

test("malformed queries, cookies and headers never break a page or redirect off-site", async () => {
  test.setTimeout(180_000);
  let requests = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ROUTES),
      query,
      cookie,
      headerValue,
      headerValue,
      async (route, params, cookies, language, requestId) => {
        const search = new URLSearchParams(params).toString();
        const response = await fetch(`${UI_URL}${route}${search ? `?${search}` : ""}`, {
          redirect: "manual",
          headers: { cookie: cookies, "accept-language": language, "x-request-id": requestId, "x-forwarded-host": "evil.example" },
        });
        requests++;
        const body = await response.text();
        expect(response.status, `${route}?${search}`).toBeLessThan(500);
        expect(body, "no stack trace").not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$|(Type|Reference|Syntax|Range)Error: |ECONNREFUSED/m);
        expect(body).not.toContain(MARKUP);
        expect(body).not.toMatch(/<img src=x onerror/);
        expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        const location = response.headers.get("location");
        if (location) {
          expect(ALLOWED_REDIRECT_ORIGINS.has(new URL(location, UI_URL).origin), location).toBe(true);
        }
      },
    ),
    { numRuns: 300 },
  );
  expect(requests).toBeGreaterThanOrEqual(300);
});
