// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixture } from "@/test/fixtures";
import { FlowForms } from "./flow-forms";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A clipboard the test can read; jsdom has none. */
function stubClipboard(): { writes: string[] } {
  const writes: string[] = [];
  vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: async (text: string) => void writes.push(text) } });
  return { writes };
}

function fileText(href: string | null): string {
  expect(href?.startsWith("data:text/plain;charset=utf-8,")).toBe(true);
  return decodeURIComponent(href!.slice(href!.indexOf(",") + 1));
}

describe("authenticator app set-up", () => {
  it("shows the QR code with an alt text that says what it is for, and the secret as text", () => {
    render(<FlowForms ui={fixture("settings").ui} />);
    const form = screen.getByRole("form", { name: "Authenticator app" });
    const qr = within(form).getByRole("img", { name: "QR code that adds this account to your authenticator app" });
    expect(qr.getAttribute("data-testid")).toBe("node/image/totp_qr");
    expect(qr.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    expect(within(form).getByTestId("node/text/totp_secret_key/text").textContent).toMatch(/^[A-Z2-7]{32}$/);
    expect(within(form).getByLabelText("Verify code")).toBeTruthy();
  });

  it("copies the secret and says so", async () => {
    const clipboard = stubClipboard();
    render(<FlowForms ui={fixture("settings").ui} />);
    const form = screen.getByRole("form", { name: "Authenticator app" });
    const copy = within(form).getByRole("button", { name: "Copy secret" });
    expect(copy.getAttribute("type")).toBe("button");
    fireEvent.click(copy);
    // Said in a polite live region, so a screen reader announces it without moving focus.
    expect((await within(form).findByText("Copied.")).getAttribute("aria-live")).toBe("polite");
    expect(clipboard.writes).toEqual([within(form).getByTestId("node/text/totp_secret_key/text").textContent]);
  });

  it("once linked, offers only to unlink", () => {
    render(<FlowForms ui={fixture("settings-second-factors").ui} />);
    const form = screen.getByRole("form", { name: "Authenticator app" });
    expect(within(form).queryByRole("img")).toBeNull();
    expect(within(form).queryByTestId("node/text/totp_secret_key/text")).toBeNull();
    const unlink = within(form).getByRole("button", { name: "Unlink TOTP Authenticator App" });
    expect([unlink.getAttribute("name"), unlink.getAttribute("type")]).toEqual(["totp_unlink", "submit"]);
  });
});

describe("recovery codes", () => {
  it("shows each new code as <code>, offers them as a text file and to confirm them", () => {
    render(<FlowForms ui={fixture("settings-second-factors").ui} />);
    const form = screen.getByRole("form", { name: "Recovery codes" });
    const codes = [...within(form).getByTestId("node/text/lookup_secret_codes/text").querySelectorAll("code")].map(
      (code) => code.textContent,
    );
    expect(codes).toHaveLength(12);
    const download = within(form).getByRole("link", { name: "Download as text file" });
    expect(download.getAttribute("download")).toBe("recovery-codes.txt");
    const text = fileText(download.getAttribute("href"));
    expect(text.split("\n").filter((line) => /^[a-z0-9]{8}$/.test(line))).toEqual(codes);
    expect(text).toMatch(/^Recovery codes for your account\./);
    expect(within(form).getByRole("button", { name: "Confirm backup recovery codes" }).getAttribute("name")).toBe("lookup_secret_confirm");
  });

  it("copies all codes, one per line", async () => {
    const clipboard = stubClipboard();
    render(<FlowForms ui={fixture("settings-second-factors").ui} />);
    const form = screen.getByRole("form", { name: "Recovery codes" });
    fireEvent.click(within(form).getByRole("button", { name: "Copy codes" }));
    expect(await within(form).findByText("Copied.")).toBeTruthy();
    const codes = [...form.querySelectorAll("code")].map((code) => code.textContent);
    expect(clipboard.writes).toEqual([codes.join("\n")]);
  });

  it("keeps every entry a <code> (Kratos's hook), strikes a used one through with no value, and leaves it out of the file", () => {
    render(<FlowForms ui={fixture("settings-recovery-codes-revealed").ui} />);
    const form = screen.getByRole("form", { name: "Recovery codes" });
    const list = within(form).getByTestId("node/text/lookup_secret_codes/text");
    expect(list.querySelectorAll("code")).toHaveLength(12);
    const entries = [...list.querySelectorAll("li")];
    expect(entries[0]!.textContent).toMatch(/^Used on .+ UTC$/);
    expect(entries[0]!.querySelector("del > code")?.textContent).toMatch(/^Used on .+ UTC$/);
    expect(entries.slice(1).map((entry) => entry.querySelector("del"))).toEqual(Array(11).fill(null));
    const lines = fileText(within(form).getByRole("link", { name: "Download as text file" }).getAttribute("href")).split("\n");
    expect(lines.filter((line) => /^[a-z0-9]{8}$/.test(line))).toEqual(entries.slice(1).map((entry) => entry.textContent));
    expect(within(form).getByRole("button", { name: "Disable this method" }).getAttribute("name")).toBe("lookup_secret_disable");
  });
});
