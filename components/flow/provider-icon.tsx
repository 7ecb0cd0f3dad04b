type IconKind = "google" | "github" | "apple" | "microsoft" | "generic";

const KNOWN: ReadonlySet<string> = new Set(["google", "github", "apple", "microsoft"]);

/** Which mark a provider gets, by the id in Kratos's config; anything else gets the generic key. */
export function providerIconKind(providerId: string): IconKind {
  const id = providerId.toLowerCase();
  return KNOWN.has(id) ? (id as IconKind) : "generic";
}

/**
 * A provider's small mark next to its button text, drawn by app/globals.css
 * (provider-icon). Decorative: the button's text names the provider.
 */
export function ProviderIcon({ providerId }: { providerId: string }) {
  return <span className="provider-icon" aria-hidden="true" data-icon={providerIconKind(providerId)} />;
}
