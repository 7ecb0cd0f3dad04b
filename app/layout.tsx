import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ClientTextsProvider } from "@/components/i18n/client-texts";
import { BrandLinks } from "@/components/page/brand-links";
import { BrandMark } from "@/components/page/brand-mark";
import { productName } from "@/lib/brand/brand";
import { config } from "@/lib/config";
import { LanguageMenu } from "@/components/page/language-menu";
import { ThemeMenu } from "@/components/page/theme-menu";
import { currentRequestContext } from "@/lib/http/request-context";
import { appPath } from "@/lib/http/app-path";
import { t } from "@/lib/i18n/catalogue";
import { clientTexts } from "@/lib/i18n/client-texts";
import { textDirection } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/request-locale";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    title: { default: productName(), template: `%s · ${productName()}` },
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never at build time: even the 404 page is in the person's language.
  await connection();
  const locale = requestLocale();
  const theme = currentRequestContext()?.theme;
  return (
    <html lang={locale} dir={textDirection(locale)} className={theme === "light" || theme === "dark" ? theme : undefined}>
      {config().brand.palettes && (
        <head>
          <link rel="stylesheet" href={appPath("/brand.css")} />
        </head>
      )}
      <body className="min-h-screen antialiased" data-testid="app-kratos-account-ui">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {t("app.skipToContent")}
        </a>
        <header className="px-4 py-6">
          <div className="mx-auto flex max-w-(--page-width) items-center gap-1">
            <BrandMark />
            <ThemeMenu />
            <LanguageMenu />
          </div>
        </header>
        <main id="main" className="px-4 pb-16">
          <ClientTextsProvider texts={clientTexts()}>{children}</ClientTextsProvider>
        </main>
        <BrandLinks />
      </body>
    </html>
  );
}
