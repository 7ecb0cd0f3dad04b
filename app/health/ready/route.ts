import { config } from "@/lib/config";

export const dynamic = "force-dynamic";

/** Readiness for orchestrators: Kratos's public API answers its own readiness check. */
export async function GET(): Promise<Response> {
  const { kratosPublicUrl, kratosTimeoutMs } = config();
  const headers = { "cache-control": "no-store" };
  try {
    const response = await fetch(new URL("health/ready", kratosPublicUrl), {
      signal: AbortSignal.timeout(kratosTimeoutMs),
      cache: "no-store",
    });
    if (response.ok) return Response.json({ status: "ok" }, { headers });
    return Response.json({ status: "kratos-not-ready", kratos: response.status }, { status: 503, headers });
  } catch {
    return Response.json({ status: "kratos-unreachable" }, { status: 503, headers });
  }
}
