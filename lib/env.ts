/**
 * Server-side settings, read from the environment and validated. Kept free of
 * Next-only imports so server.ts can check them before it starts serving.
 * Nothing here is sent to the browser bundle (no NEXT_PUBLIC_ variables).
 */
import { brandPalettes, type BrandPalette } from "./brand/palette";
import type { LanguageSettings } from "./i18n/choose-locale";
import { defaultLocale, isLocale, locales, type Locale } from "./i18n/locale";

export type Brand = {
  name?: string;
  logo?: { light: string; dark?: string };
  palettes?: { light: BrandPalette; dark: BrandPalette };
  supportUrl?: string;
  termsUrl?: string;
  privacyUrl?: string;
};

export type AppConfig = {
  /** Where this server reaches Kratos's public API. */
  kratosPublicUrl: URL;
  /** Where the browser reaches Kratos's public API (differs behind proxies or in containers). */
  kratosBrowserUrl: URL;
  /** Upper bound for one call to Kratos. */
  kratosTimeoutMs: number;
  /**
   * Origins Kratos may redirect a form post to, for the CSP's form-action:
   * social sign-in providers, and the addresses return_to may lead to.
   */
  extraFormActions: string[];
  /** Origins logos may be loaded from (the CSP's img-src): the apps' own addresses, LOGO_ORIGINS, and the brand's logo. */
  logoOrigins: string[];
  /** Hydra's admin API, when this UI is also an OAuth2 provider's login and consent UI; unset turns OAuth2 off. */
  hydraAdminUrl?: URL;
  /** Where the browser reaches Hydra's public API (needed with hydraAdminUrl). */
  hydraPublicUrl?: URL;
  /** The company's name, logo, colours and links (BRAND_*); each unset part keeps the neutral default. */
  brand: Brand;
  /** The languages pages are offered in, and the one for browsers that ask for none of them. */
  languages: LanguageSettings;
  /** OAuth2 clients of the company itself, whose requests need no consent screen. */
  firstPartyClientIds: string[];
  /** Kratos's admin API; unset turns the admin area and account deletion off. */
  kratosAdminUrl?: URL;
  /** Who may use /admin besides identities whose metadata_public.roles holds "admin": identity ids, or verified email addresses (lower case). */
  adminIdentities: string[];
  /** What "delete my account" does: nothing offered, delete the identity, or set it inactive. */
  accountDeletion: AccountDeletion;
  /** How recently a person must have signed in to delete their account; keep it equal to Kratos's privileged_session_max_age. */
  privilegedSessionMaxAgeMs: number;
  /**
   * Whether this instance serves the self-service pages (sign-in, settings, …).
   * False (SELF_SERVICE=off) makes a staff-only instance: only /admin, whose
   * staff sign in on the pages Kratos's ui_url settings name (the public instance).
   */
  selfService: boolean;
};

export const ACCOUNT_DELETION_MODES = ["off", "delete", "deactivate"] as const;
export type AccountDeletion = (typeof ACCOUNT_DELETION_MODES)[number];

export const SELF_SERVICE_MODES = ["on", "off"] as const;

export class ConfigError extends Error {}

function parseUrl(name: string, fallback: string): URL {
  const raw = process.env[name]?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name}="${raw}" is not a valid URL (expected e.g. http://localhost:4433).`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${name}="${raw}" must start with http:// or https://.`);
  }
  return new URL(url.href.endsWith("/") ? url.href : `${url.href}/`);
}

function parsePositiveInt(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name}="${raw}" must be a positive whole number.`);
  return value;
}

function parseOrigins(name: string, example: string): string[] {
  const raw = process.env[name]?.trim();
  if (!raw) return [];
  return raw.split(/[\s,]+/).map((entry) => {
    try {
      const url = new URL(entry);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // reported below
    }
    throw new ConfigError(`${name} has "${entry}", which is not an http(s) address such as ${example}.`);
  });
}

function parseList(name: string): string[] {
  return (process.env[name]?.trim() ?? "").split(/[\s,]+/).filter(Boolean);
}

function parseLanguages(): LanguageSettings {
  const listed = parseList("LANGUAGES").map((tag) => tag.toLowerCase());
  for (const tag of listed) {
    if (!isLocale(tag)) throw new ConfigError(`LANGUAGES has "${tag}", which this UI has no texts for (it has ${locales.join(", ")}).`);
  }
  const offered = listed.length ? (listed as Locale[]) : [...locales];
  const fallback = process.env.DEFAULT_LANGUAGE?.trim().toLowerCase() || (offered.includes(defaultLocale) ? defaultLocale : offered[0]!);
  if (!isLocale(fallback) || !offered.includes(fallback)) {
    throw new ConfigError(`DEFAULT_LANGUAGE="${fallback}" must be one of the offered languages (${offered.join(", ")}).`);
  }
  return { offered, fallback };
}

/** A link a person follows: a web address, or mailto: for support. */
function parseLink(name: string, { mail = false } = {}): string | undefined {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  const allowed = ["https:", "http:", ...(mail ? ["mailto:"] : [])];
  if (!url || !allowed.includes(url.protocol)) {
    throw new ConfigError(`${name}="${raw}" must be an http(s) address${mail ? " or a mailto: address" : ""}.`);
  }
  return url.href;
}

/** A logo: a file in public/ (`/logo.svg`) or an http(s) address, whose origin the CSP then allows. */
function parseLogo(name: string): string | undefined {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  if (raw.startsWith("/") && !raw.startsWith("//")) return raw;
  return parseLink(name);
}

function parseBrand(): Brand {
  const name = process.env.BRAND_NAME?.trim();
  if (name && name.length > 60) throw new ConfigError(`BRAND_NAME is ${name.length} characters long; at most 60 fit in page titles.`);
  const light = parseLogo("BRAND_LOGO_URL");
  const dark = parseLogo("BRAND_LOGO_DARK_URL");
  if (dark && !light) throw new ConfigError("BRAND_LOGO_DARK_URL is set without BRAND_LOGO_URL: set the light theme's logo too.");
  const primary = process.env.BRAND_PRIMARY?.trim();
  const primaryDark = process.env.BRAND_PRIMARY_DARK?.trim() || undefined;
  if (primaryDark && !primary) throw new ConfigError("BRAND_PRIMARY_DARK is set without BRAND_PRIMARY: set the light theme's colour too.");
  let palettes: Brand["palettes"];
  try {
    palettes = primary ? brandPalettes(primary, primaryDark) : undefined;
  } catch (error) {
    throw new ConfigError(
      `BRAND_PRIMARY${primaryDark ? "/BRAND_PRIMARY_DARK" : ""}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  return {
    name: name || undefined,
    logo: light ? { light, dark } : undefined,
    palettes,
    supportUrl: parseLink("BRAND_SUPPORT_URL", { mail: true }),
    termsUrl: parseLink("BRAND_TERMS_URL"),
    privacyUrl: parseLink("BRAND_PRIVACY_URL"),
  };
}

function parseHydra(): { hydraAdminUrl?: URL; hydraPublicUrl?: URL } {
  if (!process.env.HYDRA_ADMIN_URL?.trim()) return {};
  if (!process.env.HYDRA_PUBLIC_URL?.trim()) {
    throw new ConfigError(
      "HYDRA_ADMIN_URL is set but HYDRA_PUBLIC_URL is not: set it to where browsers reach Hydra (e.g. https://auth.example.com).",
    );
  }
  return { hydraAdminUrl: parseUrl("HYDRA_ADMIN_URL", ""), hydraPublicUrl: parseUrl("HYDRA_PUBLIC_URL", "") };
}

function parseChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const choice = choices.find((entry) => entry === raw);
  if (!choice) throw new ConfigError(`${name}="${raw}" must be one of: ${choices.join(", ")}.`);
  return choice;
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration as Kratos writes them in its configuration: 15m, 1h, 90s, 500ms. */
function parseDuration(name: string, fallback: string): number {
  const raw = process.env[name]?.trim() || fallback;
  const match = /^(\d+)(ms|s|m|h)$/.exec(raw);
  const unit = match?.[2] ? DURATION_UNITS_MS[match[2]] : undefined;
  if (!match || unit === undefined) throw new ConfigError(`${name}="${raw}" must be a duration such as 15m, 1h or 90s.`);
  return Number(match[1]) * unit;
}

function parseKratosAdmin(): Pick<
  AppConfig,
  "kratosAdminUrl" | "adminIdentities" | "accountDeletion" | "privilegedSessionMaxAgeMs" | "selfService"
> {
  const kratosAdminUrl = process.env.KRATOS_ADMIN_URL?.trim() ? parseUrl("KRATOS_ADMIN_URL", "") : undefined;
  const accountDeletion = parseChoice("ACCOUNT_DELETION", ACCOUNT_DELETION_MODES, "off");
  if (accountDeletion !== "off" && !kratosAdminUrl) {
    throw new ConfigError(`ACCOUNT_DELETION="${accountDeletion}" needs KRATOS_ADMIN_URL: only Kratos's admin API can delete an identity.`);
  }
  const selfService = parseChoice("SELF_SERVICE", SELF_SERVICE_MODES, "on") === "on";
  if (!selfService && !kratosAdminUrl) {
    throw new ConfigError('SELF_SERVICE="off" needs KRATOS_ADMIN_URL: a staff-only instance serves only the admin area.');
  }
  if (!selfService && accountDeletion !== "off") {
    throw new ConfigError(
      `ACCOUNT_DELETION="${accountDeletion}" has no effect with SELF_SERVICE="off" (there are no settings pages): set it on the public instance.`,
    );
  }
  return {
    selfService,
    ...(kratosAdminUrl && { kratosAdminUrl }),
    adminIdentities: parseList("ADMIN_IDENTITIES").map((entry) => entry.toLowerCase()),
    accountDeletion,
    privilegedSessionMaxAgeMs: parseDuration("PRIVILEGED_SESSION_MAX_AGE", "15m"),
  };
}

export function readConfig(): AppConfig {
  const kratosPublicUrl = parseUrl("KRATOS_PUBLIC_URL", "http://localhost:4433/");
  const hydra = parseHydra();
  const brand = parseBrand();
  const brandLogoOrigins = [brand.logo?.light, brand.logo?.dark].flatMap((logo) => (logo?.includes("://") ? [new URL(logo).origin] : []));
  return {
    kratosPublicUrl,
    kratosBrowserUrl: process.env.KRATOS_BROWSER_URL?.trim() ? parseUrl("KRATOS_BROWSER_URL", kratosPublicUrl.href) : kratosPublicUrl,
    kratosTimeoutMs: parsePositiveInt("KRATOS_TIMEOUT_MS", 8000),
    extraFormActions: [
      ...new Set([
        ...parseOrigins("CSP_FORM_ACTION_ORIGINS", "https://accounts.google.com"),
        // Kratos answers a successful form post with a redirect to return_to, and browsers check that redirect too.
        ...parseOrigins("ALLOWED_RETURN_URLS", "https://app.example.com/welcome"),
        // A sign-in for an app passes through Hydra after the form post to Kratos.
        ...(hydra.hydraPublicUrl ? [hydra.hydraPublicUrl.origin] : []),
      ]),
    ],
    logoOrigins: [
      ...new Set([
        ...parseOrigins("LOGO_ORIGINS", "https://cdn.example.com"),
        ...parseOrigins("ALLOWED_RETURN_URLS", "https://app.example.com/welcome"),
        ...brandLogoOrigins,
      ]),
    ],
    brand,
    ...hydra,
    firstPartyClientIds: parseList("FIRST_PARTY_CLIENT_IDS"),
    languages: parseLanguages(),
    ...parseKratosAdmin(),
  };
}

/** Settings of the HTTP server itself (server.ts), not needed by the pages. */
export type ServerConfig = {
  /** Address to listen on: `localhost`, or `0.0.0.0` in a container. */
  host: string;
  port: number;
  /** How long a SIGTERM waits for requests in flight before the process exits anyway. */
  drainTimeoutMs: number;
  /** Idle time before a kept-alive connection is closed; above the load balancer's own. */
  keepAliveTimeoutMs: number;
  /** Port of the Prometheus /metrics listener; none when unset. */
  metricsPort?: number;
};

// A host name or an IPv4/IPv6 address, not a URL.
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/;

function parseHost(name: string, fallback: string): string {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!HOST.test(raw)) throw new ConfigError(`${name}="${raw}" must be a host name or an IP address, such as localhost or 0.0.0.0.`);
  return raw;
}

function parsePort(name: string): number | undefined {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) throw new ConfigError(`${name}="${raw}" must be a port number from 1 to 65535.`);
  return value;
}

export function readServerConfig(): ServerConfig {
  const port = parsePort("PORT") ?? 3000;
  const metricsPort = parsePort("METRICS_PORT");
  if (metricsPort === port)
    throw new ConfigError(`METRICS_PORT="${metricsPort}" must differ from PORT: metrics are never served on the public port.`);
  return {
    host: parseHost("HOST", "localhost"),
    port,
    drainTimeoutMs: parsePositiveInt("DRAIN_TIMEOUT_MS", 10_000),
    keepAliveTimeoutMs: parsePositiveInt("KEEP_ALIVE_TIMEOUT_MS", 65_000),
    ...(metricsPort !== undefined && { metricsPort }),
  };
}
