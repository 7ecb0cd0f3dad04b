import { config } from "@/lib/config";
import { t } from "@/lib/i18n/catalogue";

/** The company's help, terms and privacy links at the foot of every page, when configured. */
export function BrandLinks() {
  const { supportUrl, termsUrl, privacyUrl } = config().brand;
  const links = [
    { href: supportUrl, label: t("brand.support") },
    { href: termsUrl, label: t("brand.terms") },
    { href: privacyUrl, label: t("brand.privacy") },
  ].filter((link): link is { href: string; label: string } => Boolean(link.href));
  if (links.length === 0) return null;
  return (
    <footer className="px-4 pb-10">
      <ul className="mx-auto flex max-w-(--page-width) flex-wrap justify-center gap-x-6 gap-y-2 text-sm text-text-muted">
        {links.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              className="rounded underline-offset-4 hover:underline focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
