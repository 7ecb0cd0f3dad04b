// Where the production-like stack lives: the shared stack ports (nginx takes
// the UI's 3000), two UI instances behind it, and its own PostgreSQL.
import path from "node:path";
import { repoRoot } from "../kratos-module";
import type { NamedPort } from "../prerequisites";
import { PORTS } from "../stack-config";

export const PROD_PORTS = {
  nginx: { port: PORTS.ui.port, name: "nginx (the UI's address)" },
  uiA: { port: 3001, name: "UI instance 1" },
  uiB: { port: 3002, name: "UI instance 2" },
  kratosPublic: PORTS.kratosPublic,
  kratosAdmin: PORTS.kratosAdmin,
  maildevWeb: PORTS.maildevWeb,
  smtp: PORTS.smtp,
  postgres: { port: 5433, name: "PostgreSQL" },
} as const satisfies Record<string, NamedPort>;

export const UI_INSTANCE_PORTS = [PROD_PORTS.uiA.port, PROD_PORTS.uiB.port] as const;

export const prodDataDir = path.join(repoRoot, ".data", "prod");

/** The pid of a supervised service's current process (its process group), for tools that kill it on purpose. */
export function pidFile(serviceId: string): string {
  return path.join(prodDataDir, "run", `${serviceId}.pid`);
}

export const uiInstanceId = (port: number): string => `ui-${port}`;
export const KRATOS_SERVICE_ID = "kratos";
