import { clsx } from "clsx";
import type { ButtonHTMLAttributes } from "react";
import { definedProps } from "./defined-props";
import { focusRing } from "./focus";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
/** "full" fills the container (the default); "auto" is as wide as the label. */
export type ButtonWidth = "full" | "auto";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-primary text-on-primary hover:bg-primary-hover",
  secondary: "bg-secondary text-on-secondary border border-border hover:bg-secondary-hover",
  ghost: "text-primary hover:bg-secondary",
  danger: "bg-danger text-surface hover:opacity-90",
};

const widths: Record<ButtonWidth, string> = { full: "w-full", auto: "w-auto" };

// Shape, spacing and the disabled look (app/globals.css).
const base = "btn";

export type ButtonLook = { width?: ButtonWidth; className?: string };

/**
 * Classes for anything that should look like a button, including links. Joined
 * without tailwind-merge, so that client components carry no class merger: the
 * width is chosen here, and `className` may only add classes the base leaves
 * free (margins, alignment), never override one.
 */
export function buttonClasses(variant: ButtonVariant = "primary", { width = "full", className }: ButtonLook = {}): string {
  return clsx(base, widths[width], focusRing, variants[variant], className);
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; width?: ButtonWidth };

/** A button; `type` defaults to "button" so nothing submits by accident. */
export function Button({ variant, width, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, { width, className })} {...definedProps(props)} />;
}
