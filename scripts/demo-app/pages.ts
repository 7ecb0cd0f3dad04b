// The demo app's HTML: deliberately plain, one page per state.

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Demo app</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
pre{background:#f3f4f6;padding:1rem;overflow:auto}a.button,button{display:inline-block;padding:.5rem 1rem;background:#1d4ed8;color:#fff;border:0;border-radius:.375rem;text-decoration:none;font:inherit;cursor:pointer}</style>
</head><body><main>${body}</main></body></html>`;
}

/** The app's logo, which its OAuth2 registration names (logo_uri) for the sign-in and consent screens. */
export const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="#1d4ed8"/><path d="M13 10h7a10 10 0 0 1 0 20h-7z" fill="none" stroke="#fff" stroke-width="4"/></svg>`;

export function signedOutPage(notice?: string): string {
  return page(
    "Welcome",
    `<h1>Demo app</h1>
<p>This app signs people in through the account UI, as any of your company's apps would (OAuth2 authorization code with PKCE, via Ory Hydra).</p>
${notice ? `<p role="status" data-testid="demo-notice">${escape(notice)}</p>` : ""}
<p><a class="button" href="/login">Sign in with the account</a></p>
<p>Or sign in as <a href="/login?app=first-party">the company's own app</a>: a first-party client, which skips the consent screen and the sign-out question.</p>`,
  );
}

export type SignedIn = {
  app: string;
  claims: Record<string, unknown>;
  userinfo: Record<string, unknown>;
  scope: string;
  hasRefreshToken: boolean;
};

export function signedInPage(state: SignedIn): string {
  const json = (value: unknown) => escape(JSON.stringify(value, null, 2));
  return page(
    "Signed in",
    `<h1>Signed in</h1>
<p>As <span data-testid="demo-client">${escape(state.app)}</span>, an OAuth2 client of the account service.</p>
<p>Granted scopes: <code data-testid="demo-scope">${escape(state.scope)}</code></p>
<p>Refresh token: <span data-testid="demo-refresh">${state.hasRefreshToken ? "yes" : "no"}</span></p>
<h2>ID token claims</h2>
<pre data-testid="demo-claims">${json(state.claims)}</pre>
<h2>Userinfo</h2>
<pre data-testid="demo-userinfo">${json(state.userinfo)}</pre>
<p><a class="button" href="/refresh">Use the refresh token</a> <a class="button" href="/logout">Sign out</a></p>`,
  );
}

export function errorPage(error: string, description: string | undefined): string {
  return page(
    "Not signed in",
    `<h1>Not signed in</h1>
<p>The account service answered <code data-testid="demo-error">${escape(error)}</code>${description ? `: ${escape(description)}` : ""}.</p>
<p><a class="button" href="/">Back</a></p>`,
  );
}

export function textPage(title: string, text: string): string {
  return page(title, `<h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="/">Back</a></p>`);
}
