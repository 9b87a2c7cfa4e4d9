"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

import { signOutAction } from "@/app/(site)/sign-in/actions";
import { hasRole, type SessionUser } from "@/lib/auth/roles";

const linkClass = "text-slate-700 hover:text-sky-700 dark:text-slate-300 dark:hover:text-sky-400";

type Viewer = Pick<SessionUser, "name" | "role">;

/**
 * The one part of a page that differs per person. Pages are cached and served to everyone alike
 * (lib/page-cache), so the browser asks who it is (/api/me) after each page loads.
 */
export function UserMenu() {
  const [user, setUser] = useState<Viewer | null>(null);
  // Asked again after each navigation: signing in or out ends on another page, under the same header.
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch("/api/me", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ user: Viewer | null }>) : { user: null }))
      .then(({ user: viewer }) => {
        if (live) setUser(viewer);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pathname]);
  if (!user) {
    return (
      <Link href="/sign-in" className={linkClass}>
        Sign in
      </Link>
    );
  }
  // hasRole needs an id it never reads; the menu only decides which links to show (the pages check again).
  const viewer = { ...user, id: "" };
  return (
    <>
      <Link href="/contribute" className={linkClass}>
        Contribute
      </Link>
      <Link href="/me/contributions" className={linkClass}>
        My contributions
      </Link>
      {hasRole(viewer, "MODERATOR") ? (
        <Link href="/moderation" className={linkClass}>
          Moderation
        </Link>
      ) : null}
      {hasRole(viewer, "ADMIN") ? (
        <Link href="/admin" className={linkClass}>
          Admin
        </Link>
      ) : null}
      <form action={signOutAction} className="flex items-center gap-2">
        <span className="text-slate-600 dark:text-slate-400" data-testid="signed-in-as">
          {user.name} ({user.role.toLowerCase()})
        </span>
        <button type="submit" className={`${linkClass} underline`}>
          Sign out
        </button>
      </form>
    </>
  );
}
