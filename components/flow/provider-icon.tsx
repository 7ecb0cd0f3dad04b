import type { ReactNode } from "react";

type IconKind = "google" | "github" | "apple" | "microsoft" | "generic";

const KNOWN: ReadonlySet<string> = new Set(["google", "github", "apple", "microsoft"]);

/** Which mark a provider gets, by the id in Kratos's config; anything else gets the generic key. */
export function providerIconKind(providerId: string): IconKind {
  const id = providerId.toLowerCase();
  return KNOWN.has(id) ? (id as IconKind) : "generic";
}

// Simple shapes drawn for this project that hint at each provider's colours and
// outline; they are not the providers' logo files. Brand colours stay fixed in
// every theme, like the marks they stand for; one-colour marks follow the text.
const SHAPES: Record<IconKind, ReactNode> = {
  google: (
    <g fill="none" strokeWidth="3.5">
      <path d="M17.66 6.34A8 8 0 0 0 5.07 8" stroke="#EA4335" />
      <path d="M5.07 8a8 8 0 0 0 0 8" stroke="#FBBC05" />
      <path d="M5.07 16A8 8 0 0 0 16 18.93" stroke="#34A853" />
      <path d="M16 18.93A8 8 0 0 0 20 12h-8" stroke="#4285F4" />
    </g>
  ),
  microsoft: (
    <g>
      <rect x="3" y="3" width="8.5" height="8.5" fill="#F25022" />
      <rect x="12.5" y="3" width="8.5" height="8.5" fill="#7FBA00" />
      <rect x="3" y="12.5" width="8.5" height="8.5" fill="#00A4EF" />
      <rect x="12.5" y="12.5" width="8.5" height="8.5" fill="#FFB900" />
    </g>
  ),
  github: (
    <g fill="currentColor">
      <circle cx="12" cy="13.5" r="7.5" />
      <path d="M5 10 5.5 3.5 10 6.5ZM19 10 18.5 3.5 14 6.5Z" />
    </g>
  ),
  apple: (
    <g fill="currentColor">
      <path d="M12 8.2c-1.6-1-4.6-1.2-6.1 1.1-1.4 2.2-1.2 6 .3 8.6 1.2 2.1 2.7 3 4.2 2.5.7-.2 1.1-.4 1.6-.4s.9.2 1.6.4c1.5.5 3-.4 4.2-2.5 1.5-2.6 1.7-6.4.3-8.6-1.5-2.3-4.5-2.1-6.1-1.1Z" />
      <path d="M12.2 7.3c0-2.2 1.4-3.8 3.6-4.3-.1 2.2-1.5 3.8-3.6 4.3Z" />
    </g>
  ),
  generic: (
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="8" cy="12" r="4" />
      <path d="M12 12h9M18 12v3M21 12v2" />
    </g>
  ),
};

/** A provider's small mark next to its button text. Decorative: the button's text names the provider. */
export function ProviderIcon({ providerId }: { providerId: string }) {
  const kind = providerIconKind(providerId);
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" className="size-5 shrink-0" aria-hidden="true" focusable="false" data-icon={kind}>
      {SHAPES[kind]}
    </svg>
  );
}
