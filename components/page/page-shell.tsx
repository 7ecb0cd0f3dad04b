import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

type Props = { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode; wide?: boolean };

/** The frame of every page: one h1, the content in a card, links below it. */
export function PageShell({ title, intro, children, footer, wide = false }: Props) {
  return (
    <div className={wide ? "mx-auto w-full max-w-(--page-width)" : "mx-auto w-full max-w-md"}>
      <Card aria-labelledby="page-title">
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          {title}
        </h1>
        {intro && <div className="mt-2 text-sm text-text-muted">{intro}</div>}
        <div className="mt-6">{children}</div>
      </Card>
      {footer && <div className="mt-6 space-y-2 text-center text-sm text-text-muted">{footer}</div>}
    </div>
  );
}
