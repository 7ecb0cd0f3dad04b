import type { InputHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { definedProps } from "./defined-props";
import { focusRing } from "./focus";

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn("field", focusRing, className)} {...definedProps(props)} />;
}

export function Checkbox({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      type="checkbox"
      className={cn("mt-0.5 size-5 shrink-0 rounded border-input accent-primary", focusRing, className)}
      {...definedProps(props)}
    />
  );
}
