// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import type { UiText } from "@/lib/kratos/types";
import { RecoveryView, recoveryCopy } from "./recovery-view";
import { VerificationView, verificationCopy } from "./verification-view";

afterEach(cleanup);

describe("recovery and verification headings", () => {
  it("asks for the address, then says to check the mail", () => {
    expect(recoveryCopy(fixture("recovery"))).toEqual({ title: "Recover your account", intro: expect.stringContaining("send you a code") });
    expect(recoveryCopy(fixture("recovery-sent")).title).toBe("Check your email");
    expect(recoveryCopy(fixture("recovery-wrong-code")).intro).toMatch(/Enter the code/);
    expect(verificationCopy(fixture("verification")).title).toBe("Verify your email address");
    expect(verificationCopy(fixture("verification-sent")).title).toBe("Check your email");
    expect(verificationCopy(fixture("verification-passed"))).toEqual({ title: "Email address verified" });
  });

  it("speaks of a link when Kratos mails links", () => {
    const flow = fixture("recovery");
    const linkFlow = {
      ...flow,
      ui: { ...flow.ui, nodes: flow.ui.nodes.map((node) => (node.group === "code" ? { ...node, group: "link" as const } : node)) },
    };
    expect(recoveryCopy(linkFlow).intro).toMatch(/send you a link/);
    expect(recoveryCopy({ ...linkFlow, state: "sent_email" }).intro).toMatch(/Open the link/);
  });

  it("renders the heading and a way back to sign-in that keeps return_to", () => {
    render(<RecoveryView flow={{ ...fixture("recovery-sent"), return_to: "http://localhost:3000/?x=1" }} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Check your email");
    expect(screen.getByRole("link", { name: "Back to sign in" }).getAttribute("href")).toBe(
      "/login?return_to=http%3A%2F%2Flocalhost%3A3000%2F%3Fx%3D1",
    );
  });
});

describe("VerificationView", () => {
  const notice: UiText = { id: 4000010, type: "error", text: "Account not active yet. Did you forget to verify your email address?" };

  it("shows a notice first among the flow's messages, in the standard message list", () => {
    const flow = fixture("verification-wrong-code");
    render(<VerificationView flow={flow} notice={notice} />);
    const alerts = screen.getAllByRole("alert");
    expect(alerts.map((alert) => alert.getAttribute("data-testid"))).toEqual(["ui/message/4000010", "ui/message/4070006"]);
    expect(alerts[0]!.textContent).toBe(notice.text);
  });

  it("shows only Kratos's messages without a notice", () => {
    render(<VerificationView flow={fixture("verification-sent")} />);
    expect(screen.queryByTestId("ui/message/4000010")).toBeNull();
    expect(screen.getByTestId("ui/message/1080003")).toBeTruthy();
  });
});
