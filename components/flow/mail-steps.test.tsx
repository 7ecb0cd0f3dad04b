// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { FlowForms } from "./flow-forms";

afterEach(cleanup);

describe("FlowForms on recovery and verification steps", () => {
  it("offers Continue after verification as a link to return_to with the conventional test hook", () => {
    const flow = fixture("verification-passed");
    render(<FlowForms ui={flow.ui} />);
    const next = screen.getByRole("link", { name: "Continue" });
    expect(next.getAttribute("data-testid")).toBe("node/anchor/continue");
    expect(next.getAttribute("href")).toBe(flow.return_to);
    expect(screen.getByTestId("ui/message/1080002").getAttribute("role")).toBe("status");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("lets the secondary resend button skip the browser's check of the empty, required code field", () => {
    render(<FlowForms ui={fixture("recovery-sent").ui} />);
    const code = screen.getByLabelText("Recovery code") as HTMLInputElement;
    expect(code.required).toBe(true);
    expect(code.inputMode).toBe("numeric");
    const resend = screen.getByRole("button", { name: "Resend code" }) as HTMLButtonElement;
    expect(resend.formNoValidate).toBe(true);
    expect(resend.className).toMatch(/bg-secondary/);
    const submit = screen.getByRole("button", { name: "Continue" }) as HTMLButtonElement;
    expect(submit.formNoValidate).toBe(false);
    expect(submit.className).toMatch(/bg-primary/);
    // The main action comes first, so pressing Enter in the code field submits the code.
    expect(submit.compareDocumentPosition(resend) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    ["recovery-wrong-code", 4060006, "Recovery code"],
    ["verification-wrong-code", 4070006, "Verification code"],
  ] as const)("announces a wrong code (%s) and keeps the code step with an empty field", (name, id, label) => {
    const flow = fixture(name);
    render(<FlowForms ui={flow.ui} />);
    const alert = screen.getByRole("alert");
    expect(alert.getAttribute("data-testid")).toBe(`ui/message/${id}`);
    expect(alert.textContent).toBe(flow.ui.messages![0]!.text);
    const form = screen.getByRole("form", { name: "Email code" });
    expect((within(form).getByLabelText(label) as HTMLInputElement).value).toBe("");
    expect(within(form).getByRole("button", { name: "Resend code" }).getAttribute("name")).toBe("email");
  });
});
