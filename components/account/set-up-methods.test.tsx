// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { methodStatuses } from "@/lib/kratos/nodes/method-status";
import { NO_TRAIT_FIELDS } from "@/lib/kratos/nodes/trait-fields";
import { fixture } from "@/test/fixtures";
import { MethodsSummary } from "./methods-summary";
import { SettingsView } from "./settings-view";

afterEach(cleanup);

describe("MethodsSummary on the home page", () => {
  it("lists each method with its state and nudges towards a second step when there is none", () => {
    render(<MethodsSummary statuses={methodStatuses(fixture("settings").ui.nodes)} />);
    const section = screen.getByRole("region", { name: "Sign-in security" });
    const terms = [...section.querySelectorAll("dt")].map((term) => term.textContent);
    expect(terms).toEqual(["Authenticator app", "Recovery codes", "Security keys", "Passkeys", "Social sign-in"]);
    expect(within(section).getByTestId("home-method-totp").textContent).toBe("Not set up");
    expect(within(section).getByText(/You have not set up a second step yet/)).toBeTruthy();
  });

  it("says what is set up, naming keys and linked accounts", () => {
    render(
      <MethodsSummary
        statuses={[
          { group: "totp", configured: true, items: [] },
          { group: "webauthn", configured: true, items: ["YubiKey"] },
          { group: "oidc", configured: true, items: ["Local IdP"] },
        ]}
      />,
    );
    expect(screen.getByTestId("home-method-totp").textContent).toBe("Set up");
    expect(screen.getByTestId("home-method-webauthn").textContent).toBe("Set up: YubiKey");
    expect(screen.getByTestId("home-method-oidc").textContent).toBe("Set up: Local IdP");
    expect(screen.queryByText(/You have not set up a second step yet/)).toBeNull();
  });
});

describe("second-factor sections in settings", () => {
  it.each([
    ["Authenticator app", "Use an authenticator app as a second step when you sign in."],
    ["Recovery codes", "One-time recovery codes for when you cannot use your second step."],
    ["Security keys", "Use a security key as a second step when you sign in."],
    ["Passkeys", "Sign in without a password, with your device's screen lock or a security key."],
    ["Social sign-in", "Connect or disconnect accounts from other services that you sign in with."],
  ])("%s explains itself in one line and says it is not set up yet", (name, about) => {
    render(<SettingsView flow={fixture("settings")} traitFields={NO_TRAIT_FIELDS} />);
    const section = screen.getByRole("region", { name });
    expect(document.getElementById(section.getAttribute("aria-describedby")!)?.textContent).toBe(about);
    expect(within(section).getByText("Not set up")).toBeTruthy();
  });

  it("each explain themselves in one line and say whether they are set up", () => {
    render(<SettingsView flow={fixture("settings-recovery-codes-revealed")} traitFields={NO_TRAIT_FIELDS} />);
    const totp = screen.getByRole("region", { name: "Authenticator app" });
    expect(totp.getAttribute("aria-describedby")).toBe("settings-totp-about");
    expect(within(totp).getByTestId("settings-totp-status").textContent).toBe("Set up");
    const codes = screen.getByRole("region", { name: "Recovery codes" });
    expect(within(codes).getByText("One-time recovery codes for when you cannot use your second step.")).toBeTruthy();
    expect(within(codes).getByTestId("settings-lookup_secret-status").textContent).toBe("Set up");
  });
});
