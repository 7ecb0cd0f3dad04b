import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { path: string; headers: IncomingHttpHeaders };

/**
 * Stands in for Kratos's public API in server tests (never in e2e): it records
 * what the UI server sends, answers /health/ready (or holds it until released),
 * a path given to `answer` with its body, and anything else as Kratos does for a
 * visitor without a session.
 */
export class StandInKratos {
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  private holding = false;
  private readonly held: (() => void)[] = [];
  private readonly answers = new Map<string, unknown>();

  get url(): string {
    return `http://localhost:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      this.requests.push({ path, headers: req.headers });
      const json = (status: number, body: unknown): void => {
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      };
      const answer = (): void => {
        if (path === "/health/ready") json(200, { status: "ok" });
        else if (this.answers.has(path)) json(200, this.answers.get(path));
        else
          json(401, {
            error: {
              id: "session_inactive",
              code: 401,
              status: "Unauthorized",
              message: "No valid session credentials found in the request.",
            },
          });
      };
      if (path === "/health/ready" && this.holding) this.held.push(answer);
      else answer();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "localhost", resolve));
  }

  /** From now on `path` is answered 200 with `body` as JSON (a flow recorded from Kratos, say). */
  answer(path: string, body: unknown): void {
    this.answers.set(path, body);
  }

  /** From now on /health/ready gets no answer until `release`. */
  hold(): void {
    this.holding = true;
  }

  /** Answers every held request and stops holding. */
  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
