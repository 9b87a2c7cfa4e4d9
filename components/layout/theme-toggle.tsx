"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const options = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const;

const subscribeNothing = () => () => {};

/** Three pressed-state buttons: the stored choice is only known in the browser, so the server renders none pressed. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const mounted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="flex rounded-lg border border-slate-200 p-0.5 text-xs dark:border-slate-700"
    >
      {options.map((option) => {
        const pressed = mounted && theme === option.value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={pressed}
            onClick={() => setTheme(option.value)}
            className={`rounded-md px-2 py-1 font-medium transition-colors ${
              pressed
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
