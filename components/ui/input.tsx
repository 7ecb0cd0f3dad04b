import type { InputHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { focusRing } from "./focus";

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      className={cn(
        "block min-h-11 w-full rounded-lg border border-input bg-surface px-3 py-2 text-base text-text",
        "placeholder:text-text-muted disabled:opacity-60",
        "aria-invalid:border-danger",
        focusRing,
        className,
      )}
      {...props}
    />
  );
}

export function Checkbox({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input type="checkbox" className={cn("mt-0.5 size-5 shrink-0 rounded border-input accent-primary", focusRing, className)} {...props} />
  );
}
