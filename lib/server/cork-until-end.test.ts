import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { corkUntilEnd } from "./cork-until-end";

/** Writes as Next writes a page: piece by piece, waiting for "drain" whenever a write is refused. */
async function writeLikeNext(res: ServerResponse, pieces: number, pieceBytes: number): Promise<void> {
  for (let index = 0; index < pieces; index++) {
    if (!res.write(Buffer.alloc(pieceBytes, 97 + (index % 26)))) await new Promise((resolve) => res.once("drain", resolve));
  }
  res.end();
}

let server: Server | undefined;

afterEach(async () => {
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise((resolve) => open.close(resolve));
});

async function serve(pieces: number, pieceBytes: number): Promise<string> {
  server = createServer((_req, res) => {
    corkUntilEnd(res);
    res.writeHead(200, { "content-type": "text/plain" });
    void writeLikeNext(res, pieces, pieceBytes);
  });
  await new Promise<void>((resolve) => server?.listen(0, "localhost", resolve));
  return `http://localhost:${(server.address() as AddressInfo).port}/`;
}

describe("corkUntilEnd", () => {
  it("delivers a small response whole", async () => {
    const response = await fetch(await serve(20, 100), { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    expect(body).toHaveLength(2_000);
    expect(body.slice(0, 100)).toBe("a".repeat(100));
    expect(body.slice(-100)).toBe("t".repeat(100));
  });

  it("delivers a response far above the high-water mark instead of waiting for a drain that cannot come", async () => {
    const response = await fetch(await serve(200, 4_096), { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    expect(body).toHaveLength(200 * 4_096);
    expect(body.slice(-4_096)).toBe("r".repeat(4_096));
  });

  it("delivers pieces each larger than the high-water mark", async () => {
    const response = await fetch(await serve(5, 300_000), { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    expect(body).toHaveLength(5 * 300_000);
    expect(body.slice(-10)).toBe("e".repeat(10));
  });
});
