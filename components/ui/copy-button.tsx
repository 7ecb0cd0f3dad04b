"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "./button";
import { PENDING_SCRIPT_CLASSES } from "./pending-script";

type Props = {
  /** What lands on the clipboard. */
  text: string;
  label: string;
  /** Announced once the text is on the clipboard. */
  copiedText: string;
  /** Announced when the browser refuses; the text on the page stays selectable. */
  failedText: string;
};

const noSubscription = () => () => {};

/**
 * Copies text to the clipboard. It works only once JavaScript runs: without it,
 * a button that does nothing would mislead, and the text itself stays selectable.
 */
export function CopyButton({ text, label, copiedText, failedText }: Props) {
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [outcome, setOutcome] = useState<"copied" | "failed" | undefined>();
  if (!scripted) {
    return (
      <div className={PENDING_SCRIPT_CLASSES} aria-hidden="true" data-testid="copy-placeholder">
        <Button variant="secondary" width="auto" disabled tabIndex={-1}>
          {label}
        </Button>
      </div>
    );
  }

  const copy = () => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard) {
      setOutcome("failed");
      return;
    }
    clipboard.writeText(text).then(
      () => setOutcome("copied"),
      () => setOutcome("failed"),
    );
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" width="auto" onClick={copy}>
        {label}
      </Button>
      {/* A live region without role="status": it stays on the page, empty, until there is something to say. */}
      <span aria-live="polite" className="text-sm text-text-muted">
        {outcome === "copied" ? copiedText : outcome === "failed" ? failedText : ""}
      </span>
    </div>
  );
}
