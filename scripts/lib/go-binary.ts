import { execFile } from "node:child_process";
import { constants, existsSync, rmSync } from "node:fs";
import { access, mkdir, rename } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { GoProgram } from "./go-programs";
import { fail, requireCommand } from "./prerequisites";
import { progress } from "./progress";
import { printTail, runLines } from "./run";

const exec = promisify(execFile);

function alternatives(program: GoProgram): string {
  return `or set ${program.binaryVariable} to a ${program.name} binary, or ${program.runningVariable} to use a running ${program.name}.`;
}

/** Where a built binary is kept, outside the repository, one folder per version. */
export function cachedBinaryPath(program: GoProgram): string {
  const cacheHome = process.env.XDG_CACHE_HOME?.trim() || path.join(os.homedir(), ".cache");
  const command = program.name.toLowerCase();
  return path.join(cacheHome, "kratos-account-ui", `${command}-${program.version}`, command);
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** Path of a runnable binary: $<PROGRAM>_BIN, the cached build, or a fresh build. */
export async function ensureGoBinary(program: GoProgram): Promise<string> {
  const explicit = process.env[program.binaryVariable]?.trim();
  if (explicit) {
    if (!(await isExecutable(explicit))) {
      fail(
        `${program.binaryVariable}=${explicit} is not an executable file. Fix the path or unset it to build ${program.name} ${program.version}.`,
      );
    }
    return path.resolve(explicit);
  }
  const cached = cachedBinaryPath(program);
  if (await isExecutable(cached)) return cached;
  await buildProgram(program, cached);
  return cached;
}

/** The pinned module's folder in Go's module cache (for its OpenAPI spec), downloading it if needed. */
export async function goModuleDir(program: GoProgram): Promise<string> {
  const { stdout } = await exec("go", ["mod", "download", "-json", `${program.module}@${program.version}`], {
    cwd: program.buildDir,
    maxBuffer: 8 * 1024 * 1024,
  });
  const info = JSON.parse(stdout) as { Dir?: string; Error?: string };
  if (!info.Dir) throw new Error(info.Error ?? "go mod download did not report a module directory");
  return info.Dir;
}

async function requireToolchain(program: GoProgram): Promise<void> {
  await requireCommand(
    "go",
    `Building ${program.name} ${program.version} needs Go >= 1.23 (https://go.dev/dl/): install it, ${alternatives(program)}`,
  );
  const { stdout } = await exec("go", ["env", "CC"]);
  const compiler = stdout.trim().split(/\s+/)[0] || "gcc";
  await requireCommand(
    compiler,
    `${program.name}'s SQLite driver needs cgo: install a C compiler (Debian/Ubuntu: apt-get install gcc, macOS: xcode-select --install), ${alternatives(program)}`,
  );
}

async function downloadModules(program: GoProgram): Promise<void> {
  console.log(`Downloading the Go modules ${program.name} ${program.version} needs (go mod download)…`);
  let fetched = 0;
  const bar = progress((n) => `Downloading Go modules: ${n} fetched`);
  const result = await runLines("go", ["mod", "download", "-x"], { cwd: program.buildDir }, (line) => {
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
async function packagesToCompile(program: GoProgram, env: NodeJS.ProcessEnv): Promise<number> {
  const { stdout } = await exec("go", ["list", "-deps", "-tags", program.tags, "-f", "{{if .Stale}}x{{end}}", "."], {
    cwd: program.buildDir,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.split("\n").filter(Boolean).length;
}

async function buildProgram(program: GoProgram, target: string): Promise<void> {
  await requireToolchain(program);
  await downloadModules(program);
  const env = { ...process.env, CGO_ENABLED: "1" };
  const total = await packagesToCompile(program, env);
  await mkdir(path.dirname(target), { recursive: true });
  // Build next to the target and rename: an interrupted build never leaves a half-written binary behind.
  const partial = `${target}.partial-${process.pid}`;
  const removePartial = (): void => rmSync(partial, { force: true });
  const interrupted = (): never => process.exit(130);
  process.on("exit", removePartial);
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  const label = `Building ${program.name} ${program.version} (first run only, ~${program.expectedMinutes} min)`;
  const describe = (n: number): string => `${label}: ${Math.min(n, total)}/${total} packages`;
  const bar = progress(describe);
  const ldflags = `-X ${program.versionPackage}.Version=${program.version}`;
  const args = ["build", "-v", "-buildvcs=false", "-tags", program.tags, "-ldflags", ldflags, "-o", partial, "."];
  const result = await runLines("go", args, { cwd: program.buildDir, env }, (line) => {
    if (/^[\w.~-]+(\/[\w.~-]+)*$/.test(line)) bar.tick();
  });
  // -v lists compiled packages only; cached ones never show up, so a success is simply "all".
  bar.finish(result.code === 0 ? describe(total) : undefined);
  process.off("SIGINT", interrupted);
  process.off("SIGTERM", interrupted);
  if (result.code !== 0 || !existsSync(partial)) {
    removePartial();
    printTail("[go]", result.output);
    fail(`Building ${program.name} ${program.version} failed (last lines above).`);
  }
  await rename(partial, target);
  process.off("exit", removePartial);
  console.log(`${program.name} ${program.version} built: ${target}`);
}
