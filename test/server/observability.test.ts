import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort, startServer, type ServerProcess } from "./support/server-process";
import { StandInKratos } from "./support/stand-in-kratos";

const kratos = new StandInKratos();
let server: ServerProcess;
let metricsUrl: string;

beforeAll(async () => {
  await kratos.start();
  const metricsPort = await freePort();
  metricsUrl = `http://localhost:${metricsPort}/metrics`;
  server = await startServer({ env: { KRATOS_PUBLIC_URL: kratos.url, METRICS_PORT: String(metricsPort) } });
});

afterAll(async () => {
  server.kill();
  await kratos.stop();
});

/** The value of one series in a scrape, 0 when it is not there yet. */
async function sample(series: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const line = text.split("\n").find((entry) => entry.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("trace context", () => {
  it("continues the caller's trace towards Kratos, with the UI's own span, and logs the trace id", async () => {
    const incoming = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    const response = await fetch(`${server.url}/`, { headers: { traceparent: incoming, "x-request-id": "traced-request-1" } });
    expect(response.status).toBe(200);
    const call = kratos.requests.find((request) => request.headers["x-request-id"] === "traced-request-1");
    expect(call?.path).toBe("/sessions/whoami");
    expect(call?.headers.traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    expect(call?.headers.traceparent).not.toBe(incoming);
    const line = await server.waitForLine((text) => text.includes('"traced-request-1"'));
    expect(JSON.parse(line)).toMatchObject({ path: "/", trace_id: "0af7651916cd43dd8448eb211c80319c" });
  });

  it("starts a trace when the caller sends none or an invalid one", async () => {
    await fetch(`${server.url}/`, {
      headers: { traceparent: "00-0AF7651916CD43DD8448EB211C80319C-B7AD6B7169203331-01", "x-request-id": "traced-request-2" },
    });
    const call = kratos.requests.find((request) => request.headers["x-request-id"] === "traced-request-2");
    const sent = String(call?.headers.traceparent);
    expect(sent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(sent).not.toContain("0af7651916cd43dd8448eb211c80319c");
    const line = await server.waitForLine((text) => text.includes('"traced-request-2"'));
    expect(sent.split("-")[1]).toBe(JSON.parse(line).trace_id);
  });
});

describe("metrics", () => {
  it("counts each request by route and status, and each Kratos call by endpoint", async () => {
    const requests = 'account_ui_http_requests_total{route="/",status="200"}';
    const whoami = 'account_ui_kratos_requests_total{endpoint="/sessions/whoami",status="401"}';
    const before = { requests: await sample(requests), whoami: await sample(whoami) };
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    await vi.waitFor(async () => expect(await sample(requests)).toBe(before.requests + 1));
    expect(await sample(whoami)).toBe(before.whoami + 1);
    expect(await sample('account_ui_http_request_duration_seconds_count{route="/",status="200"}')).toBe(before.requests + 1);
    expect(await sample("process_resident_memory_bytes")).toBeGreaterThan(10_000_000);
  });

  it("keeps unknown paths in one label", async () => {
    await fetch(`${server.url}/no/such/page/12345`);
    await vi.waitFor(async () =>
      expect(await sample('account_ui_http_requests_total{route="other",status="404"}')).toBeGreaterThanOrEqual(1),
    );
    expect(await (await fetch(metricsUrl)).text()).not.toContain("12345");
  });

  it("serves them only on METRICS_PORT, in Prometheus's text format", async () => {
    const scrape = await fetch(metricsUrl);
    expect(scrape.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    expect((await fetch(metricsUrl.replace("/metrics", "/"))).status).toBe(404);
  });
});
