import type { CDPSession, Page } from "@playwright/test";

export type VirtualCredential = { credentialId: string; isResidentCredential: boolean; rpId?: string; signCount: number };

/**
 * A platform authenticator (like a phone's or laptop's screen lock) simulated by
 * Chromium over the DevTools protocol: it holds passkeys, verifies the user and
 * answers every WebAuthn request of the page by itself.
 */
export type VirtualAuthenticator = {
  credentials(): Promise<VirtualCredential[]>;
};

export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    async credentials() {
      const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
      return credentials;
    },
  };
}
