import { expect, type Page } from "@playwright/test";

/** One identity in the admin area. */
export function adminIdentityScreen(page: Page) {
  const traits = page.getByTestId("admin-traits");
  const section = (name: string) => page.getByRole("region", { name });
  return {
    heading: page.getByRole("heading", { level: 1 }),
    notice: page.getByTestId("admin-notice"),
    traits,
    email: traits.getByLabel("Email"),
    website: traits.getByLabel("Website"),
    age: traits.getByLabel("Age"),
    saveTraits: traits.getByRole("button", { name: "Save traits" }),
    traitsSaved: traits.getByText("The traits have been saved."),
    state: page.getByTestId("admin-identity-state"),
    deactivate: section("State").getByRole("button", { name: "Deactivate" }),
    activate: section("State").getByRole("button", { name: "Activate" }),
    credentials: section("Sign-in methods"),
    removeTotp: section("Sign-in methods").getByRole("button", { name: "Remove this second step (Authenticator app)" }),
    metadataPublic: page.getByLabel(/^Public metadata/),
    saveMetadata: page.getByRole("button", { name: "Save metadata" }),
    sessions: page.getByTestId("admin-sessions"),
    revokeAll: page.getByRole("button", { name: "Revoke all sessions" }),
    createRecovery: page.getByRole("button", { name: "Create a recovery code and link" }),
    recoveryResult: page.getByTestId("admin-recovery-result"),
    deleteConfirm: section("Delete this identity").getByLabel(/^To confirm, type /),
    delete: section("Delete this identity").getByRole("button", { name: "Delete this identity" }),
    async open(id: string): Promise<void> {
      await page.goto(`/admin/identities/${id}`);
      await expect(page).toHaveURL(new RegExp(`/admin/identities/${id}`));
    },
  };
}
