import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";

const stackMode = process.env.E2E_STACK_MODE === "dev" ? "dev" : "test";

/** The UI server's log file of the stack under test. */
export const UI_LOG = path.resolve(import.meta.dirname, `../../.data/${stackMode}/ui.log`);

/** One access-log line as the UI server writes it. */
export type AccessLogLine = { path: string; status: number; request_id: string; kratos?: { path: string; status: number }[] };

/** The access-log line of the request with this id, once the server has written it. */
export async function accessLogLine(requestId: string): Promise<AccessLogLine> {
  let found: AccessLogLine | undefined;
  await expect
    .poll(async () => {
      const lines = (await readFile(UI_LOG, "utf8")).split("\n").filter((line) => line.startsWith("{"));
      found = lines.map((line) => JSON.parse(line) as AccessLogLine).find((line) => line.request_id === requestId);
      return found;
    })
    .toBeTruthy();
  return found!;
}
