import { randomFillSync } from "node:crypto";

/** The W3C trace context of one request: the trace it belongs to and this server's span in it. */
export type TraceContext = {
  traceId: string;
  /** This server's span, the parent of the calls it makes. */
  spanId: string;
  /** The `traceparent` header to send with calls made for this request. */
  traceparent: string;
};

const VERSION_00 = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
// Later versions may append fields; a parser for version 00 reads the first four and must not reject the rest.
const LATER_VERSION = /^(?!ff)[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;
const ALL_ZEROS = /^0+$/;

type Parent = { traceId: string; flags: string };

/** Reads an incoming `traceparent` header as the W3C Trace Context spec says; anything invalid is ignored. */
export function parseTraceparent(header: string | string[] | undefined): Parent | undefined {
  // Two headers, or two values in one, make the trace ambiguous: start a new one.
  if (typeof header !== "string" || header.length > 512) return undefined;
  const value = header.trim();
  const match = VERSION_00.exec(value) ?? (value.startsWith("00-") ? null : LATER_VERSION.exec(value));
  if (!match) return undefined;
  const [, traceId = "", parentId = "", flags = ""] = match;
  if (ALL_ZEROS.test(traceId) || ALL_ZEROS.test(parentId)) return undefined;
  return { traceId, flags };
}

/**
 * Continues the caller's trace, or starts one, with a fresh span for this request.
 * A trace started here is marked sampled, so that a tracing Kratos keeps its side of it.
 */
export function traceContextFrom(header: string | string[] | undefined, random: (hexDigits: number) => string = randomHex): TraceContext {
  const parent = parseTraceparent(header);
  const traceId = parent?.traceId ?? nonZeroHex(32, random);
  const spanId = nonZeroHex(16, random);
  // Only the sampled bit is defined in version 00; other bits are not passed on.
  const sampled = parent ? Number.parseInt(parent.flags, 16) & 1 : 1;
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-0${sampled}` };
}

// Every request draws 24 random bytes; asking the system for each few separately
// cost about 1 % of a page's server time, so they are drawn a block at a time.
// Trace ids identify, they guard nothing: handing out a block in pieces is fine.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/** `hexDigits` random hex digits (an even number). */
export function randomHex(hexDigits: number): string {
  const bytes = hexDigits / 2;
  if (poolOffset + bytes > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += bytes;
  return pool.toString("hex", poolOffset - bytes, poolOffset);
}

function nonZeroHex(length: number, random: (hexDigits: number) => string): string {
  for (;;) {
    const value = random(length);
    if (!ALL_ZEROS.test(value)) return value;
  }
}
