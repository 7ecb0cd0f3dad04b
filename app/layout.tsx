import type { Metadata } from "next";
import type { ReactNode } from "react";
import { defaultLocale, t } from "@/lib/i18n/catalogue";
import "./globals.css";
import { appPath } from "@/lib/http/app-path";

export const metadata: Metadata = {
  title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={defaultLocale}>
      <body className="min-h-screen antialiased" data-testid="app-kratos-account-ui">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {t("app.skipToContent")}
        </a>
        <header className="mx-auto flex max-w-2xl items-center px-4 py-6">
          <a
            href={appPath("/")}
            className="rounded text-lg font-semibold focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none"
          >
            {t("app.name")}
          </a>
        </header>
        <main id="main" className="px-4 pb-16">
          {children}
        </main>
      </body>
    </html>
  );
}
