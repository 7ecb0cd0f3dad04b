import type { ServerResponse } from "node:http";

type Write = (...args: unknown[]) => boolean;

function byteLength(chunk: unknown): number {
  if (typeof chunk === "string") return Buffer.byteLength(chunk);
  return chunk instanceof Uint8Array ? chunk.byteLength : 0;
}

/**
 * Holds a response's writes back so that they leave in one system call when it
 * ends: Next writes a page in many small pieces, each a system call of its own.
 *
 * A corked response refuses a write once it holds its high-water mark (64 KiB),
 * and Next then waits for "drain", which a corked response never emits: a page
 * that large would wait for ever. So before a write would reach the mark,
 * everything held goes out, and the rest of the response is written as it comes.
 */
export function corkUntilEnd(res: ServerResponse): void {
  res.cork();
  const write = res.write as Write;
  const corkedWrite: Write = (...args) => {
    if (res.writableLength + byteLength(args[0]) >= res.writableHighWaterMark) {
      res.write = write as ServerResponse["write"];
      res.uncork();
    }
    return write.apply(res, args);
  };
  res.write = corkedWrite as ServerResponse["write"];
}
