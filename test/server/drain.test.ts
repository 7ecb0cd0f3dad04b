import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startServer, type ServerProcess } from "./support/server-process";
import { StandInKratos } from "./support/stand-in-kratos";

const kratos = new StandInKratos();
const started: ServerProcess[] = [];

async function start(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServer({ env: { KRATOS_PUBLIC_URL: kratos.url, ...env } });
  started.push(server);
  return server;
}

/** Waits until the stand-in Kratos has seen `count` readiness checks. */
async function readinessChecksReach(count: number): Promise<void> {
  await vi.waitFor(() =>
    expect(kratos.requests.filter((request) => request.path === "/health/ready").length).toBeGreaterThanOrEqual(count),
  );
}

beforeAll(() => kratos.start());

afterAll(async () => {
  for (const server of started) server.kill();
  kratos.release();
  await kratos.stop();
});

describe("the built server", () => {
  it("logs a request the client abandons, with status 499", async () => {
    const server = await start();
    const before = kratos.requests.length;
    kratos.hold();
    const abort = new AbortController();
    const pending = fetch(`${server.url}/health/ready`, { signal: abort.signal, headers: { "x-request-id": "abandoned-request-1" } });
    await readinessChecksReach(1);
    expect(kratos.requests.length).toBeGreaterThan(before);
    abort.abort();
    await expect(pending).rejects.toThrow();
    const line = await server.waitForLine((text) => text.includes('"abandoned-request-1"'));
    expect(JSON.parse(line)).toMatchObject({ msg: "request", path: "/health/ready", status: 499 });
    kratos.release();
  });

  it("drains on SIGTERM: /health/ready answers 503 at once, the request in flight finishes, the process exits 0", async () => {
    const server = await start();
    const checksBefore = kratos.requests.filter((request) => request.path === "/health/ready").length;
    kratos.hold();
    const inFlight = fetch(`${server.url}/health/ready`);
    await readinessChecksReach(checksBefore + 1);

    server.child.kill("SIGTERM");
    await server.waitForLine((line) => line.includes("SIGTERM: draining"));
    const asked = performance.now();
    const probe = await fetch(`${server.url}/health/ready`);
    expect(probe.status).toBe(503);
    expect(await probe.json()).toEqual({ status: "draining" });
    expect(performance.now() - asked).toBeLessThan(1000);
    // The probe was answered by the server itself: Kratos saw no new readiness check.
    expect(kratos.requests.filter((request) => request.path === "/health/ready").length).toBe(checksBefore + 1);
    expect(server.child.exitCode).toBeNull();

    kratos.release();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(await finished.json()).toEqual({ status: "ok" });
    expect(await server.exitCode).toBe(0);
    expect(server.logEntries()).toContainEqual(expect.objectContaining({ msg: "stopped", requests_cut_off: 0 }));
  });

  it("stops waiting after DRAIN_TIMEOUT_MS, cutting what is still open, and exits 0", async () => {
    const server = await start({ DRAIN_TIMEOUT_MS: "1500", KRATOS_TIMEOUT_MS: "60000" });
    const checksBefore = kratos.requests.filter((request) => request.path === "/health/ready").length;
    kratos.hold();
    const stuck = fetch(`${server.url}/health/ready`).catch((error: unknown) => error);
    await readinessChecksReach(checksBefore + 1);

    const signalled = performance.now();
    server.child.kill("SIGTERM");
    expect(await server.exitCode).toBe(0);
    const took = performance.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(5000);
    expect(await stuck).toBeInstanceOf(Error);
    expect(server.logEntries()).toContainEqual(expect.objectContaining({ msg: "stopped", level: "warn", requests_cut_off: 1 }));
    kratos.release();
  });
});
