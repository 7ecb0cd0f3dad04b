import "server-only";
import { kratos } from "./client";
import type { FlowKind, GenericError, LoginFlow, RecoveryFlow, RegistrationFlow, SettingsFlow, VerificationFlow } from "./types";

export type FlowOf<K extends FlowKind> = {
  login: LoginFlow;
  registration: RegistrationFlow;
  recovery: RecoveryFlow;
  verification: VerificationFlow;
  settings: SettingsFlow;
}[K];

/** What Kratos answered when it did not hand out the flow. */
export type KratosFailure = { status: number; error?: GenericError };

export type FlowFetch<K extends FlowKind> = { flow: FlowOf<K> } | { failure: KratosFailure };

/** Reads the error body shape every Kratos endpoint shares: `{ "error": { ... } }`. */
export function failureFrom(response: Response, body: unknown): KratosFailure {
  const error = typeof body === "object" && body !== null && "error" in body ? (body as { error?: GenericError }).error : undefined;
  return { status: response.status, error };
}

/** Fetches a flow by id with the browser's cookies. */
export async function fetchFlow<K extends FlowKind>(kind: K, id: string): Promise<FlowFetch<K>> {
  const client = await kratos();
  const query = { params: { query: { id } } };
  const result =
    kind === "login"
      ? await client.GET("/self-service/login/flows", query)
      : kind === "registration"
        ? await client.GET("/self-service/registration/flows", query)
        : kind === "recovery"
          ? await client.GET("/self-service/recovery/flows", query)
          : kind === "verification"
            ? await client.GET("/self-service/verification/flows", query)
            : await client.GET("/self-service/settings/flows", query);
  if (result.data) return { flow: result.data as FlowOf<K> };
  return { failure: failureFrom(result.response, result.error) };
}
