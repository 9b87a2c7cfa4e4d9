import type { ButtonHTMLAttributes } from "react";

const styles = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 disabled:opacity-60",
  secondary:
    "border border-slate-300 text-slate-800 hover:border-sky-700 dark:border-slate-700 dark:text-slate-100 disabled:opacity-60",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:opacity-60",
} as const;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles }) {
  return <button {...props} className={`rounded-lg px-4 py-2 text-sm font-medium ${styles[variant]} ${className}`} />;
}
