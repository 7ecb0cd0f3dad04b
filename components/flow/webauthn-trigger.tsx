"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { PENDING_SCRIPT_CLASSES } from "@/components/ui/pending-script";
import { useClientTexts } from "@/components/i18n/client-texts";
import type { WebAuthnTrigger } from "@/lib/kratos/nodes/webauthn-triggers";
import { browserSupportsWebAuthn, runWebAuthnLoadTrigger, runWebAuthnTrigger } from "@/lib/webauthn/script";

type Support = "unknown" | "supported" | "unsupported";

const noSubscription = () => () => undefined;

/** "unknown" in the server's HTML and while hydrating, so the HTML never offers what needs JavaScript. */
function useWebAuthnSupport(): Support {
  return useSyncExternalStore(
    noSubscription,
    () => (browserSupportsWebAuthn() ? "supported" : "unsupported"),
    () => "unknown",
  );
}

function useLoadTrigger(trigger: WebAuthnTrigger | undefined, support: Support): void {
  useEffect(() => {
    // A failed autofill start stays silent: the button reports the problem when the person uses it.
    if (trigger && support === "supported") runWebAuthnLoadTrigger(trigger).catch(() => undefined);
  }, [trigger, support]);
}

type Props = {
  name: string;
  value?: string;
  label: string;
  disabled?: boolean;
  variant: ButtonVariant;
  trigger: WebAuthnTrigger;
  loadTrigger?: WebAuthnTrigger;
};

/**
 * A Kratos WebAuthn button: calls webauthn.js's function, which asks the browser
 * for the passkey or security key and then submits the form. It keeps Kratos's
 * name and value because webauthn.js reads its options from the button. Invisible,
 * in its place, until the browser is known to support WebAuthn.
 */
export function WebAuthnTriggerButton({ trigger, loadTrigger, label, ...button }: Props) {
  const support = useWebAuthnSupport();
  const [failed, setFailed] = useState(false);
  const texts = useClientTexts();
  useLoadTrigger(loadTrigger, support);

  function start() {
    setFailed(false);
    runWebAuthnTrigger(trigger).catch(() => setFailed(true));
  }

  return (
    <>
      <Button
        type="button"
        hidden={support === "unsupported"}
        className={support === "unknown" ? PENDING_SCRIPT_CLASSES : undefined}
        aria-hidden={support === "unknown" || undefined}
        tabIndex={support === "unknown" ? -1 : undefined}
        onClick={start}
        {...button}
      >
        {label}
      </Button>
      {support === "unsupported" && <p className="text-sm text-text-muted">{texts["webauthn.unsupported"]}</p>}
      {failed && (
        <p role="alert" className="mt-1 text-sm text-danger">
          {texts["webauthn.failed"]}
        </p>
      )}
    </>
  );
}

/** An on-load trigger on a node that is not a button (passkey autofill on the hidden passkey_login field). */
export function WebAuthnLoadTrigger({ trigger }: { trigger: WebAuthnTrigger }) {
  useLoadTrigger(trigger, useWebAuthnSupport());
  return null;
}
