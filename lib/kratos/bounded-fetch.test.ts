import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "@/test/server/support/server-process";
import { boundedFetch } from "./bounded-fetch";

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: Server | undefined;
const sockets = new Set<Socket>();

async function serve(handler: Handler): Promise<string> {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handler(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

describe("boundedFetch", () => {
  it("answers with the status, the headers (every Set-Cookie) and the body", async () => {
    const origin = await serve((req, res) => {
      res.writeHead(410, "Gone Away", [
        ["content-type", "application/json"],
        ["set-cookie", "a=1; Path=/"],
        ["set-cookie", "b=2; Path=/; HttpOnly"],
        ["x-seen", `${req.method} ${req.url} ${req.headers.cookie} ${req.headers["x-request-id"]}`],
      ]);
      res.end('{"error":{"id":"self_service_flow_expired"}}');
    });
    const response = await boundedFetch(
      new Request(`${origin}/self-service/login/flows?id=1`, { headers: { cookie: "c=3", "x-request-id": "r1" } }),
      2000,
    );
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(410);
    expect(response.statusText).toBe("Gone Away");
    expect(response.ok).toBe(false);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/; HttpOnly"]);
    expect(response.headers.get("x-seen")).toBe("GET /self-service/login/flows?id=1 c=3 r1");
    expect(await response.json()).toEqual({ error: { id: "self_service_flow_expired" } });
  });

  it("sends a request's body with its length and type", async () => {
    const origin = await serve((req, res, body) =>
      json(res, 200, { method: req.method, type: req.headers["content-type"], length: req.headers["content-length"], body }),
    );
    const sent = JSON.stringify({ remember: true, name: "Ünïcode" });
    const response = await boundedFetch(
      new Request(`${origin}/admin/oauth2/auth/requests/login/accept`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: sent,
      }),
      2000,
    );
    expect(await response.json()).toEqual({
      method: "PUT",
      type: "application/json",
      length: String(Buffer.byteLength(sent)),
      body: sent,
    });
  });

  it("answers 204 with no body", async () => {
    const origin = await serve((_req, res) => res.writeHead(204).end());
    const response = await boundedFetch(new Request(`${origin}/sessions`, { method: "DELETE" }), 2000);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("reuses one connection for calls one after the other", async () => {
    const ports = new Set<number>();
    const origin = await serve((req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      json(res, 200, {});
    });
    for (let i = 0; i < 3; i++) await (await boundedFetch(new Request(`${origin}/sessions/whoami`), 2000)).json();
    expect(ports.size).toBe(1);
  });

  it("sends a GET again on a new connection when the kept-alive one is closed as it is reused", async () => {
    const served = new WeakSet<Socket>();
    let answers = 0;
    const origin = await serve((req, res) => {
      // As a server closing an idle connection just as the client reuses it: the request is never processed.
      if (served.has(req.socket)) return void req.socket.destroy();
      served.add(req.socket);
      json(res, 200, { answers: ++answers });
    });
    await (await boundedFetch(new Request(`${origin}/sessions/whoami`), 2000)).json();
    const response = await boundedFetch(new Request(`${origin}/sessions/whoami`), 2000);
    expect(await response.json()).toEqual({ answers: 2 });
  });

  it("does not send a POST again: it may have been processed", async () => {
    const served = new WeakSet<Socket>();
    const origin = await serve((req, res) => {
      if (served.has(req.socket)) return void req.socket.destroy();
      served.add(req.socket);
      json(res, 200, {});
    });
    await (await boundedFetch(new Request(`${origin}/admin/identities`, { method: "POST", body: "{}" }), 2000)).json();
    const error: unknown = await boundedFetch(new Request(`${origin}/admin/identities`, { method: "POST", body: "{}" }), 2000).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as TypeError).cause as NodeJS.ErrnoException).code).toBe("ECONNRESET");
  });

  it("throws a TimeoutError when the headers do not come in time", async () => {
    const origin = await serve(() => undefined);
    const started = Date.now();
    const error: unknown = await boundedFetch(new Request(`${origin}/sessions/whoami`), 150).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("TimeoutError");
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("throws a TimeoutError when the body stalls after the headers", async () => {
    const origin = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"partial":');
    });
    const error: unknown = await boundedFetch(new Request(`${origin}/sessions/whoami`), 150).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("TimeoutError");
  });

  it("stops when the request's own signal aborts, with its reason", async () => {
    const origin = await serve(() => undefined);
    const controller = new AbortController();
    const pending = boundedFetch(new Request(`${origin}/sessions/whoami`, { signal: controller.signal }), 5000);
    const reason = new Error("the page went away");
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
  });

  it("throws what Node's fetch throws when nothing listens: TypeError('fetch failed') caused by ECONNREFUSED", async () => {
    const url = `http://127.0.0.1:${await freePort()}/sessions/whoami`;
    const ours: unknown = await boundedFetch(new Request(url), 2000).catch((caught: unknown) => caught);
    const nodes: unknown = await fetch(url).catch((caught: unknown) => caught);
    for (const error of [ours, nodes]) {
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toBe("fetch failed");
      expect(((error as TypeError).cause as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
    }
  });

  it("throws a TypeError when the connection closes mid-answer", async () => {
    const origin = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"partial":', () => res.socket?.destroy());
    });
    const error: unknown = await boundedFetch(new Request(`${origin}/sessions/whoami`), 2000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
  });
});
