import path from "node:path";
import { repoRoot } from "./kratos-module";

/**
 * How the production UI server starts: plain Node on the compiled server, as
 * `npm start` and the container do (the build must exist: `npm run build`).
 * The one place to change when the server's entry point changes.
 */
export function uiServerCommand(): { command: string; args: string[] } {
  return { command: process.execPath, args: [path.join(repoRoot, "dist", "server.js")] };
}

/** The steps of `npm run build`, for scripts that build without npm. */
export function uiBuildSteps(): { name: string; args: string[] }[] {
  return [
    { name: "next build", args: [path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "build"] },
    { name: "server build", args: [path.join(repoRoot, "scripts", "build-server.mjs")] },
  ];
}
