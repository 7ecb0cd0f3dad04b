// Started by process-groups.ts in its own session. It learns the stack's process
// groups over stdin ("+pgid" / "-pgid"); when stdin closes, the stack process is
// gone, so it stops the groups. This covers what signal handlers cannot: the
// stack being SIGKILLed (Playwright's default webServer teardown kills the
// launcher's group only, and the services run in groups of their own).
import { createInterface } from "node:readline";
import { signalGroup } from "./signal-group";

const groups = new Set<number>();

createInterface({ input: process.stdin })
  .on("line", (line) => {
    const pgid = Number(line.slice(1));
    if (!Number.isInteger(pgid) || pgid <= 0) return;
    if (line.startsWith("+")) groups.add(pgid);
    else groups.delete(pgid);
  })
  .on("close", () => {
    if (groups.size === 0) process.exit(0);
    for (const pgid of groups) signalGroup(pgid, "SIGTERM");
    setTimeout(() => {
      for (const pgid of groups) signalGroup(pgid, "SIGKILL");
      process.exit(0);
    }, 5000);
  });
