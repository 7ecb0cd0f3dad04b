// The demo OAuth2 app (a relying party) on http://localhost:4446: it signs
// people in through Hydra, and so through this UI, with openid-client
// (authorization code + PKCE), shows the ID token's claims and the userinfo
// answer, and signs out through Hydra (RP-initiated logout).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import * as oidc from "openid-client";
import { errorPage, LOGO, signedInPage, signedOutPage, textPage } from "./pages";
import { DEMO_CLIENT_NAMES, registerDemoClient, type DemoClient } from "./registration";

export const DEMO_APP_PORT = 4446;
const appUrl = `http://localhost:${DEMO_APP_PORT}`;
const hydraPublicUrl = process.env.HYDRA_PUBLIC_URL ?? "http://localhost:4444";
const hydraAdminUrl = process.env.HYDRA_ADMIN_URL ?? "http://localhost:4445";
const SCOPE = "openid email profile offline_access";

type Pending = { client: DemoClient; verifier: string; state: string; nonce: string };
type Session = {
  client: DemoClient;
  tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;
  userinfo: Record<string, unknown>;
};

// A demo keeps its state in memory: a restart signs everyone out of the app.
const pending = new Map<string, Pending>();
const sessions = new Map<string, Session>();

async function discover(kind: DemoClient): Promise<oidc.Configuration> {
  const { clientId, clientSecret } = await registerDemoClient(kind, hydraAdminUrl, appUrl);
  // The client is registered for client_secret_basic (registration.ts); openid-client defaults to client_secret_post.
  return oidc.discovery(new URL(hydraPublicUrl), clientId, undefined, oidc.ClientSecretBasic(clientSecret), {
    // Hydra runs on plain http://localhost here; a real app talks to an https issuer.
    execute: [oidc.allowInsecureRequests],
  });
}

const configs: Record<DemoClient, oidc.Configuration> = { outside: await discover("outside"), firstParty: await discover("firstParty") };

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

function send(response: ServerResponse, status: number, html: string, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers });
  response.end(html);
}

function redirect(response: ServerResponse, location: string, cookies: string[] = []): void {
  response.writeHead(303, { location, "cache-control": "no-store", ...(cookies.length ? { "set-cookie": cookies } : {}) });
  response.end();
}

const sessionCookie = (id: string) => `demo_session=${id}; Path=/; HttpOnly; SameSite=Lax`;
const authCookie = (id: string) => `demo_auth=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=600`;
const cleared = (name: string) => `${name}=; Path=/; Max-Age=0`;

async function startSignIn(url: URL, response: ServerResponse): Promise<void> {
  const verifier = oidc.randomPKCECodeVerifier();
  // "Sign in as the company's own app" (?app=first-party) uses the first-party client.
  const client: DemoClient = url.searchParams.get("app") === "first-party" ? "firstParty" : "outside";
  const entry: Pending = { client, verifier, state: oidc.randomState(), nonce: oidc.randomNonce() };
  const id = randomBytes(16).toString("hex");
  pending.set(id, entry);
  const parameters: Record<string, string> = {
    redirect_uri: `${appUrl}/callback`,
    scope: SCOPE,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: entry.state,
    nonce: entry.nonce,
  };
  // Tests ask for forced re-authentication the way any app would.
  for (const name of ["prompt", "max_age"]) {
    const value = url.searchParams.get(name);
    if (value) parameters[name] = value;
  }
  redirect(response, oidc.buildAuthorizationUrl(configs[client], parameters).href, [authCookie(id)]);
}

async function finishSignIn(request: IncomingMessage, url: URL, response: ServerResponse): Promise<void> {
  const error = url.searchParams.get("error");
  if (error)
    return send(response, 400, errorPage(error, url.searchParams.get("error_description") ?? undefined), {
      "set-cookie": cleared("demo_auth"),
    });
  const authId = cookie(request, "demo_auth");
  const entry = authId ? pending.get(authId) : undefined;
  if (!authId || !entry) return send(response, 400, errorPage("no_pending_sign_in", "Start again from the app"));
  pending.delete(authId);
  const config = configs[entry.client];
  const tokens = await oidc.authorizationCodeGrant(config, url, {
    pkceCodeVerifier: entry.verifier,
    expectedState: entry.state,
    expectedNonce: entry.nonce,
  });
  const subject = tokens.claims()?.sub;
  const userinfo = subject ? ((await oidc.fetchUserInfo(config, tokens.access_token, subject)) as Record<string, unknown>) : {};
  const id = randomBytes(16).toString("hex");
  sessions.set(id, { client: entry.client, tokens, userinfo });
  redirect(response, "/", [sessionCookie(id), cleared("demo_auth")]);
}

async function tryRefreshToken(session: Session | undefined, response: ServerResponse): Promise<void> {
  const refreshToken = session?.tokens.refresh_token;
  if (!session || !refreshToken) return send(response, 400, errorPage("no_refresh_token", undefined));
  try {
    await oidc.refreshTokenGrant(configs[session.client], refreshToken);
    send(response, 200, textPage("Refreshed", "The refresh token still works."));
  } catch (error) {
    const code = error instanceof oidc.ResponseBodyError ? error.error : "refresh_failed";
    send(response, 400, errorPage(code, error instanceof Error ? error.message : undefined));
  }
}

function signOut(response: ServerResponse, sessionId: string | undefined, session: Session | undefined): void {
  if (sessionId) sessions.delete(sessionId);
  const idToken = session?.tokens.id_token;
  if (!session || !idToken) return redirect(response, "/", [cleared("demo_session")]);
  const endSession = oidc.buildEndSessionUrl(configs[session.client], { id_token_hint: idToken, post_logout_redirect_uri: `${appUrl}/` });
  redirect(response, endSession.href, [cleared("demo_session")]);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", appUrl);
  const sessionId = cookie(request, "demo_session");
  const session = sessionId ? sessions.get(sessionId) : undefined;
  switch (url.pathname) {
    case "/":
      if (!session) return send(response, 200, signedOutPage());
      return send(
        response,
        200,
        signedInPage({
          app: DEMO_CLIENT_NAMES[session.client],
          claims: session.tokens.claims() ?? {},
          userinfo: session.userinfo,
          scope: session.tokens.scope ?? "",
          hasRefreshToken: Boolean(session.tokens.refresh_token),
        }),
      );
    case "/login":
      return startSignIn(url, response);
    case "/callback":
      return finishSignIn(request, url, response);
    case "/refresh":
      return tryRefreshToken(session, response);
    case "/logout":
      return signOut(response, sessionId, session);
    case "/logo.svg":
      response.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "max-age=3600" });
      return void response.end(LOGO);
    case "/privacy":
      return send(response, 200, textPage("Privacy policy", "The demo app keeps what it is given in memory, until it stops."));
    case "/terms":
      return send(response, 200, textPage("Terms of use", "A demonstration; no promises."));
    default:
      return send(response, 404, textPage("Not found", "There is nothing here."));
  }
}

createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) send(response, 500, errorPage("demo_app_error", error instanceof Error ? error.message : undefined));
  });
}).listen(DEMO_APP_PORT, "localhost", () => {
  console.log(
    `Demo app ready on ${appUrl} (OAuth2 clients ${configs.outside.clientMetadata().client_id}, first party ${configs.firstParty.clientMetadata().client_id})`,
  );
});
