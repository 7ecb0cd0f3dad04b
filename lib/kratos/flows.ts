import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { firstParam, type QueryParams } from "@/lib/http/query";
import { asRecord } from "@/lib/records";
import { kratos } from "./client";
import { decideFailure, failureFrom, KratosRefusal, type FailureOutcome, type KratosFailure } from "./errors";
import type { FlowKind, LoginFlow, RecoveryFlow, RegistrationFlow, SettingsFlow, VerificationFlow } from "./types";
import { browserInitUrl } from "./urls";

export type FlowOf<K extends FlowKind> = {
  login: LoginFlow;
  registration: RegistrationFlow;
  recovery: RecoveryFlow;
  verification: VerificationFlow;
  settings: SettingsFlow;
}[K];

const FLOW_PATHS = {
  login: "/self-service/login/flows",
  registration: "/self-service/registration/flows",
  recovery: "/self-service/recovery/flows",
  verification: "/self-service/verification/flows",
  settings: "/self-service/settings/flows",
} as const satisfies Record<FlowKind, string>;

/** Fetches a flow by id with the browser's cookies. */
export async function fetchFlow<K extends FlowKind>(kind: K, id: string): Promise<{ flow: FlowOf<K> } | { failure: KratosFailure }> {
  const api = await kratos();
  // One call shape for the five endpoints; each answers its own flow type (FlowOf).
  const { data, error, response } = await api.GET(FLOW_PATHS[kind] as (typeof FLOW_PATHS)["login"], { params: { query: { id } } });
  if (data) return { flow: data as FlowOf<K> };
  return { failure: failureFrom(response, error) };
}

/** Kratos names its CSRF cookie csrf_token_<hash of its base URL>. */
async function hasCsrfCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((cookie) => cookie.name.startsWith("csrf_token"));
}

/** Carries out a decision: a redirect, or the error page with its status (rendered by the page wrapper). */
export function followOutcome(outcome: FailureOutcome): never {
  if (outcome.type === "redirect") redirect(outcome.to);
  throw new KratosRefusal(outcome.errorId, outcome.status);
}

export type LoadFlowOptions = {
  /**
   * Runs when there is no flow to show (no id, or Kratos refused it), before the
   * browser is sent elsewhere; it may send the browser somewhere else itself.
   */
  beforeLeaving?: () => Promise<unknown>;
};

/**
 * The flow named by `?flow=`, fetched with the browser's cookies. Without an id,
 * or when Kratos refuses, the browser is sent where it needs to go instead.
 */
export async function loadFlow<K extends FlowKind>(kind: K, query: QueryParams, options: LoadFlowOptions = {}): Promise<FlowOf<K>> {
  const id = firstParam(query, "flow");
  const result = id ? await fetchFlow(kind, id) : undefined;
  if (result && "flow" in result) return result.flow;
  await options.beforeLeaving?.();
  if (!result) redirect(browserInitUrl(kind, query));
  followOutcome(decideFailure(kind, result.failure, { query, hasCsrfCookie: await hasCsrfCookie() }));
}

/** What a stored self-service error says; the spec types its body as an empty object. */
export type StoredError = { reference: string; code?: number; id?: string; reason?: string };

/** A stored self-service error by id (e.g. stub:500), or undefined when Kratos has none. */
export async function fetchFlowError(id: string): Promise<StoredError | undefined> {
  const { data } = await (await kratos()).GET("/self-service/errors", { params: { query: { id } } });
  if (!data) return undefined;
  const fields = asRecord(data.error);
  const text = (name: string) => (typeof fields[name] === "string" && fields[name] ? fields[name] : undefined);
  return {
    reference: data.id,
    code: typeof fields.code === "number" ? fields.code : undefined,
    id: text("id"),
    reason: text("reason") ?? text("message"),
  };
}
