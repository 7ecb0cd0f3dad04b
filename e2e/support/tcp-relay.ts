import net from "node:net";

/**
 * A loopback TCP relay in front of the real Kratos, so a test can take Kratos
 * away (connection refused), make it hang, and bring it back, without touching
 * the Kratos every other test uses.
 */
export class TcpRelay {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private stalled = false;

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** Starts relaying (or resumes after `stall`). */
  async open(): Promise<void> {
    this.stalled = false;
    if (this.server) return;
    const server = net.createServer((client) => {
      this.sockets.add(client);
      client.on("close", () => this.sockets.delete(client));
      if (this.stalled) return; // accept, then never answer
      const upstream = net.connect(this.target);
      this.sockets.add(upstream);
      upstream.on("close", () => this.sockets.delete(upstream));
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "localhost", resolve));
    this.server = server;
  }

  /** Accepts connections but never answers, like a Kratos that hangs. */
  async stall(): Promise<void> {
    await this.open();
    this.stalled = true;
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
