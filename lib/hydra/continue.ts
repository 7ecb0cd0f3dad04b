import "server-only";
import { redirect } from "next/navigation";
import { isKratosRefusal } from "@/lib/kratos/errors";

/**
 * Ends a server action that answered Hydra: on to the "continue" page with
 * Hydra's next address (or to `elsewhere`), or, when the answer was refused,
 * to the error page with that refusal's status. Server actions run outside the
 * page wrapper, so refusals are turned into a redirect here.
 */
export async function continueAfter(answer: () => Promise<string | { elsewhere: string }>): Promise<never> {
  let next: string | { elsewhere: string };
  try {
    next = await answer();
  } catch (error) {
    if (!isKratosRefusal(error)) throw error;
    redirect(`/error?error=${encodeURIComponent(error.errorId)}`);
  }
  redirect(typeof next === "string" ? `/oauth2/continue?to=${encodeURIComponent(next)}` : next.elsewhere);
}
