import { execFile } from "node:child_process";
import { constants, existsSync, rmSync } from "node:fs";
import { access, mkdir, rename } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { KRATOS_VERSION, kratosBuildDir } from "./kratos-module";
import { fail, requireCommand } from "./prerequisites";
import { progress } from "./progress";
import { printTail, runLines } from "./run";

const exec = promisify(execFile);
const TAGS = "sqlite,json1";
const ALTERNATIVES = "or set KRATOS_BIN to a Kratos binary, or KRATOS_PUBLIC_URL to use a running Kratos.";

export function cachedKratosPath(): string {
  const cacheHome = process.env.XDG_CACHE_HOME?.trim() || path.join(os.homedir(), ".cache");
  return path.join(cacheHome, "kratos-account-ui", `kratos-${KRATOS_VERSION}`, "kratos");
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** Path of a runnable Kratos: $KRATOS_BIN, the cached build, or a fresh build. */
export async function ensureKratosBinary(): Promise<string> {
  const explicit = process.env.KRATOS_BIN?.trim();
  if (explicit) {
    if (!(await isExecutable(explicit))) fail(`KRATOS_BIN=${explicit} is not an executable file. Fix the path or unset KRATOS_BIN to build Kratos ${KRATOS_VERSION}.`);
    return path.resolve(explicit);
  }
  const cached = cachedKratosPath();
  if (await isExecutable(cached)) return cached;
  await buildKratos(cached);
  return cached;
}

async function requireToolchain(): Promise<void> {
  await requireCommand("go", `Building Kratos ${KRATOS_VERSION} needs Go >= 1.23 (https://go.dev/dl/): install it, ${ALTERNATIVES}`);
  const { stdout } = await exec("go", ["env", "CC"]);
  const compiler = stdout.trim().split(/\s+/)[0] || "gcc";
  await requireCommand(compiler, `Kratos's SQLite driver needs cgo: install a C compiler (Debian/Ubuntu: apt-get install gcc, macOS: xcode-select --install), ${ALTERNATIVES}`);
}

async function downloadModules(): Promise<void> {
  console.log(`Downloading the Go modules Kratos ${KRATOS_VERSION} needs (go mod download)…`);
  let fetched = 0;
  const bar = progress((n) => `Downloading Go modules: ${n} fetched`);
  const result = await runLines("go", ["mod", "download", "-x"], { cwd: kratosBuildDir }, (line) => {
    if (!/\.zip: \d{3} /.test(line)) return;
    fetched += 1;
    bar.tick();
  });
  bar.finish(fetched === 0 ? "Go modules: all in the module cache already." : undefined);
  if (result.code !== 0) {
    printTail("[go]", result.output);
    fail("go mod download failed (output above). Check your network or GOPROXY.");
  }
}

/** Packages `go build` will compile; -v prints one line per compiled package. */
async function packagesToCompile(env: NodeJS.ProcessEnv): Promise<number> {
  const { stdout } = await exec("go", ["list", "-deps", "-tags", TAGS, "-f", "{{if .Stale}}x{{end}}", "."], {
    cwd: kratosBuildDir,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.split("\n").filter(Boolean).length;
}

async function buildKratos(target: string): Promise<void> {
  await requireToolchain();
  await downloadModules();
  const env = { ...process.env, CGO_ENABLED: "1" };
  const total = await packagesToCompile(env);
  await mkdir(path.dirname(target), { recursive: true });
  // Build next to the target and rename: an interrupted build never leaves a half-written binary behind.
  const partial = `${target}.partial-${process.pid}`;
  const removePartial = (): void => rmSync(partial, { force: true });
  const interrupted = (): never => process.exit(130);
  process.on("exit", removePartial);
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  const label = `Building Kratos ${KRATOS_VERSION} (first run only, ~2-4 min)`;
  const describe = (n: number): string => `${label}: ${Math.min(n, total)}/${total} packages`;
  const bar = progress(describe);
  const args = [
    "build", "-v", "-buildvcs=false", "-tags", TAGS,
    "-ldflags", `-X github.com/ory/kratos/driver/config.Version=${KRATOS_VERSION}`,
    "-o", partial, ".",
  ];
  const result = await runLines("go", args, { cwd: kratosBuildDir, env }, (line) => {
    if (/^[\w.~-]+(\/[\w.~-]+)*$/.test(line)) bar.tick();
  });
  // -v lists compiled packages only; cached ones never show up, so a success is simply "all".
  bar.finish(result.code === 0 ? describe(total) : undefined);
  process.off("SIGINT", interrupted);
  process.off("SIGTERM", interrupted);
  if (result.code !== 0 || !existsSync(partial)) {
    removePartial();
    printTail("[go]", result.output);
    fail(`Building Kratos ${KRATOS_VERSION} failed (last lines above).`);
  }
  await rename(partial, target);
  process.off("exit", removePartial);
  console.log(`Kratos ${KRATOS_VERSION} built: ${target}`);
}
