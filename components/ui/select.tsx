import type { SelectHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { focusRing } from "./focus";

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn("field", focusRing, className)} {...props} />;
}
