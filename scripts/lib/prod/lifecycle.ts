// Starting and stopping the production-like stack as one: signals stop every
// service, and a service that must not stop (PostgreSQL, nginx, MailDev) takes
// the whole stack down with it, showing why.
import { fail } from "../prerequisites";
import { stopServices, type Service } from "../process-groups";
import { printTail } from "../run";

let stopping = false;
let up = false;
const beforeStop: (() => void)[] = [];

export function isStopping(): boolean {
  return stopping;
}

/** Once every service has answered: from then on, a supervised service that exits is restarted rather than fatal. */
export function markUp(): void {
  up = true;
}

export function isUp(): boolean {
  return up;
}

/** Runs first when the stack stops, before every service gets SIGTERM. */
export function onStop(action: () => void): void {
  beforeStop.push(action);
}

async function stopAll(): Promise<void> {
  stopping = true;
  for (const action of beforeStop) action();
  await stopServices();
}

export async function shutdown(code: number): Promise<never> {
  await stopAll();
  process.exit(code);
}

export async function failAndStop(message: string): Promise<never> {
  await stopAll();
  return fail(message);
}

export function stopOnSignals(): void {
  const codes: [NodeJS.Signals, number][] = [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ];
  for (const [signal, code] of codes) {
    process.on(signal, () => {
      // A second signal does not wait: the exit hook and the orphan reaper finish the job.
      if (stopping) process.exit(code);
      console.log(`\n${signal}: stopping the production-like stack…`);
      void shutdown(code);
    });
  }
}

export function stopWhenExits(service: Service, tag: string, hint = ""): void {
  void service.exited.then((how) => {
    if (stopping) return;
    console.error(`\n✖ ${service.name} ${how}. Its last output:`);
    printTail(tag, service.tail);
    if (hint) console.error(hint);
    void shutdown(1);
  });
}
