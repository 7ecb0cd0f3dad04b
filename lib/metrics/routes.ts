/*
 * Metric labels must come from a small fixed set, or every distinct URL would
 * start a new time series. Paths are mapped to the routes this UI has and to
 * the Kratos endpoints it calls; anything else is "other".
 */

const UI_ROUTES = new Set([
  "/",
  "/login",
  "/registration",
  "/recovery",
  "/verification",
  "/verification/required",
  "/settings",
  "/sessions",
  "/logout",
  "/error",
  "/consent",
  "/oauth2/continue",
  "/health/alive",
  "/health/ready",
  "/favicon.ico",
  "/settings/delete",
  "/goodbye",
  "/admin",
  "/admin/new",
  "/admin/courier",
  "/admin/second-factor",
]);

const ADMIN_IDENTITY_PAGE = /^\/admin\/identities\/[^/]+$/;

/** The route a request path (without its query) belongs to; `basePath` is the UI's BASE_PATH. */
export function uiRoute(requested: string, basePath = ""): string {
  if (basePath && requested !== basePath && !requested.startsWith(`${basePath}/`)) return "other";
  const path = requested.slice(basePath.length) || "/";
  if (path.startsWith("/_next/static/")) return "/_next/static";
  if (path.startsWith("/_next/")) return "/_next";
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  if (ADMIN_IDENTITY_PAGE.test(trimmed)) return "/admin/identities/{id}";
  return UI_ROUTES.has(trimmed) ? trimmed : "other";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KRATOS_ENDPOINT =
  /^\/(?:self-service\/(?:login|registration|recovery|verification|settings|logout)\/(?:browser|flows|api)|self-service\/errors|sessions(?:\/whoami|\/\{id\})?|schemas(?:\/\{id\})?|health\/(?:alive|ready))$/;

/**
 * The Kratos endpoint a call went to, with ids replaced by `{id}`. `basePath` is
 * the path of KRATOS_PUBLIC_URL, when Kratos is served below one.
 */
const HYDRA_ENDPOINT = /^\/admin\/oauth2\/auth\/(?:requests\/(?:login|consent|logout)(?:\/accept|\/reject)?|sessions\/consent)$/;

const KRATOS_ADMIN_ENDPOINT =
  /^\/admin\/(?:identities(?:\/\{id\}(?:\/sessions|\/credentials\/[a-z_]+)?)?|sessions\/\{id\}|recovery\/code|courier\/messages)$/;

export function kratosEndpoint(path: string, basePath = "/"): string {
  // Hydra's admin calls are recorded as "hydra:<path>" (lib/hydra/client.ts).
  if (path.startsWith("hydra:")) return HYDRA_ENDPOINT.test(path.slice(6)) ? path : "hydra:other";
  // Kratos's admin calls as "kratos-admin:<path>" (lib/kratos/admin-client.ts), ids replaced.
  if (path.startsWith("kratos-admin:")) {
    const endpoint = path
      .slice(13)
      .split("/")
      .map((segment) => (UUID.test(segment) ? "{id}" : segment))
      .join("/");
    return KRATOS_ADMIN_ENDPOINT.test(endpoint) ? `kratos-admin:${endpoint}` : "kratos-admin:other";
  }
  const prefix = basePath.replace(/\/$/, "");
  const relative = prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
  const segments = relative.split("/");
  const normalised = segments.map((segment, index) => {
    const previous = segments[index - 1];
    if (UUID.test(segment)) return "{id}";
    if (previous === "schemas" && segment) return "{id}";
    if (previous === "sessions" && segment && segment !== "whoami") return "{id}";
    return segment;
  });
  const endpoint = normalised.join("/");
  return KRATOS_ENDPOINT.test(endpoint) ? endpoint : "other";
}
