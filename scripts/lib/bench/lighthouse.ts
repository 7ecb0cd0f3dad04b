// The optional --lighthouse pass: Lighthouse (mobile, its default) on the
// signed-out pages, run by npx at a pinned version (it is not a dependency of
// the project: only this pass needs it) against Debian's Chromium.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Target } from "./load";

const LIGHTHOUSE = "lighthouse@13.5.0";
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const RUN_TIMEOUT_MS = 150_000;

export type LighthouseResult = { page: string; scores: Record<(typeof CATEGORIES)[number], number>; shortfalls: string[] };

type Report = {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
};

export async function lighthouse(target: Target): Promise<LighthouseResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-lighthouse-"));
  const output = path.join(dir, "report.json");
  try {
    await run([
      "--yes",
      LIGHTHOUSE,
      new URL(target.path, target.server.origin).href,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox",
      `--only-categories=${CATEGORIES.join(",")}`,
      "--output=json",
      `--output-path=${output}`,
      ...(target.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: target.cookie })}`] : []),
    ]);
    const report = JSON.parse(readFileSync(output, "utf8")) as Report;
    if (report.runtimeError) throw new Error(`${target.name}: Lighthouse: ${report.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((report.categories[name]?.score ?? 0) * 100)]));
    const shortfalls = Object.values(report.audits)
      .filter(
        (audit) =>
          audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual",
      )
      .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    return { page: target.name, scores: scores as LighthouseResult["scores"], shortfalls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (data: Buffer) => (errors = (errors + data.toString()).slice(-2000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`npx ${LIGHTHOUSE} exited with ${code ?? "a signal"}: ${errors.trim().split("\n").slice(-3).join(" ")}`));
    });
  });
}

export function lighthouseTable(results: readonly LighthouseResult[]): string {
  const lines = [
    `${"page (Lighthouse, mobile)".padEnd(26)}  ${CATEGORIES.map((name) => name.padStart(14)).join("  ")}`,
    ...results.map(
      (result) => `${result.page.padEnd(26)}  ${CATEGORIES.map((name) => String(result.scores[name]).padStart(14)).join("  ")}`,
    ),
  ];
  for (const result of results) if (result.shortfalls.length > 0) lines.push(`  ${result.page}: ${result.shortfalls.join("; ")}`);
  return lines.join("\n");
}
