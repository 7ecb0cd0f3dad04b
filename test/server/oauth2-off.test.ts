import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type ServerProcess } from "./support/server-process";
import { StandInKratos } from "./support/stand-in-kratos";

// A deployment without HYDRA_ADMIN_URL: this UI is no OAuth2 provider's UI, and its OAuth2 pages say so.
const kratos = new StandInKratos();
let server: ServerProcess;

beforeAll(async () => {
  await kratos.start();
  server = await startServer({ env: { KRATOS_PUBLIC_URL: kratos.url } });
});

afterAll(async () => {
  server.kill();
  await kratos.stop();
});

describe("with OAuth2 off", () => {
  for (const path of ["/consent?consent_challenge=c1234567", "/logout?logout_challenge=c1234567"]) {
    it(`${path.split("?")[0]} answers 404 with a page that says signing in to apps is not enabled`, async () => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain("Signing in to other apps through this account is not enabled on this site.");
      expect(html).toContain('data-testid="error-id">oauth2_disabled<');
    });
  }
});
