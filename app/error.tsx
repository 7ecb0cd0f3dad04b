"use client";

import { useEffect } from "react";
import { buttonClasses } from "@/components/ui/button";
import { useClientTexts } from "@/components/i18n/client-texts";

/** Last-resort page for unexpected failures: no stack trace, a reference and a retry. */
export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useClientTexts();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto w-full max-w-md rounded-2xl border border-border bg-surface p-8">
      <h1 className="text-2xl font-semibold">{texts["error.title"]}</h1>
      <p role="alert" className="mt-4">
        {texts["error.unknown"]}
      </p>
      {error.digest && (
        <p className="mt-2 text-xs text-text-muted">
          {texts["error.reference"]}: <code>{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset} className={buttonClasses("primary", { className: "mt-6" })}>
        {texts["unavailable.retry"]}
      </button>
    </div>
  );
}
