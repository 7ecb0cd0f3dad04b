export type ReadinessCheck = {
  name: string;
  url: string;
  timeoutMs: number;
  /** Which HTTP statuses count as ready; by default any answer does. */
  ready?: (status: number) => boolean;
};

async function answers(check: ReadinessCheck, deadline: number): Promise<boolean> {
  try {
    // A generous per-request limit: `next dev` compiles the page on the first request.
    const response = await fetch(check.url, { redirect: "manual", signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) });
    await response.body?.cancel();
    return check.ready?.(response.status) ?? true;
  } catch {
    return false;
  }
}

/** Polls until the URL answers; throws a readable error on timeout. */
export async function waitForHttp(check: ReadinessCheck): Promise<void> {
  const started = Date.now();
  const deadline = started + check.timeoutMs;
  console.log(`Waiting for ${check.name} (${check.url})…`);
  let nextNote = started + 15_000;
  while (!(await answers(check, deadline))) {
    const now = Date.now();
    if (now >= deadline) {
      throw new Error(`${check.name} did not answer at ${check.url} within ${Math.round(check.timeoutMs / 1000)} s.`);
    }
    if (now >= nextNote) {
      console.log(`Still waiting for ${check.name} (${Math.round((now - started) / 1000)} s)…`);
      nextNote = now + 15_000;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`${check.name} is ready.`);
}
