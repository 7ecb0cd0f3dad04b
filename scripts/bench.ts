// The performance bench of issue #13: our production build next to the floor (a
// one-page Next app on the same next and react, bench/floor), on this machine.
//
//   npm run bench [-- --seconds S] [--rounds R] [--json] [--lighthouse] [--no-build] [--cpu-prof DIR]
//
// Needs Kratos (the test stack: npx tsx scripts/test-stack.ts, or npm run dev) and
// says so in one line when it is not there. Builds the UI and the floor when their
// sources are newer than their builds, serves them on localhost:3100 and :3101, and
// for each page (/login?flow=, /registration?flow=, /settings?flow= and / signed in,
// the floor's dynamic page, and the floor's own /login: one Kratos flow fetch and a
// bare form, the least a page of this shape does) measures, in interleaved rounds
// of S-second passes at 1 and 16 concurrent keep-alive clients: the server's CPU
// time per request (utime + stime from /proc, children included), requests per
// second, p50 and p99 latency. Then once per page: HTML bytes, the inline RSC
// payload's bytes, and the first-load JavaScript (the page's own script files,
// gzip -9) over the floor's.
// Prints a fixed-width table and whether goals 2 and 3 are met (goal 2 "UNSURE"
// when the bound is not above the floor: the floor's passes were disturbed);
// exits 1 on any non-200 answer. Everything stays on loopback; it stops by itself
// (a watchdog ends it if a pass hangs).
import { ensureFloorBuild, ensureUiBuild } from "./lib/bench/builds";
import { prepareFlows, requireKratos, StackMissing, type BenchFlows } from "./lib/bench/kratos";
import { lighthouse, lighthouseTable, type LighthouseResult } from "./lib/bench/lighthouse";
import { pass, type Target } from "./lib/bench/load";
import { readOptions, UsageError } from "./lib/bench/options";
import { weigh } from "./lib/bench/pages";
import { CONCURRENCIES, FLOOR_LOGIN_PAGE, FLOOR_PAGE, summarize, table, verdicts, type PageResult } from "./lib/bench/report";
import { BENCH_PORTS, startFloor, startUi, type Server } from "./lib/bench/servers";
import { isPortFree } from "./lib/prerequisites";

const WARM_UP_SECONDS = 2;
/** Upper bound for preparing the flows and starting both servers, and slack for each later step. */
const SETUP_SECONDS = 180;
/** Upper bound for one page's Lighthouse audit. */
const LIGHTHOUSE_PAGE_SECONDS = 150;

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  await requireKratos();
  for (const port of Object.values(BENCH_PORTS)) {
    if (!(await isPortFree(port)))
      throw new StackMissing(`port ${port} is in use (another bench?): stop what listens there (lsof -i :${port}).`);
  }
  const builds = { ui: await ensureUiBuild(options.noBuild), floor: await ensureFloorBuild(options.noBuild) };

  const servers: Server[] = [];
  let flows: BenchFlows | undefined;
  const stopAll = async (): Promise<void> => {
    await Promise.all(servers.map((server) => server.stop()));
    await flows?.cleanUp().catch(() => undefined);
  };
  const onSignal = (): void => void stopAll().then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // Each step gets the time it needs and some slack; a step that takes much longer is a hang.
  let watchdog: NodeJS.Timeout | undefined;
  const allow = (seconds: number): void => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      console.error(`bench: a step still running after ${Math.round(seconds)} s; stopping.`);
      void stopAll().then(() => process.exit(1));
    }, seconds * 1000);
  };
  allow(SETUP_SECONDS);

  try {
    flows = await prepareFlows();
    const ui = await startUi(options.cpuProfDir);
    servers.push(ui);
    const floor = await startFloor(options.cpuProfDir);
    servers.push(floor);
    const targets: Target[] = [
      { name: "/login?flow=", server: ui, path: `/login?flow=${flows.login.flow}`, cookie: flows.login.cookie },
      { name: "/registration?flow=", server: ui, path: `/registration?flow=${flows.registration.flow}`, cookie: flows.registration.cookie },
      { name: "/settings?flow=", server: ui, path: `/settings?flow=${flows.signedIn.settingsFlow}`, cookie: flows.signedIn.cookie },
      { name: "/ (signed in)", server: ui, path: "/", cookie: flows.signedIn.cookie },
      { name: FLOOR_PAGE, server: floor, path: "/" },
      { name: FLOOR_LOGIN_PAGE, server: floor, path: `/login?flow=${flows.login.flow}`, cookie: flows.login.cookie },
    ];
    // Weighing and warming each page, then rounds × pages × concurrencies passes of S seconds.
    allow(targets.length * 2 * WARM_UP_SECONDS + options.rounds * targets.length * CONCURRENCIES.length * options.seconds + SETUP_SECONDS);

    const results: PageResult[] = [];
    for (const target of targets) {
      const weight = await weigh(target);
      const warm = await pass(target, 4, WARM_UP_SECONDS);
      if (warm.failures.length > 0) throw new Error(warm.failures[0]);
      results.push({ page: target.name, floor: target.name === FLOOR_PAGE, weight, passes: { 1: [], 16: [] } });
    }
    for (let round = 1; round <= options.rounds; round++) {
      for (const concurrency of CONCURRENCIES) {
        for (const [index, target] of targets.entries()) {
          if (!options.json)
            process.stderr.write(`\rround ${round}/${options.rounds}, ${concurrency} concurrent: ${target.name}`.padEnd(72));
          const result = await pass(target, concurrency, options.seconds);
          if (result.failures.length > 0) throw new Error(result.failures[0]);
          results[index]?.passes[concurrency].push(result);
        }
      }
    }
    if (!options.json) process.stderr.write(`\r${"".padEnd(72)}\r`);

    // As a person arrives at each signed-out page: with its flow and CSRF cookie, one page at a time.
    const audits: LighthouseResult[] = [];
    if (options.lighthouse) {
      const signedOutPages: Target[] = [
        { name: "/login?flow=", server: ui, path: `/login?flow=${flows.login.flow}`, cookie: flows.login.cookie },
        {
          name: "/registration?flow=",
          server: ui,
          path: `/registration?flow=${flows.registration.flow}`,
          cookie: flows.registration.cookie,
        },
        { name: "/recovery?flow=", server: ui, path: `/recovery?flow=${flows.recovery.flow}`, cookie: flows.recovery.cookie },
        { name: "/ (signed out)", server: ui, path: "/" },
        // The same audit of Next's own floor says what any page on this framework and machine scores.
        { name: FLOOR_PAGE, server: floor, path: "/" },
      ];
      allow(signedOutPages.length * LIGHTHOUSE_PAGE_SECONDS + SETUP_SECONDS);
      for (const target of signedOutPages) {
        if (!options.json) process.stderr.write(`\rLighthouse: ${target.name}`.padEnd(72));
        audits.push(await lighthouse(target));
      }
      if (!options.json) process.stderr.write(`\r${"".padEnd(72)}\r`);
    }

    const rows = summarize(results);
    const verdict = verdicts(rows);
    if (options.json) {
      console.log(
        JSON.stringify({ date: new Date().toISOString(), options, builds, rows, verdicts: verdict.lines, lighthouse: audits }, null, 2),
      );
    } else {
      console.log(
        `bench ${new Date().toISOString().slice(0, 10)}: ${options.rounds} rounds of ${options.seconds} s per page and concurrency; ` +
          `builds: UI ${builds.ui}, floor ${builds.floor}; cpu ×floor at 16 concurrent; latencies in ms; JS is gzip -9`,
      );
      console.log(table(rows));
      console.log(verdict.lines.join("\n"));
      if (audits.length > 0) console.log(`\n${lighthouseTable(audits)}`);
    }
    return 0;
  } finally {
    clearTimeout(watchdog);
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof StackMissing) {
      console.error(`bench: ${error.message}`);
      process.exit(2);
    }
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
