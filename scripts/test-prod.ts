// `npm run test:prod`: starts the production-like stack, runs the browser
// journeys against it (playwright.prod.config.ts), then the resilience load test
// (100 users; a UI instance killed and Kratos restarted mid-run), and stops the
// stack. `--reuse-build` keeps an existing production build (npm test has just
// made one) instead of running `next build` again.
import path from "node:path";
import { repoRoot } from "./lib/kratos-module";
import { requireNodeVersion } from "./lib/prerequisites";
import { startService } from "./lib/process-groups";
import { shutdown } from "./lib/prod/lifecycle";
import { startProdStack } from "./lib/prod/stack";

const LOAD = ["--users", "100", "--seconds", "40", "--concurrency", "16", "--chaos", "--recovery-seconds", "20"];

/** Runs a step to completion, its output shown as it comes; true when it passed. */
async function step(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  console.log(`\n==> ${name}`);
  const child = startService({ name, command: process.execPath, args, cwd: repoRoot, env, onLine: (line) => console.log(line) });
  const how = await child.exited;
  if (how === "exited with code 0") return true;
  console.error(`✖ ${name} ${how}.`);
  return false;
}

requireNodeVersion(20, 9);
const started = Date.now();
await startProdStack({ reuseBuild: process.argv.includes("--reuse-build") });
const journeys = await step(
  "Browser journeys on the production-like stack",
  [path.join(repoRoot, "node_modules", "@playwright", "test", "cli.js"), "test", "-c", "playwright.prod.config.ts"],
  {
    ...process.env,
    E2E_REUSE_STACK: "1",
  },
);
const load = await step("Load test with a UI instance killed and Kratos restarted", [
  path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"),
  "scripts/load-test.ts",
  ...LOAD,
]);
console.log(`\ntest:prod ${journeys && load ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s; stopping the stack.`);
await shutdown(journeys && load ? 0 : 1);
