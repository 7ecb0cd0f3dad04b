import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);

export const KRATOS_VERSION = "v1.3.1";
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const kratosBuildDir = path.join(repoRoot, "kratos", "build");

/** Directory of the pinned Kratos module in Go's module cache, downloading it if needed. */
export async function kratosModuleDir(): Promise<string> {
  const { stdout } = await run("go", ["mod", "download", "-json", `github.com/ory/kratos@${KRATOS_VERSION}`], {
    cwd: kratosBuildDir,
    maxBuffer: 8 * 1024 * 1024,
  });
  const info = JSON.parse(stdout) as { Dir?: string; Error?: string };
  if (!info.Dir) throw new Error(info.Error ?? "go mod download did not report a module directory");
  return info.Dir;
}
