// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NO_TRAIT_FIELDS, traitFieldsFromSchema } from "@/lib/kratos/nodes/trait-fields";
import { fixture } from "@/test/fixtures";
import { SettingsView } from "./settings-view";

afterEach(cleanup);

const traitFields = traitFieldsFromSchema(fixture("identity-schema-extended"));

describe("SettingsView", () => {
  it("offers a way to leave only when ACCOUNT_DELETION does, worded for deleting or closing", () => {
    const { unmount } = render(<SettingsView flow={fixture("settings-extended")} traitFields={traitFields} />);
    expect(screen.queryByRole("heading", { name: "Danger zone" })).toBeNull();
    unmount();
    render(<SettingsView flow={fixture("settings-extended")} traitFields={traitFields} deletion="delete" />);
    expect(screen.getByRole("heading", { name: "Danger zone" })).toBeDefined();
    expect(screen.getByRole("link", { name: "Delete my account" }).getAttribute("href")).toBe("/settings/delete");
    cleanup();
    render(<SettingsView flow={fixture("settings-extended")} traitFields={traitFields} deletion="deactivate" />);
    expect(screen.getByRole("link", { name: "Close my account" }).getAttribute("href")).toBe("/settings/delete");
  });

  it("renders every trait of the extended schema with a fitting control, in schema order", () => {
    render(<SettingsView flow={fixture("settings-extended")} traitFields={traitFields} />);
    const profile = screen.getByRole("form", { name: "Profile" });
    expect(within(profile).getByLabelText("Email")).toHaveProperty("type", "email");
    expect(within(profile).getByLabelText("Website")).toHaveProperty("type", "url");
    expect(within(profile).getByLabelText("Age")).toHaveProperty("type", "number");
    expect(within(profile).getByLabelText("Age")).toHaveProperty("value", "42");
    expect(within(profile).getByLabelText("Send me the newsletter")).toHaveProperty("checked", true);
    const labels = [...profile.querySelectorAll("label")].map((label) => label.textContent);
    expect(labels).toEqual(["Email", "Website", "Age", "Send me the newsletter", "Plan"]);
  });

  it("offers an enum trait as a choice that keeps Kratos's name, label and current value", () => {
    render(<SettingsView flow={fixture("settings-extended")} traitFields={traitFields} />);
    const plan = screen.getByRole("combobox", { name: "Plan" }) as HTMLSelectElement;
    expect(plan.name).toBe("traits.plan");
    expect(plan.value).toBe("team");
    expect(
      within(plan)
        .getAllByRole("option")
        .map((option) => [option.getAttribute("value"), option.textContent]),
    ).toEqual([
      ["", "Not set"],
      ["free", "free"],
      ["team", "team"],
      ["enterprise", "enterprise"],
    ]);
  });

  it("without the schema, the enum trait stays the text input Kratos 1.3 sends", () => {
    render(<SettingsView flow={fixture("settings-extended")} traitFields={NO_TRAIT_FIELDS} />);
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.getByLabelText("Plan")).toHaveProperty("type", "text");
  });

  it("sends an explicit false for an unticked box: a hidden false comes before the checkbox", () => {
    render(<SettingsView flow={fixture("settings-extended")} traitFields={traitFields} />);
    const profile = screen.getByRole("form", { name: "Profile" }) as HTMLFormElement;
    const fields = [...profile.elements].filter((element) => element.getAttribute("name") === "traits.newsletter");
    expect(fields.map((field) => [field.getAttribute("type"), field.getAttribute("value")])).toEqual([
      ["hidden", "false"],
      ["checkbox", "true"],
    ]);
    (screen.getByLabelText("Send me the newsletter") as HTMLInputElement).click();
    expect(new FormData(profile).getAll("traits.newsletter")).toEqual(["false"]);
  });

  it("shows each profile error under its own field, tied with aria-invalid and aria-describedby", () => {
    render(<SettingsView flow={fixture("settings-extended-errors")} traitFields={traitFields} />);
    for (const [label, id] of [
      ["Website", "4000003"],
      ["Age", "4000020"],
    ] as const) {
      const field = screen.getByLabelText(label);
      expect(field.getAttribute("aria-invalid")).toBe("true");
      const message = document.getElementById(field.getAttribute("aria-describedby")!)!;
      expect(message.getAttribute("data-testid")).toBe(`ui/message/${id}`);
      expect(field.closest("[data-testid^='node/input/']")!.contains(message)).toBe(true);
    }
    expect(screen.getByRole("combobox", { name: "Plan" }).getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("gives every section a heading and a one-line purpose from the catalogue", () => {
    render(<SettingsView flow={fixture("settings-extended")} traitFields={traitFields} />);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    const profile = screen.getByRole("region", { name: "Profile" });
    expect(document.getElementById(profile.getAttribute("aria-describedby")!)?.textContent).toBe("The details stored with your account.");
    const password = screen.getByRole("region", { name: "Password" });
    expect(within(password).getByRole("heading", { level: 2 }).textContent).toBe("Password");
    expect(document.getElementById(password.getAttribute("aria-describedby")!)?.textContent).toMatch(/new password/);
    expect(screen.getByRole("link", { name: "See where you're signed in" }).getAttribute("href")).toBe("/sessions");
  });

  it("shows Kratos's success message once, above the sections", () => {
    render(<SettingsView flow={fixture("settings-success")} traitFields={NO_TRAIT_FIELDS} />);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("Your changes have been saved!");
    expect(status.compareDocumentPosition(screen.getByRole("region", { name: "Profile" })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
