import "server-only";
import { kratos } from "./client";
import type { FlowError } from "./types";

/** A stored self-service error by id (e.g. stub:500), or undefined when Kratos has none. */
export async function fetchFlowError(id: string): Promise<FlowError | undefined> {
  const { data } = await (await kratos()).GET("/self-service/errors", { params: { query: { id } } });
  return data;
}
