// A tiny cookie-jar HTTP client that drives Kratos *browser* flows the way a
// browser would, but asks for JSON (`Accept: application/json`) so Kratos answers
// with the flow instead of a 303 to the UI. Used by scripts/record-fixtures.ts;
// meant to be reusable by e2e helpers that need to seed sessions.
import type { UiContainer } from "../../lib/kratos/types";

export type { UiContainer, UiNode } from "../../lib/kratos/types";

export const KRATOS_PUBLIC_URL = process.env.KRATOS_PUBLIC_URL ?? "http://localhost:4433";
export const KRATOS_ADMIN_URL = process.env.KRATOS_ADMIN_URL ?? "http://localhost:4434";

/** Keeps cookies by name from `set-cookie` and sends them all back (single host, no paths). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = /;\s*max-age=(0|-\d+)/i.test(line) || /expires=[^;]*1970/i.test(line);
      if (value === "" || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

export interface KratosResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** One "browser": its own cookie jar, JSON answers, redirects not followed. */
export class KratosBrowser {
  readonly jar = new CookieJar();

  /** `userAgent` stands in for a real browser's; Kratos records it with each session. */
  constructor(
    readonly baseUrl: string = KRATOS_PUBLIC_URL,
    private readonly userAgent?: string,
  ) {}

  /** Raw request: sends and stores cookies, `redirect: "manual"`. Paths are relative to baseUrl. */
  async request(pathOrUrl: string, init: { method?: string; form?: URLSearchParams } = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json" };
    const cookie = this.jar.header();
    if (cookie) headers.Cookie = cookie;
    if (init.form) headers["Content-Type"] = "application/x-www-form-urlencoded";
    if (this.userAgent) headers["User-Agent"] = this.userAgent;
    const response = await fetch(new URL(pathOrUrl, this.baseUrl), {
      method: init.method ?? "GET",
      headers,
      body: init.form?.toString(),
      redirect: "manual",
    });
    this.jar.store(response);
    return response;
  }

  /** GET a JSON endpoint and fail loudly unless the status is the expected one. */
  async get<T>(path: string, expectStatus = 200): Promise<KratosResponse<T>> {
    return parse<T>(await this.request(path), `GET ${path}`, expectStatus);
  }

  /** POST a flow's form (`ui.action`, urlencoded) with its csrf_token plus `fields`. */
  async submit<T>(ui: UiContainer, fields: Record<string, string>, expectStatus: number): Promise<KratosResponse<T>> {
    const form = new URLSearchParams();
    const csrf = inputValue(ui, "csrf_token");
    if (csrf !== undefined) form.set("csrf_token", csrf);
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const response = await this.request(ui.action, { method: ui.method, form });
    return parse<T>(response, `${ui.method} ${ui.action}`, expectStatus);
  }
}

/** The string value of the first input node called `name`, if any. */
export function inputValue(ui: UiContainer, name: string): string | undefined {
  for (const node of ui.nodes) {
    const attributes = node.attributes;
    if (attributes.node_type !== "input" || attributes.name !== name) continue;
    const value = attributes.value;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
    return undefined;
  }
  return undefined;
}

async function parse<T>(response: Response, what: string, expectStatus: number): Promise<KratosResponse<T>> {
  const text = await response.text();
  if (response.status !== expectStatus) {
    throw new Error(`${what}: expected HTTP ${expectStatus}, got ${response.status}: ${text.slice(0, 500)}`);
  }
  // Kratos answers with the documented schema for this status; T names it.
  const body = (text === "" ? null : JSON.parse(text)) as T;
  return { status: response.status, body, headers: response.headers };
}
