import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { ThemeProvider } from "@/components/layout/theme-provider";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "MCP Security Troubleshooting Portal", template: "%s · MCP Security Troubleshooting" },
  description:
    "Interactive runbooks, known issues and community fixes for Model Context Protocol security problems: authentication, tokens, permissions, rate limits, TLS and containers.",
  alternates: {
    types: { "application/atom+xml": [{ url: "/feed.xml", title: "MCP Security Troubleshooting Portal: new fixes" }] },
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

// Reads nothing from the request, so pages can be cached (lib/page-cache): the theme script is allowed by its
// hash (lib/security/headers.ts), Next.js's own scripts by the nonce or hashes the proxy or the cache sets.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-screen flex-col bg-white text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200">
        <ThemeProvider>
          <SkipLink />
          <SiteHeader />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 lg:px-8"
          >
            {children}
          </main>
          <SiteFooter />
        </ThemeProvider>
      </body>
    </html>
  );
}
