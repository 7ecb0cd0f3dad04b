import "server-only";
import { headers } from "next/headers";
import { forwardedHost } from "./forwarded";

/**
 * Refuses a request another site started. Next already refuses a server action
 * whose Origin is not this site's host; this says so again where an action
 * changes accounts, without trusting that a proxy in front keeps the Origin
 * and Host headers in step: browsers set Sec-Fetch-Site themselves, and pages
 * cannot forge it. A request without either header (an old browser, a script
 * without cookies) passes: Kratos's SameSite=Lax session cookie is not sent on
 * another site's post anyway.
 */
export async function requireSameSite(): Promise<void> {
  const incoming = await headers();
  const site = incoming.get("sec-fetch-site");
  const origin = incoming.get("origin");
  const host = forwardedHost(incoming);
  const crossSite = (site !== null && site !== "same-origin") || (origin !== null && host !== undefined && originHost(origin) !== host);
  if (crossSite) throw new CrossSiteRequestError();
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

export class CrossSiteRequestError extends Error {
  constructor() {
    super("refused a request started by another site");
    this.name = "CrossSiteRequestError";
  }
}
