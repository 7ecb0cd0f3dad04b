import path from "node:path";
import { repoRoot } from "./kratos-module";

/**
 * V8 collects lazily: under load the UI's memory grew to 430 MB and more, with
 * 63 MB live after a collection. A bounded old generation keeps it near 300 MB at
 * the same throughput (README, "Performance").
 */
const PRODUCTION_NODE_FLAGS = ["--max-old-space-size=256"];

/** The steps of `npm run build`, for scripts that build without npm. */
export function uiBuildSteps(): { name: string; args: string[] }[] {
  return [
    { name: "next build", args: [path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "build"] },
    { name: "server build", args: [path.join(repoRoot, "scripts", "build-server.mjs")] },
  ];
}

/**
 * How the production UI server starts: plain Node on the compiled server, as
 * `npm start` and the container do (the build must exist: `npm run build`).
 * The one place to change when the server's entry point changes (and then
 * `npm start` and the Dockerfile's CMD, which a server test keeps equal).
 */
export function uiServerCommand(): { command: string; args: string[] } {
  return { command: process.execPath, args: [...PRODUCTION_NODE_FLAGS, path.join(repoRoot, "dist", "server.js")] };
}
