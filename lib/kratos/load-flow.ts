import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { firstParam, type QueryParams } from "@/lib/http/query";
import { browserInitUrl } from "./browser-flows";
import { decideFailure, type FailureOutcome } from "./flow-errors";
import { fetchFlow, type FlowOf } from "./flows";
import type { FlowKind } from "./types";

/** Kratos names its CSRF cookie csrf_token_<hash of its base URL>. */
async function hasCsrfCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((cookie) => cookie.name.startsWith("csrf_token"));
}

export function followOutcome(outcome: FailureOutcome): never {
  if (outcome.type === "redirect") redirect(outcome.to);
  redirect(`/error?error=${encodeURIComponent(outcome.errorId)}`);
}

/**
 * The flow named by `?flow=`, fetched with the browser's cookies. Without an id,
 * or when Kratos refuses, the browser is sent where it needs to go instead.
 */
export async function loadFlow<K extends FlowKind>(kind: K, query: QueryParams): Promise<FlowOf<K>> {
  const id = firstParam(query, "flow");
  if (!id) redirect(browserInitUrl(kind, query));
  const result = await fetchFlow(kind, id);
  if ("flow" in result) return result.flow;
  followOutcome(decideFailure(kind, result.failure, { query, hasCsrfCookie: await hasCsrfCookie() }));
}
