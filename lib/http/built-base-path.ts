import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The base path a production build was made with: Next compiles it into routes
 * and links, so the server must run with the same BASE_PATH. Undefined when the
 * build does not say (no build yet, or a development server).
 */
export function builtBasePath(distDir: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(distDir, "required-server-files.json"), "utf8"));
    const config = typeof manifest === "object" && manifest !== null ? (manifest as { config?: { basePath?: unknown } }).config : undefined;
    return typeof config?.basePath === "string" ? config.basePath : undefined;
  } catch {
    return undefined;
  }
}

/** One line saying what to do when the server's BASE_PATH is not the build's, else undefined. */
export function basePathMismatch(distDir: string, runtime: string | undefined): string | undefined {
  const built = builtBasePath(distDir);
  const wanted = runtime?.trim() === "/" ? "" : (runtime?.trim() ?? "");
  if (built === undefined || built === wanted) return undefined;
  return `BASE_PATH is "${wanted}" but the build in ${distDir} was made with "${built}": run \`npm run build\` again with BASE_PATH=${wanted || '""'}, or start with BASE_PATH=${built || '""'}.`;
}
