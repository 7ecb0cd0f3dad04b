import { expect, test as base } from "../fixtures";
import { watchCspViolations } from "./csp-violations";
import { addVirtualAuthenticator, type VirtualAuthenticator } from "./virtual-authenticator";

/**
 * Tests of passkeys and security keys: the page has a virtual authenticator, and
 * every test fails if the Content-Security-Policy blocked anything on the way
 * (webauthn.js comes from Kratos's origin, its forms post to Kratos).
 */
export const test = base.extend<{ authenticator: VirtualAuthenticator; noCspViolations: void }>({
  page: async ({ page }, provide, testInfo) => {
    // `next dev` reloads every open page after each recompile, which parallel runs
    // keep causing, and a reload mid-test wipes what was typed. Its hot-reload
    // socket still connects (hydration waits for it) but loses its reload orders.
    // It also renders each page on demand, slowly under load: these tests visit
    // ten pages or more. The test stack's production build has neither problem.
    if (process.env.E2E_STACK_MODE === "dev") {
      testInfo.setTimeout(testInfo.timeout * 3);
      await page.routeWebSocket(/\/_next\/hmr/, (socket) => {
        const server = socket.connectToServer();
        server.onMessage((message) => {
          if (!/"type":"(reloadPage|turbopack-message)"/.test(String(message))) socket.send(message);
        });
      });
    }
    await provide(page);
  },
  authenticator: async ({ page }, provide) => provide(await addVirtualAuthenticator(page)),
  noCspViolations: [
    async ({ page }, provide, testInfo) => {
      const messages: string[] = [];
      page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
      const violations = watchCspViolations(page);
      await provide();
      // webauthn.js reports its failures only to the console.
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("console", { body: messages.join("\n") });
      expect(violations, "Content Security Policy errors in the console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
