// Where the local stack lives. Everything uses `localhost`, never 127.0.0.1:
// cookies and WebAuthn break when the two are mixed.
import path from "node:path";
import { repoRoot } from "./kratos-module";
import type { NamedPort } from "./prerequisites";

export type StackMode = "dev" | "test";

export const PORTS = {
  ui: { port: 3000, name: "UI" },
  kratosPublic: { port: 4433, name: "Kratos public API" },
  kratosAdmin: { port: 4434, name: "Kratos admin API" },
  maildevWeb: { port: 1080, name: "MailDev web UI" },
  smtp: { port: 1025, name: "MailDev SMTP" },
  idp: { port: 4450, name: "Local IdP (OpenID provider)" },
  hydraPublic: { port: 4444, name: "Hydra public API" },
  hydraAdmin: { port: 4445, name: "Hydra admin API" },
  demoApp: { port: 4446, name: "Demo OAuth2 app" },
} as const satisfies Record<string, NamedPort>;

export const URLS = {
  ui: "http://localhost:3000",
  kratosPublic: "http://localhost:4433",
  kratosAdmin: "http://localhost:4434",
  maildev: "http://localhost:1080",
  idp: "http://localhost:4450",
  demoApp: "http://localhost:4446",
  hydraPublic: "http://localhost:4444",
  hydraAdmin: "http://localhost:4445",
} as const;

/** The local stacks' admin by configuration (ADMIN_IDENTITIES), once this address is verified. */
export const LOCAL_ADMIN_EMAIL = "admin@example.org";

export const kratosConfigDir = path.join(repoRoot, "kratos");

export function dataDir(mode: StackMode): string {
  return path.join(repoRoot, ".data", mode);
}

/** Kratos config layered over kratos/kratos.yml; Kratos hot-reloads it (tests rewrite it). */
export function kratosOverridesFile(mode: StackMode): string {
  return path.join(dataDir(mode), "kratos.overrides.yml");
}
