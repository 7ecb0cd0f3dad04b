import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { appPath } from "@/lib/http/app-path";
import { isHttpsRequest } from "@/lib/http/forwarded";
import { isKratosRefusal } from "@/lib/kratos/errors";

/** Carries Hydra's next address from a server action to the continue page, and nowhere else. */
export const CONTINUE_COOKIE = "oauth2_continue";
const CONTINUE_PATH = "/oauth2/continue";

/**
 * Ends a server action that answered Hydra: on to the "continue" page, which
 * takes the browser to Hydra's next address (or to `elsewhere`); when the answer
 * was refused, to the error page with that refusal's status. The address travels
 * in a short-lived HttpOnly cookie only this server sets, never in the query, so
 * nobody can make the continue page send people somewhere else. Server actions
 * run outside the page wrapper, hence the refusal handling here.
 */
export async function continueAfter(answer: () => Promise<string | { elsewhere: string }>): Promise<never> {
  let next: string | { elsewhere: string };
  try {
    next = await answer();
  } catch (error) {
    if (!isKratosRefusal(error)) throw error;
    redirect(`/error?error=${encodeURIComponent(error.errorId)}`);
  }
  if (typeof next !== "string") redirect(next.elsewhere);
  const secure = isHttpsRequest(await headers(), "http:");
  (await cookies()).set(CONTINUE_COOKIE, next, { httpOnly: true, sameSite: "lax", secure, path: appPath(CONTINUE_PATH), maxAge: 60 });
  redirect(CONTINUE_PATH);
}
