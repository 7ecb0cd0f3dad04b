import type { SelectHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { focusRing } from "./focus";

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      className={cn(
        "block min-h-11 w-full rounded-lg border border-input bg-surface px-3 py-2 text-base text-text",
        "disabled:opacity-60 aria-invalid:border-danger",
        focusRing,
        className,
      )}
      {...props}
    />
  );
}
