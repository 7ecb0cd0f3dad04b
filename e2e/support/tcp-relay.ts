import net from "node:net";

/**
 * A loopback TCP relay in front of the real Kratos, so a test can take Kratos
 * away (connection refused), make it hang, and bring it back, without touching
 * the Kratos every other test uses.
 */
export class TcpRelay {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private mode: "relay" | "stall" | "stall-body" = "relay";
  private accepted = 0;
  private readonly acceptWaiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** Starts relaying (or resumes after `stall`). */
  async open(): Promise<void> {
    this.mode = "relay";
    if (this.server) return;
    const server = net.createServer((client) => {
      this.sockets.add(client);
      client.on("close", () => this.sockets.delete(client));
      this.accepted += 1;
      for (const waiter of this.acceptWaiters.filter((entry) => entry.count <= this.accepted)) {
        this.acceptWaiters.splice(this.acceptWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      if (this.mode === "stall") return; // accept, then never answer
      const upstream = net.connect(this.target);
      this.sockets.add(upstream);
      upstream.on("close", () => this.sockets.delete(upstream));
      client.pipe(upstream);
      if (this.mode === "stall-body") upstream.on("data", headersOnly(client));
      else upstream.pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "localhost", resolve));
    this.server = server;
  }

  /** Accepts connections but never answers, like a Kratos that hangs. */
  async stall(): Promise<void> {
    await this.switchTo("stall");
  }

  /** Passes Kratos's response headers, then never sends the body. */
  async stallBody(): Promise<void> {
    await this.switchTo("stall-body");
  }

  /** Resolves once the relay has accepted another connection after this call. */
  nextConnection(): Promise<void> {
    return new Promise((resolve) => this.acceptWaiters.push({ count: this.accepted + 1, resolve }));
  }

  private async switchTo(mode: "stall" | "stall-body"): Promise<void> {
    await this.open();
    this.mode = mode;
    // Pooled keep-alive connections would otherwise still reach Kratos.
    for (const socket of this.sockets) socket.destroy();
  }

  /** Stops listening: connections are refused, like a Kratos that is down. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Forwards an HTTP response up to the end of its headers and drops the rest. */
function headersOnly(client: net.Socket): (chunk: Buffer) => void {
  let seen = Buffer.alloc(0);
  let done = false;
  return (chunk) => {
    if (done) return;
    seen = Buffer.concat([seen, chunk]);
    const end = seen.indexOf("\r\n\r\n");
    if (end === -1) return;
    done = true;
    client.write(seen.subarray(0, end + 4));
  };
}
