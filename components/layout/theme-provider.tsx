"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";
import type { ReactNode } from "react";

/**
 * Follows the system preference until the person picks a theme; the choice is kept in localStorage. Its
 * inline script is allowed by hash (THEME_SCRIPT_HASH in lib/security/headers.ts): change a prop here and
 * headers.test.ts asks for the new hash.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
    </NextThemesProvider>
  );
}
