import path from "node:path";
import { repoRoot } from "./kratos-module";

/**
 * How the production UI server starts (the build must exist: `next build`).
 * The one place to change when the server's entry point changes.
 */
export function uiServerCommand(): { command: string; args: string[] } {
  return { command: process.execPath, args: [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "server.ts"] };
}
