import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { pathOnly } from "../http/access-log";

/**
 * Graceful stop: after SIGTERM the server keeps answering, so that orchestrators
 * see /health/ready turn 503 (and stop sending traffic) while the requests in
 * flight finish; then it closes. A stop never waits longer than its time limit.
 */
export class Drain {
  private inFlight = 0;
  private draining = false;
  private onIdle: (() => void) | undefined;

  /** `basePath`: the path the UI is served under (BASE_PATH), "" at the root. */
  constructor(private readonly basePath = "") {}

  get isDraining(): boolean {
    return this.draining;
  }

  /** Counts a request until its response is done or its connection closes. */
  track(res: ServerResponse): void {
    this.inFlight += 1;
    if (this.draining) res.setHeader("connection", "close");
    res.once("close", () => {
      this.inFlight -= 1;
      if (this.draining && this.inFlight === 0) this.onIdle?.();
    });
  }

  /** Answers readiness probes with 503 while draining; true when it answered. */
  answer(req: IncomingMessage, res: ServerResponse): boolean {
    if (!this.draining || pathOnly(req.url ?? "/") !== `${this.basePath}/health/ready`) return false;
    res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify({ status: "draining" }));
    return true;
  }

  /** Starts draining; resolves with the number of requests cut off (0 when all finished in time). */
  async stop(server: Server, timeoutMs: number): Promise<number> {
    this.draining = true;
    server.closeIdleConnections();
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.onIdle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const cut = this.inFlight;
    // Not waiting for close's callback: upgraded connections (development's reload socket) would hold it forever.
    server.close();
    server.closeAllConnections();
    return cut;
  }
}
