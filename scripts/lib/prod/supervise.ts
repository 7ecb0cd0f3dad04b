// Keeps a service running the way systemd's Restart=always or an orchestrator
// would: when its process exits while the stack runs, it is started again and
// its pid file rewritten (scripts/load-test.ts --chaos kills services by it).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Service } from "../process-groups";
import { printTail } from "../run";
import { pidFile } from "./config";
import { isStopping, isUp, shutdown } from "./lifecycle";

/** More restarts than this in one run means a crash loop, not an accident: the stack stops. */
const MAX_RESTARTS = 10;

export function supervise(id: string, tag: string, start: () => Service): void {
  let restarts = 0;
  const file = pidFile(id);
  mkdirSync(path.dirname(file), { recursive: true });
  const run = (): void => {
    const service = start();
    if (service.pid !== undefined) writeFileSync(file, `${service.pid}\n`);
    void service.exited.then((how) => {
      rmSync(file, { force: true });
      if (isStopping()) return;
      // Before the stack is up, an exit is a failure to start, which a restart would only repeat.
      if (!isUp() || restarts >= MAX_RESTARTS) {
        console.error(`\n✖ ${service.name} ${how}${isUp() ? `, restarted ${MAX_RESTARTS} times already` : ""}. Its last output:`);
        printTail(tag, service.tail);
        void shutdown(1);
        return;
      }
      restarts += 1;
      console.log(`${tag} ${service.name} ${how}; starting it again (restart ${restarts})`);
      run();
    });
  };
  run();
}
