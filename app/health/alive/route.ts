export const dynamic = "force-dynamic";

/** Liveness for orchestrators: the process answers. */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
