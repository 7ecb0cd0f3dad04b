import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { repoRoot, startServer, type ServerProcess } from "./support/server-process";
import { StandInKratos } from "./support/stand-in-kratos";

// A company's brand from configuration only: name, logos, colour and links, on a page that needs no flow.
const kratos = new StandInKratos();
let server: ServerProcess;

const BRAND = {
  BRAND_NAME: "Acme Identity",
  BRAND_LOGO_URL: "/acme-logo.svg",
  BRAND_LOGO_DARK_URL: "https://cdn.acme.example/logo-dark.svg",
  BRAND_PRIMARY: "#0b5d1e",
  BRAND_SUPPORT_URL: "mailto:help@acme.example",
  BRAND_TERMS_URL: "https://acme.example/terms",
  BRAND_PRIVACY_URL: "https://acme.example/privacy",
};

beforeAll(async () => {
  await kratos.start();
  server = await startServer({ env: { KRATOS_PUBLIC_URL: kratos.url, ...BRAND } });
});

afterAll(async () => {
  server.kill();
  await kratos.stop();
});

describe("a configured brand", () => {
  it("names the product in the title and header, shows both logos, links help, terms and privacy", async () => {
    const response = await fetch(`${server.url}/no-such-page`, { headers: { "accept-language": "de" } });
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("<title>Acme Identity</title>");
    expect(html).toMatch(/data-testid="brand"[^>]*>(?:<img [^>]*>)*Acme Identity<\/a>/);
    expect(html).toContain('src="/acme-logo.svg"');
    expect(html).toContain('src="https://cdn.acme.example/logo-dark.svg"');
    expect(html).toContain('href="/brand.css"');
    for (const [href, label] of [
      ["mailto:help@acme.example", "Hilfe"],
      ["https://acme.example/terms", "Nutzungsbedingungen"],
      ["https://acme.example/privacy", "Datenschutz"],
    ]) {
      expect(html).toMatch(new RegExp(`<a href="${href}"[^>]*>${label}</a>`));
    }
    expect(response.headers.get("content-security-policy")).toMatch(/img-src 'self' data: https:\/\/cdn\.acme\.example(;|$)/);
  });

  it("ends every page title with the product's name", async () => {
    const html = await (await fetch(`${server.url}/error?error=security_csrf_violation`)).text();
    expect(html).toContain("<title>Something went wrong · Acme Identity</title>");
  });

  it("serves its colour as the primary token for both themes, the light one as given", async () => {
    const response = await fetch(`${server.url}/brand.css`);
    expect(response.headers.get("content-type")).toContain("text/css");
    const css = await response.text();
    expect(css).toMatch(/--color-primary: light-dark\(#0b5d1e, #[0-9a-f]{6}\);/);
    expect(css).toContain("--color-on-primary: light-dark(#ffffff, #000000);");
  });

  it("refuses to start with a colour below WCAG AA, saying which and by how much", () => {
    const refused = spawnSync(process.execPath, ["dist/server.js"], {
      cwd: repoRoot,
      env: { ...process.env, KRATOS_PUBLIC_URL: kratos.url, PORT: "0", BRAND_PRIMARY: "#ffcc00" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/BRAND_PRIMARY: #ffcc00 has a contrast of 1\.\d\d:1 on the light background; WCAG AA needs 4\.5:1/);
  });
});
