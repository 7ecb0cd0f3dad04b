import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADERS_TIMEOUT_MS } from "../../lib/server/http-server";
import { freePort, startServer, type ServerProcess } from "./support/server-process";

let server: ServerProcess;

beforeAll(async () => {
  // Kratos is not needed: /health/alive never calls it.
  server = await startServer({ env: { KRATOS_PUBLIC_URL: `http://localhost:${await freePort()}` } });
});

afterAll(() => server.kill());

function connect(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "localhost", port: server.port }, () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Resolves with everything the server sent once it closes the connection. */
function untilClosed(socket: net.Socket): Promise<string> {
  let received = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (received += chunk));
  return new Promise((resolve) => socket.once("close", () => resolve(received)));
}

/** Sends one request on an open connection and resolves with the status line of the answer. */
function statusOf(socket: net.Socket, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    const onData = (chunk: Buffer): void => {
      received += chunk.toString("latin1");
      const end = received.indexOf("\r\n");
      if (end !== -1) {
        socket.off("data", onData);
        resolve(received.slice(0, end));
      }
    };
    socket.on("data", onData);
    socket.once("close", () => reject(new Error(`connection closed; received: ${received}`)));
    socket.write(request);
  });
}

describe("connection limits of the built server", () => {
  it.concurrent("cuts a client that sends its headers byte by byte (slowloris) within seconds", async () => {
    const socket = await connect();
    const closed = untilClosed(socket);
    const opened = performance.now();
    socket.write("GET /health/alive HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
    const drip = setInterval(() => socket.write("a"), 250);
    const received = await closed;
    clearInterval(drip);
    const elapsed = performance.now() - opened;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(elapsed).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 500);
    expect(elapsed).toBeLessThan(HEADERS_TIMEOUT_MS + 2500);
  });

  it.concurrent("keeps an idle kept-alive connection open past the headers timeout", async () => {
    const socket = await connect();
    const request = "GET /health/alive HTTP/1.1\r\nHost: localhost\r\n\r\n";
    expect(await statusOf(socket, request)).toBe("HTTP/1.1 200 OK");
    // Idle time is what is under test here: there is no event to wait for instead.
    await new Promise((resolve) => setTimeout(resolve, HEADERS_TIMEOUT_MS + 1500));
    expect(socket.destroyed).toBe(false);
    expect(await statusOf(socket, request)).toBe("HTTP/1.1 200 OK");
    socket.destroy();
  });

  it.concurrent("refuses headers above 16 KiB with 431", async () => {
    const socket = await connect();
    const closed = untilClosed(socket);
    socket.write(`GET /health/alive HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(17 * 1024)}\r\n\r\n`);
    expect(await closed).toMatch(/^HTTP\/1\.1 431 /);
  });

  it.concurrent("advertises the keep-alive timeout, above a load balancer's 60 s", async () => {
    const response = await fetch(`${server.url}/health/alive`);
    expect(response.headers.get("keep-alive")).toBe("timeout=65");
  });
});
