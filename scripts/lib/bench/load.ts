// One measured pass: `concurrency` keep-alive clients requesting one page for a
// fixed time, with the server's CPU time read before and after.
import http from "node:http";
import { performance } from "node:perf_hooks";
import type { Server } from "./servers";

export type Target = { name: string; server: Server; path: string; cookie?: string };

export type PassResult = { requests: number; seconds: number; cpuMs: number; latenciesMs: number[]; failures: string[] };

/** Requests `target` from `concurrency` clients for `seconds`; every answer must be a 200. */
export async function pass(target: Target, concurrency: number, seconds: number): Promise<PassResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(target.path, target.server.origin);
  const headers: http.OutgoingHttpHeaders = { accept: "text/html", "accept-encoding": "identity" };
  if (target.cookie) headers.cookie = target.cookie;
  const latenciesMs: number[] = [];
  const failures: string[] = [];
  const cpuBefore = target.server.cpuMs();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async (): Promise<void> => {
    while (performance.now() < deadline && failures.length < 5) {
      const sent = performance.now();
      const status = await get(url, headers, agent).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      if (status === 200) latenciesMs.push(performance.now() - sent);
      else failures.push(`${target.name}: ${typeof status === "number" ? `HTTP ${status}` : status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  const cpuMs = target.server.cpuMs() - cpuBefore;
  agent.destroy();
  return { requests: latenciesMs.length, seconds: elapsed, cpuMs, latenciesMs, failures };
}

function get(url: URL, headers: http.OutgoingHttpHeaders, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent, timeout: 30_000 }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode ?? 0));
      response.once("error", reject);
    });
    request.once("timeout", () => request.destroy(new Error("no answer within 30 s")));
    request.once("error", reject);
  });
}

/** The value at quantile q (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}
