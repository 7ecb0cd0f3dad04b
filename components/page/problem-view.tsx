import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { PageShell } from "./page-shell";

type Props = {
  title: string;
  message: string;
  action?: { href: string; label: string };
  children?: ReactNode;
};

/**
 * A full-page problem (error, unavailable, not found). The HTTP status is set by
 * the page that decides to show it, never here: Next renders boundary components
 * such as not-found speculatively, so a side effect here would leak into every page.
 */
export function ProblemView({ title, message, action, children }: Props) {
  return (
    <PageShell title={title}>
      <div className="space-y-4">
        <p role="alert" data-testid="ui/error/message">
          {message}
        </p>
        {children}
        {action && (
          <a href={action.href} className={buttonClasses("primary")}>
            {action.label}
          </a>
        )}
      </div>
    </PageShell>
  );
}
