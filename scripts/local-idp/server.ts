// A local OpenID Connect provider for development and tests ("Local IdP" in
// Kratos's config): a tester types an email and decides what to share.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type Grant, type KoaContextWithOIDC } from "oidc-provider";
import { findAccount, rememberAccount } from "./accounts";
import { loginPage } from "./login-page";

export const IDP_PORT = 4450;
const issuer = `http://localhost:${IDP_PORT}`;

const provider: Provider = new Provider(issuer, {
  clients: [
    {
      client_id: "kratos-account-ui",
      client_secret: "local-idp-secret",
      client_name: "Kratos Account UI",
      redirect_uris: ["http://localhost:4433/self-service/methods/oidc/callback/local"],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  findAccount,
  // Consent is not what these tests are about: every request is granted what it asks.
  loadExistingGrant: async (context: KoaContextWithOIDC): Promise<Grant | undefined> => {
    const session = context.oidc.session;
    const client = context.oidc.client;
    if (!session?.accountId || !client) return undefined;
    const grant: Grant = new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
  features: { devInteractions: { enabled: false } },
  cookies: { keys: ["local-idp-cookie-key-not-secret"] },
});

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(request: IncomingMessage, response: ServerResponse, uid: string, action?: string): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  if (request.method === "GET") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(loginPage(uid, String(details.params.client_id ?? "")));
    return;
  }
  if (action !== "login") {
    response.writeHead(405).end();
    return;
  }
  const form = await readForm(request);
  if (form.get("action") === "deny") {
    await provider.interactionFinished(request, response, {
      error: "access_denied",
      error_description: "The person declined to sign in at the Local IdP.",
    });
    return;
  }
  const email = form.get("email")?.trim() ?? "";
  rememberAccount({ email, name: form.get("name")?.trim() || undefined, shareEmail: form.get("share_email") === "yes" });
  await provider.interactionFinished(request, response, { login: { accountId: email } }, { mergeWithLastSubmission: false });
}

const handleProvider = provider.callback();

createServer((request, response) => {
  const match = /^\/interaction\/([^/?]+)(?:\/(\w+))?/.exec(request.url ?? "");
  if (!match) {
    void handleProvider(request, response);
    return;
  }
  interaction(request, response, match[1]!, match[2]).catch((error: unknown) => {
    console.error(`interaction failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!response.headersSent) response.writeHead(400, { "content-type": "text/plain" });
    response.end("This sign-in request is no longer valid. Start again from the account UI.");
  });
}).listen(IDP_PORT, "localhost", () => console.log(`Local IdP ready on ${issuer}`));
