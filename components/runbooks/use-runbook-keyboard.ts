"use client";

import { useEffect } from "react";

interface Shortcuts {
  answerHrefs: string[];
  canGoBack: boolean;
  restartHref: string;
  navigate: (href: string) => void;
}

/** Number keys pick an answer, Backspace steps back, `r` restarts. Typing in a field is left alone. */
export function useRunbookKeyboard({ answerHrefs, canGoBack, restartHref, navigate }: Shortcuts) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const index = Number(event.key) - 1;
      if (Number.isInteger(index) && index >= 0 && index < answerHrefs.length) {
        event.preventDefault();
        navigate(answerHrefs[index]!);
      } else if (event.key === "Backspace" && canGoBack) {
        event.preventDefault();
        window.history.back();
      } else if (event.key === "r" || event.key === "R") {
        event.preventDefault();
        navigate(restartHref);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [answerHrefs, canGoBack, restartHref, navigate]);
}
