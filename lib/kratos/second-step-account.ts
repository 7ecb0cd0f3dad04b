import "server-only";
import { kratos } from "./client";
import { findInput, isHiddenInput } from "./nodes";
import type { LoginFlow, UiNode } from "./types";

/**
 * Who is taking a second step. Kratos keeps this to itself: the second-step flow
 * (TOTP, recovery code) names nobody, and whoami refuses an aal1 session when
 * more is available (403 session_aal2_required, whose details only hold the
 * address to go to). A "confirm it's you" flow does name the account, as a
 * hidden identifier, so one is asked for as JSON and read. The price is one
 * unused login flow stored per second-step page view; it is never submitted.
 * Undefined when the account has no identifier to show (e.g. social sign-in only).
 */
export async function secondStepAccount(flow: LoginFlow): Promise<string | undefined> {
  const own = hiddenIdentifierOf(flow.ui.nodes);
  if (own) return own;
  const { data } = await (await kratos()).GET("/self-service/login/browser", { params: { query: { refresh: true } } });
  return data ? hiddenIdentifierOf(data.ui.nodes) : undefined;
}

function hiddenIdentifierOf(nodes: readonly UiNode[]): string | undefined {
  const node = findInput(nodes, "identifier");
  const value = node && isHiddenInput(node) ? node.attributes.value : undefined;
  return typeof value === "string" && value ? value : undefined;
}
