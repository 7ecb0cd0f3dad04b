import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

export type Tone = "info" | "success" | "error";

const tones: Record<Tone, string> = {
  info: "border-info/40 bg-info-soft text-info",
  success: "border-success/40 bg-success-soft text-success",
  error: "border-danger/40 bg-danger-soft text-danger",
};

/** A boxed message. Errors interrupt screen readers; info and success wait politely. */
export function Alert({ tone, className, ...props }: HTMLAttributes<HTMLDivElement> & { tone: Tone }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-lg border px-3 py-2 text-sm", tones[tone], className)}
      {...props}
    />
  );
}
