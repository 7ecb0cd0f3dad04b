import { beforeEach, describe, expect, it, vi } from "vitest";

const incoming = { current: new Headers() };
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(incoming.current) }));

const { requireSameSite } = await import("./same-site");

function from(headers: Record<string, string>): void {
  incoming.current = new Headers(headers);
}

describe("requireSameSite", () => {
  beforeEach(() => from({}));

  it("lets this site's own form posts through", async () => {
    from({ host: "account.example.com", origin: "https://account.example.com", "sec-fetch-site": "same-origin" });
    await expect(requireSameSite()).resolves.toBeUndefined();
    from({ host: "10.0.0.5:3000", "x-forwarded-host": "account.example.com", origin: "https://account.example.com" });
    await expect(requireSameSite()).resolves.toBeUndefined();
    // Behind a chain of proxies, the first X-Forwarded-Host is the one the browser reached.
    from({ host: "10.0.0.5:3000", "x-forwarded-host": "account.example.com, edge.internal", origin: "https://account.example.com" });
    await expect(requireSameSite()).resolves.toBeUndefined();
  });

  it("refuses a post another site started, by Sec-Fetch-Site or by Origin", async () => {
    from({ host: "account.example.com", origin: "https://account.example.com", "sec-fetch-site": "cross-site" });
    await expect(requireSameSite()).rejects.toThrow("refused a request started by another site");
    from({ host: "account.example.com", origin: "https://attacker.example" });
    await expect(requireSameSite()).rejects.toThrow("refused a request started by another site");
    from({ host: "10.0.0.5:3000", "x-forwarded-host": "account.example.com, attacker.example", origin: "https://attacker.example" });
    await expect(requireSameSite()).rejects.toThrow("refused a request started by another site");
    from({ host: "account.example.com", "sec-fetch-site": "same-site" });
    await expect(requireSameSite()).rejects.toThrow("refused a request started by another site");
  });

  it("lets a request without either header through (no browser sends Kratos's cookie cross-site without them)", async () => {
    from({ host: "account.example.com" });
    await expect(requireSameSite()).resolves.toBeUndefined();
  });
});
