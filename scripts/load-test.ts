// A bounded load test that proves per-user isolation under load, against the
// local stack only (every URL must be http(s)://localhost).
//
//   npx tsx scripts/load-test.ts [--users N] [--seconds S] [--concurrency C] [--chaos [--recovery-seconds R]]
//   (npm run load -- --users 5 --seconds 5)
//
// Creates N identities (load-<run>-<i>@example.org) through Kratos's admin API,
// signs each in through a real browser login flow, then for S seconds has C
// workers load `/` and `/settings` as random users with their own cookies. Every
// 200 page must show its user's email and no other load user's; no 5xx allowed.
// Prints a report and a Markdown row block for README, deletes the identities,
// and exits 1 on any 5xx or isolation violation, if a user was signed out by the
// end, or if nothing was checked.
// --chaos (production-like stack only, npm run stack:prod): mid-run, one UI
// instance is killed and Kratos is stopped, and both are restarted by the stack;
// only the errors these outages explain are allowed (lib/load/chaos-verdict.ts),
// and pages must recover within R seconds of Kratos's stop.
// Defaults: N 20 (max 200), S 20 (max 120), C 16 (max 64), R 30. Env: UI_URL,
// KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL (all default to the dev stack's localhost ports).
import { randomBytes } from "node:crypto";
import { requireProdStack, runChaos, type ChaosTimeline } from "./lib/load/chaos";
import { judgeChaos } from "./lib/load/chaos-verdict";
import { readOptions, UsageError } from "./lib/load/options";
import { chaosReport, failures, markdown, report } from "./lib/load/report";
import { Recorder } from "./lib/load/stats";
import { deleteIdentity, lostSessions, mapPool, setUpUsers } from "./lib/load/users";
import { runWorkers, type RunContext } from "./lib/load/workers";

/** How long page loads still running at the deadline may take before they are cut off. */
const GRACE_MS = 10_000;
const SETUP_CONCURRENCY = 8;
/** With --chaos: how long the load goes on after the last restarted service answers, at least. */
const AFTER_CHAOS_MS = 5_000;

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env);
  if (options.chaos) await requireProdStack();
  const run = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  console.log(
    `load test ${run}: UI ${options.uiUrl.origin}, Kratos ${options.kratosPublicUrl.origin} (admin ${options.kratosAdminUrl.origin})`,
  );

  const stop = new AbortController();
  const onSigint = (): void => {
    if (stop.signal.aborted) process.exit(130);
    console.log("\nstopping; Ctrl-C again to quit without deleting the identities");
    stop.abort();
  };
  process.on("SIGINT", onSigint);

  const created: string[] = [];
  try {
    const setupStarted = performance.now();
    const users = await setUpUsers(
      { run, count: options.users, limit: SETUP_CONCURRENCY, adminUrl: options.kratosAdminUrl, publicUrl: options.kratosPublicUrl },
      created,
    );
    console.log(
      `created and signed in ${users.length} users in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; loading for ${options.seconds} s`,
    );

    const recorder = new Recorder();
    const started = performance.now();
    const context: RunContext = { uiUrl: options.uiUrl, users, recorder, deadline: started + options.seconds * 1000, signal: stop.signal };
    let grace = setTimeout(() => stop.abort(), options.seconds * 1000 + GRACE_MS);
    // A slow restart must not leave the load without time to show the recovery: the load goes on a little after it.
    const loadOnAfterChaos = (): void => {
      context.deadline = Math.max(context.deadline, performance.now() + AFTER_CHAOS_MS);
      clearTimeout(grace);
      grace = setTimeout(() => stop.abort(), context.deadline - performance.now() + GRACE_MS);
    };
    // Settled into a value at once: a failure during the load must wait for the load, not crash the run before cleanup.
    const chaos: Promise<{ timeline?: ChaosTimeline; error?: unknown }> = options.chaos
      ? runChaos({ started, seconds: options.seconds, kratosAdminUrl: options.kratosAdminUrl, signal: stop.signal }).then(
          (timeline) => {
            loadOnAfterChaos();
            return { timeline };
          },
          (error: unknown) => ({ error }),
        )
      : Promise.resolve({});
    await runWorkers(context, options.concurrency);
    clearTimeout(grace);
    const { timeline, error: chaosError } = await chaos;
    if (chaosError !== undefined) throw chaosError;
    const lost = await lostSessions(options.kratosPublicUrl, users, SETUP_CONCURRENCY);
    const facts = {
      users: options.users,
      concurrency: options.concurrency,
      elapsed: (performance.now() - started) / 1000,
      cap: options.seconds,
    };

    console.log(`\n${report(facts, recorder)}\n\nMarkdown (for README):\n\n${markdown(facts, recorder)}\n`);
    const verdict =
      timeline &&
      judgeChaos(timeline, recorder.events, recorder.checkedAt, {
        concurrency: options.concurrency,
        recoveryMs: options.recoverySeconds * 1000,
      });
    if (timeline && verdict) console.log(`${chaosReport(timeline, verdict, started, options.concurrency)}\n`);
    console.log(
      `still signed in at the end: ${users.length - lost.length}/${users.length}${lost.length > 0 ? ` (${lost.slice(0, 5).join("; ")})` : ""}`,
    );
    const reasons = failures(recorder, lost, verdict);
    console.log(reasons.length === 0 ? "PASS" : `FAIL: ${reasons.join(", ")}`);
    return reasons.length === 0 ? 0 : 1;
  } finally {
    process.off("SIGINT", onSigint);
    await cleanUp(options.kratosAdminUrl, created);
  }
}

async function cleanUp(adminUrl: URL, ids: readonly string[]): Promise<void> {
  try {
    await mapPool(ids, SETUP_CONCURRENCY, (id) => deleteIdentity(adminUrl, id));
    console.log(`deleted ${ids.length} identities`);
  } catch (error) {
    console.error(`could not delete every identity (${error instanceof Error ? error.message : String(error)})`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`load-test: ${error.message}`);
      process.exit(2);
    }
    console.error(`load-test failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
