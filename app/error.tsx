"use client";

import { useEffect } from "react";
import { buttonClasses } from "@/components/ui/button";

// Client error boundaries cannot reach the server-side catalogue, so these few
// words stay here; they only show when something unforeseen broke.
const TEXT = {
  title: "Something went wrong",
  body: "An unexpected error occurred. Please try again.",
  retry: "Try again",
  reference: "Reference",
};

/** Last-resort page for unexpected failures: no stack trace, a reference and a retry. */
export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto w-full max-w-md rounded-2xl border border-border bg-surface p-8">
      <h1 className="text-2xl font-semibold">{TEXT.title}</h1>
      <p role="alert" className="mt-4">
        {TEXT.body}
      </p>
      {error.digest && (
        <p className="mt-2 text-xs text-text-muted">
          {TEXT.reference}: <code>{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset} className={buttonClasses("primary", "mt-6")}>
        {TEXT.retry}
      </button>
    </div>
  );
}
