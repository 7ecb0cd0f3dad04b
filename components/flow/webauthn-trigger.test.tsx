// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Modules = {
  trigger: typeof import("./webauthn-trigger");
  loader: typeof import("./webauthn-script");
};

const SCRIPT = { id: "webauthn_script", src: "http://localhost:4433/.well-known/ory/webauthn.js", referrerPolicy: "no-referrer" } as const;
const globals = window as unknown as Record<string, unknown>;

// lib/webauthn/script.ts keeps per-document state, so every test gets fresh modules.
async function freshModules(): Promise<Modules> {
  vi.resetModules();
  return { trigger: await import("./webauthn-trigger"), loader: await import("./webauthn-script") };
}

function kratosScript(): HTMLScriptElement | null {
  return document.head.querySelector<HTMLScriptElement>(`script[src="${SCRIPT.src}"]`);
}

/** What the browser does when webauthn.js arrives: it defines its functions, then fires `load`. */
function finishLoading(functions: Record<string, () => unknown>): void {
  Object.assign(globals, functions);
  fireEvent.load(kratosScript()!);
}

beforeEach(() => {
  globals.PublicKeyCredential = function PublicKeyCredential() {};
});

afterEach(() => {
  cleanup();
  document.head.innerHTML = "";
  for (const name of ["PublicKeyCredential", "oryPasskeyLogin", "oryPasskeyLoginAutocompleteInit", "oryWebAuthnLogin"])
    delete globals[name];
});

describe("WebAuthnTriggerButton in the browser", () => {
  it("is invisible in its place in the server's HTML and appears once the page runs JavaScript", async () => {
    const { trigger } = await freshModules();
    const ui = (
      <trigger.WebAuthnTriggerButton
        name="passkey_login_trigger"
        label="Sign in with passkey"
        variant="secondary"
        trigger="oryPasskeyLogin"
      />
    );
    const container = document.createElement("div");
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelector("button")!.classList.contains("invisible")).toBe(true);
    const root = await act(async () => hydrateRoot(container, ui));
    const shown = screen.getByRole("button", { name: "Sign in with passkey" });
    expect(shown.hidden).toBe(false);
    expect(shown.classList.contains("invisible")).toBe(false);
    act(() => root.unmount());
    container.remove();
  });

  it("waits for webauthn.js before calling Kratos's function, and loads the script once", async () => {
    const { trigger, loader } = await freshModules();
    render(
      <StrictMode>
        <trigger.WebAuthnTriggerButton
          name="passkey_login_trigger"
          label="Sign in with passkey"
          variant="secondary"
          trigger="oryPasskeyLogin"
        />
        <loader.WebAuthnScriptLoader {...SCRIPT} />
      </StrictMode>,
    );
    const login = vi.fn();
    fireEvent.click(screen.getByRole("button", { name: "Sign in with passkey" }));
    expect(document.head.querySelectorAll("script")).toHaveLength(1);
    const script = kratosScript()!;
    expect(script.async).toBe(true);
    expect(script.getAttribute("crossorigin")).toBeNull();
    expect(script.referrerPolicy).toBe("no-referrer");
    finishLoading({ oryPasskeyLogin: login });
    await waitFor(() => expect(login).toHaveBeenCalledTimes(1));
  });

  it("starts passkey autofill once, although two nodes ask for it and development mode mounts twice", async () => {
    const { trigger, loader } = await freshModules();
    render(
      <StrictMode>
        <trigger.WebAuthnTriggerButton
          name="passkey_login_trigger"
          label="Sign in with passkey"
          variant="secondary"
          trigger="oryPasskeyLogin"
          loadTrigger="oryPasskeyLoginAutocompleteInit"
        />
        <trigger.WebAuthnLoadTrigger trigger="oryPasskeyLoginAutocompleteInit" />
        <loader.WebAuthnScriptLoader {...SCRIPT} />
      </StrictMode>,
    );
    const autofill = vi.fn(() => Promise.resolve());
    const login = vi.fn();
    finishLoading({ oryPasskeyLoginAutocompleteInit: autofill, oryPasskeyLogin: login });
    await waitFor(() => expect(autofill).toHaveBeenCalledTimes(1));
    expect(login).not.toHaveBeenCalled();
  });

  it("tells the person when webauthn.js could not be loaded", async () => {
    const { trigger, loader } = await freshModules();
    render(
      <>
        <trigger.WebAuthnTriggerButton
          name="webauthn_login_trigger"
          label="Use security key"
          variant="primary"
          trigger="oryWebAuthnLogin"
        />
        <loader.WebAuthnScriptLoader {...SCRIPT} />
      </>,
    );
    fireEvent.error(kratosScript()!);
    fireEvent.click(screen.getByRole("button", { name: "Use security key" }));
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      "Passkeys and security keys could not be started. Reload the page and try again.",
    );
  });

  it("says so instead of offering the button when the browser has no WebAuthn", async () => {
    delete globals.PublicKeyCredential;
    const { trigger } = await freshModules();
    render(
      <trigger.WebAuthnTriggerButton
        name="passkey_register_trigger"
        label="Sign up with passkey"
        variant="secondary"
        trigger="oryPasskeyRegistration"
      />,
    );
    expect(screen.queryByRole("button", { name: "Sign up with passkey" })).toBeNull();
    expect(screen.getByText("This browser cannot use passkeys or security keys.")).toBeTruthy();
  });
});
