import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">Page not found</h1>
      <p className="text-slate-600 dark:text-slate-400">
        There is no page at this address. The link may be old, or the category may have a different name now.
      </p>
      <p>
        <Link href="/#categories" className="font-medium text-sky-700 underline dark:text-sky-400">
          Browse all categories
        </Link>
      </p>
    </div>
  );
}
