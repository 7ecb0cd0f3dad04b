import { expect, type Page } from "@playwright/test";

/** The list of the person's sessions. */
export function sessionsScreen(page: Page) {
  const current = page.getByRole("region", { name: "This device" });
  const others = page.getByRole("region", { name: "Other sessions" });
  return {
    current,
    others,
    otherSessions: others.getByTestId("session"),
    signOutOthers: page.getByRole("button", { name: "Sign out all other sessions" }),
    notice: page.getByTestId("sessions-notice"),
    /** The listed session Kratos knows by this id. */
    session: (id: string) => page.locator(`[data-testid="session"][data-session-id="${id}"]`),
    async open(): Promise<void> {
      await page.goto("/sessions");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Devices and sessions");
    },
  };
}
