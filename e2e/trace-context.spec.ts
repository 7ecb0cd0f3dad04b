import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./fixtures";

const stackMode = process.env.E2E_STACK_MODE === "dev" ? "dev" : "test";
const logs = path.resolve(import.meta.dirname, `../.data/${stackMode}`);

/** Kratos logs every request's headers (cookies redacted), traceparent among them. */
async function kratosSaw(traceId: string): Promise<string | undefined> {
  const log = await readFile(path.join(logs, "kratos.log"), "utf8");
  return new RegExp(`traceparent:(00-${traceId}-[0-9a-f]{16}-01)\\b`).exec(log)?.[1];
}

test("a trace started by the caller continues in Kratos, and both logs name it", async ({ request }) => {
  const traceId = randomBytes(16).toString("hex");
  const callerSpan = randomBytes(8).toString("hex");
  const requestId = `trace-e2e-${traceId.slice(0, 8)}`;
  const response = await request.get("/", { headers: { traceparent: `00-${traceId}-${callerSpan}-01`, "x-request-id": requestId } });
  expect(response.status()).toBe(200);

  await expect.poll(() => kratosSaw(traceId)).toBeTruthy();
  // Kratos's parent is the UI's span for this request, not the caller's.
  expect(await kratosSaw(traceId)).not.toContain(callerSpan);

  await expect
    .poll(async () => (await readFile(path.join(logs, "ui.log"), "utf8")).split("\n").find((line) => line.includes(requestId)))
    .toContain(`"trace_id":"${traceId}"`);
});
