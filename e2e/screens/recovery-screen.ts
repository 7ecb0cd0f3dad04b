import type { Page } from "@playwright/test";
import { SUBJECTS } from "../support/mail";
import { mailStepScreen } from "./mail-step-screen";

/** The account recovery page as a person sees it, for both the code and the link method. */
export function recoveryScreen(page: Page) {
  return mailStepScreen(page, { path: "/recovery", title: "Recover your account", codeLabel: "Recovery code", subject: SUBJECTS.recovery });
}
