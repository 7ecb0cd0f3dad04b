// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { SessionsView, type SessionActions } from "./sessions-view";

afterEach(cleanup);

const actions: SessionActions = {
  signOutSession: async () => {},
  signOutOtherSessions: async () => {},
};

describe("SessionsView", () => {
  it("lists this browser's session apart from the others", () => {
    const current = fixture("session");
    render(<SessionsView current={current} others={fixture("sessions")} actions={actions} />);
    const here = screen.getByRole("region", { name: "This device" });
    const listed = within(here).getAllByTestId("session");
    expect(listed.map((item) => item.getAttribute("data-session-id"))).toEqual([current.id]);
    expect(within(here).queryByRole("button")).toBeNull();
  });

  it("names each other device readably, without the port, with the raw user agent at hand", () => {
    const others = fixture("sessions");
    render(<SessionsView current={fixture("session")} others={others} actions={actions} />);
    const region = screen.getByRole("region", { name: "Other sessions" });
    expect(
      within(region)
        .getAllByRole("heading", { level: 3 })
        .map((heading) => heading.textContent)
        .sort(),
    ).toEqual(["Firefox on Windows", "Safari on macOS"]);
    for (const session of others) {
      const item = region.querySelector(`[data-session-id="${session.id}"]`) as HTMLElement;
      expect(within(item).getByTestId("session-ip").textContent).toBe("127.0.0.1");
      expect(within(item).getByTestId("session-user-agent").textContent).toBe(session.devices![0]!.user_agent);
      expect(item.querySelector(`time[datetime="${session.authenticated_at}"]`)?.textContent).toMatch(/UTC$/);
    }
  });

  it("gives every other session its own sign-out form naming that session, plus one for all of them", () => {
    const others = fixture("sessions");
    render(<SessionsView current={fixture("session")} others={others} actions={actions} />);
    const buttons = screen.getAllByRole("button", { name: "Sign out this session" });
    expect(buttons).toHaveLength(others.length);
    for (const button of buttons) {
      const form = button.closest("form")!;
      const id = (form.querySelector('input[type="hidden"][name="session_id"]') as HTMLInputElement).value;
      expect(others.map((session) => session.id)).toContain(id);
      expect(button.getAttribute("type")).toBe("submit");
      expect(
        document.getElementById(button.getAttribute("aria-describedby")!)?.closest("[data-session-id]")?.getAttribute("data-session-id"),
      ).toBe(id);
    }
    expect(screen.getByRole("button", { name: "Sign out all other sessions" }).getAttribute("type")).toBe("submit");
  });

  it("says so when there is no other session, and offers nothing to sign out", () => {
    render(<SessionsView current={fixture("session")} others={[]} actions={actions} />);
    expect(screen.getByText("Your account is not signed in anywhere else.")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("shows the outcome of the last action from the catalogue", () => {
    const { rerender } = render(
      <SessionsView
        current={fixture("session")}
        others={[]}
        actions={actions}
        notice={{ key: "sessions.notice.revoked", tone: "success" }}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("The session was signed out.");
    rerender(
      <SessionsView
        current={fixture("session")}
        others={[]}
        actions={actions}
        notice={{ key: "sessions.notice.notYours", tone: "error" }}
      />,
    );
    expect(screen.getByRole("alert").textContent).toBe("That is not one of your active sessions, so nothing was changed.");
  });
});
