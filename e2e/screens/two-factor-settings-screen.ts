import { expect, type Page } from "@playwright/test";

/** The authenticator app and recovery code sections of account settings. */
export function twoFactorSettingsScreen(page: Page) {
  const totp = page.getByRole("region", { name: "Authenticator app" });
  const codes = page.getByRole("region", { name: "Recovery codes" });
  return {
    totp,
    totpStatus: page.getByTestId("settings-totp-status"),
    qrCode: totp.getByRole("img", { name: "QR code that adds this account to your authenticator app" }),
    secret: totp.getByTestId("node/text/totp_secret_key/text"),
    copySecret: totp.getByRole("button", { name: "Copy secret" }),
    verifyCode: totp.getByLabel("Verify code"),
    saveTotp: totp.getByRole("button", { name: "Save" }),
    unlinkTotp: totp.getByRole("button", { name: "Unlink TOTP Authenticator App" }),
    codes,
    codesStatus: page.getByTestId("settings-lookup_secret-status"),
    codeList: codes.getByTestId("node/text/lookup_secret_codes/text"),
    generateCodes: codes.getByRole("button", { name: "Generate new backup recovery codes" }),
    confirmCodes: codes.getByRole("button", { name: "Confirm backup recovery codes" }),
    revealCodes: codes.getByRole("button", { name: "Reveal backup recovery codes" }),
    disableCodes: codes.getByRole("button", { name: "Disable this method" }),
    copyCodes: codes.getByRole("button", { name: "Copy codes" }),
    downloadCodes: codes.getByRole("link", { name: "Download as text file" }),
    saved: page.getByTestId("ui/message/1050001"),
    /** The codes on screen that still work, in order (a used one keeps its place, struck through, with no value). */
    async shownCodes(): Promise<string[]> {
      await expect(this.codeList).toBeVisible();
      return this.codeList.locator("li:not([data-used]) code").allTextContents();
    },
  };
}
