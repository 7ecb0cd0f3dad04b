import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { cn } from "@/lib/cn";

type TableProps = {
  /** The column headings, in order. */
  columns: readonly string[];
  /** Below this width the table scrolls sideways instead of squeezing its columns (a Tailwind min-w-* class). */
  minWidth: string;
  testId: string;
  /** The rows (`<tr className="align-top">`), cells with `py-2 pe-3`. */
  children: ReactNode;
};

/** A list of the admin area as a table: headings above, one row per item, sideways scrolling on a phone. */
export function AdminTable({ columns, minWidth, testId, children }: TableProps) {
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table className={cn("w-full text-left text-sm", minWidth)} data-testid={testId}>
        <thead className="border-b border-border text-text-muted">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pe-3 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">{children}</tbody>
      </table>
    </div>
  );
}

type PageLinksProps = {
  /** What the links page through (the navigation's name). */
  label: string;
  /** Back to the start: the first page, or the whole list after a search. */
  first?: { href: string; text: string };
  /** The next page, by Kratos's page token. */
  next?: string;
};

/** Paging through a list of the admin area with Kratos's page tokens: to the first page and to the next. */
export function PageLinks({ label, first, next }: PageLinksProps) {
  return (
    <nav className="flex flex-wrap gap-6 text-sm" aria-label={label}>
      {first && <TextLink href={first.href}>{first.text}</TextLink>}
      {next && (
        <TextLink href={next} rel="next">
          {t("admin.identities.next")}
        </TextLink>
      )}
    </nav>
  );
}
