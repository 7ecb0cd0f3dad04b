"use server";

import { continueAfter } from "@/lib/hydra/continue";
import { acceptLogout, rejectLogout } from "@/lib/hydra/requests";
import { KratosRefusal } from "@/lib/kratos/errors";

// A server action: a plain form post without JavaScript, refused by Next for
// cross-site requests, so another site cannot sign anyone out through it.

export async function answerLogout(formData: FormData): Promise<void> {
  const challenge = formData.get("logout_challenge");
  await continueAfter(async () => {
    if (typeof challenge !== "string" || !challenge) throw new KratosRefusal("oauth2_challenge_missing", 400);
    if (formData.get("decision") === "yes") return acceptLogout(challenge);
    await rejectLogout(challenge);
    return { elsewhere: "/" };
  });
}
