import "server-only";
import { kratos } from "./client";

/** What a stored self-service error says; the spec types its body as an empty object. */
export type StoredError = { reference: string; code?: number; id?: string; reason?: string };

/** A stored self-service error by id (e.g. stub:500), or undefined when Kratos has none. */
export async function fetchFlowError(id: string): Promise<StoredError | undefined> {
  const { data } = await (await kratos()).GET("/self-service/errors", { params: { query: { id } } });
  if (!data) return undefined;
  const body: unknown = data.error;
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string) => (typeof fields[name] === "string" && fields[name] ? fields[name] : undefined);
  return {
    reference: data.id,
    code: typeof fields.code === "number" ? fields.code : undefined,
    id: text("id"),
    reason: text("reason") ?? text("message"),
  };
}
