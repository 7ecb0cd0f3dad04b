"use server";

import { consentForSignedInPerson, grantConsent } from "@/lib/hydra/consent";
import { continueAfter } from "@/lib/hydra/continue";
import { rejectConsent } from "@/lib/hydra/requests";

// A server action: a plain form post without JavaScript, refused by Next when
// the request's Origin is not this site (cross-site posts). Everything is
// checked again here; the form's fields are only the person's wishes.

export async function decideConsent(formData: FormData): Promise<void> {
  const challenge = formData.get("consent_challenge");
  await continueAfter(async () => {
    const { request, session } = await consentForSignedInPerson(typeof challenge === "string" ? challenge : undefined);
    if (formData.get("decision") !== "allow") return rejectConsent(request.challenge);
    const ticked = formData.getAll("scope").filter((value): value is string => typeof value === "string");
    return grantConsent(request, session, ticked, formData.get("remember") === "yes");
  });
}
