import { expect, type Page } from "@playwright/test";
import { SUBJECTS } from "../support/mail";
import { mailStepScreen } from "./mail-step-screen";

/** The email verification page as a person sees it. */
export function verificationScreen(page: Page) {
  const screen = mailStepScreen(page, {
    path: "/verification",
    title: "Verify your email address",
    codeLabel: "Verification code",
    subject: SUBJECTS.verification,
  });
  return {
    ...screen,
    continueLink: page.getByTestId("node/anchor/continue"),
    async expectVerified(): Promise<void> {
      await expect(screen.heading).toHaveText("Email address verified");
      await expect(page.getByTestId("ui/message/1080002")).toHaveText("You successfully verified your email address.");
    },
  };
}
