import type { AnchorHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { focusRing } from "./focus";

/**
 * A plain <a>: account pages are cheap to render on the server, and Next's
 * prefetching must never touch links with side effects such as signing out.
 */
export function TextLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={cn("link", focusRing, className)} {...props} />;
}
