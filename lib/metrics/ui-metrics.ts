import type { KratosCall } from "../http/request-context";
import { processMetrics } from "./process-metrics";
import { Counter, Histogram, renderMetrics, type MetricFamily } from "./registry";
import { kratosEndpoint, uiRoute } from "./routes";

// Seconds; pages wait on one to three Kratos calls, so most fall between 10 ms and 1 s.
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type FinishedRequest = {
  /** The request path without its query. */
  path: string;
  status: number;
  seconds: number;
  kratosCalls: readonly KratosCall[];
};

/** The UI's metrics: requests by route and status, calls to Kratos by endpoint, the process. */
export class UiMetrics {
  private readonly requests = new Counter(
    "account_ui_http_requests_total",
    "Requests answered, by route and status (499: the client closed the connection first).",
    ["route", "status"],
  );
  private readonly requestSeconds = new Histogram(
    "account_ui_http_request_duration_seconds",
    "Time to answer a request, by route and status.",
    ["route", "status"],
    DURATION_BUCKETS,
  );
  private readonly kratosCalls = new Counter(
    "account_ui_kratos_requests_total",
    "Calls to Kratos's public API, by endpoint and status (0: no answer).",
    ["endpoint", "status"],
  );
  private readonly kratosSeconds = new Histogram(
    "account_ui_kratos_request_duration_seconds",
    "Time of one call to Kratos, by endpoint.",
    ["endpoint"],
    DURATION_BUCKETS,
  );
  private readonly kratosErrors = new Counter(
    "account_ui_kratos_request_errors_total",
    "Calls to Kratos that got no answer (down, timed out) or a 5xx, by endpoint.",
    ["endpoint"],
  );
  private readonly families: MetricFamily[];

  private readonly basePath: string;
  private readonly kratosBasePath: string;

  /** `basePath`: the UI's BASE_PATH ("" at the root); `kratosBasePath`: the path of KRATOS_PUBLIC_URL. */
  constructor({ basePath = "", kratosBasePath = "/" }: { basePath?: string; kratosBasePath?: string } = {}) {
    this.basePath = basePath;
    this.kratosBasePath = kratosBasePath;
    this.families = [this.requests, this.requestSeconds, this.kratosCalls, this.kratosSeconds, this.kratosErrors, ...processMetrics()];
  }

  record({ path, status, seconds, kratosCalls }: FinishedRequest): void {
    const labels = { route: uiRoute(path, this.basePath), status: String(status) };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
    for (const call of kratosCalls) {
      const endpoint = kratosEndpoint(call.path, this.kratosBasePath);
      this.kratosCalls.inc({ endpoint, status: String(call.status) });
      this.kratosSeconds.observe({ endpoint }, call.ms / 1000);
      if (call.status === 0 || call.status >= 500) this.kratosErrors.inc({ endpoint });
    }
  }

  render(): string {
    return renderMetrics(this.families);
  }
}
