import { describe, expect, it } from "vitest";
import { UiMetrics } from "./ui-metrics";

describe("UiMetrics", () => {
  it("counts requests by route and status, and Kratos calls and failures by endpoint", () => {
    const metrics = new UiMetrics();
    metrics.record({
      path: "/sessions",
      status: 200,
      seconds: 0.2,
      kratosCalls: [
        { path: "/sessions/whoami", status: 200, ms: 12 },
        { path: "/sessions/8b6c1a1e-2f0d-4d2e-9a57-1b8f0f3c2a11", status: 204, ms: 8 },
      ],
    });
    metrics.record({
      path: "/login",
      status: 503,
      seconds: 1.5,
      kratosCalls: [{ path: "/self-service/login/flows", status: 0, ms: 1500 }],
    });
    metrics.record({ path: "/random/4711", status: 404, seconds: 0.01, kratosCalls: [] });

    const text = metrics.render();
    expect(text).toContain('account_ui_http_requests_total{route="/sessions",status="200"} 1');
    expect(text).toContain('account_ui_http_requests_total{route="other",status="404"} 1');
    expect(text).toContain('account_ui_http_request_duration_seconds_bucket{route="/login",status="503",le="2.5"} 1');
    expect(text).toContain('account_ui_kratos_requests_total{endpoint="/sessions/{id}",status="204"} 1');
    expect(text).toContain('account_ui_kratos_request_duration_seconds_sum{endpoint="/sessions/whoami"} 0.012');
    expect(text).toContain('account_ui_kratos_request_errors_total{endpoint="/self-service/login/flows"} 1');
    expect(text).not.toContain("4711");
    expect(text).not.toContain("8b6c1a1e");
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    expect(text).toMatch(/^process_cpu_seconds_total [\d.e-]+$/m);
    expect(text).toMatch(/^nodejs_eventloop_delay_p99_seconds [\d.e-]+$/m);
  });
});
