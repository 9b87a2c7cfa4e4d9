import Link from "next/link";

import { signOutAction } from "@/app/(site)/sign-in/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";

const linkClass = "text-slate-700 hover:text-sky-700 dark:text-slate-300 dark:hover:text-sky-400";

export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className={linkClass}>
        Sign in
      </Link>
    );
  }
  return (
    <>
      <Link href="/contribute" className={linkClass}>
        Contribute
      </Link>
      <Link href="/me/contributions" className={linkClass}>
        My contributions
      </Link>
      {hasRole(user, "MODERATOR") ? (
        <Link href="/moderation" className={linkClass}>
          Moderation
        </Link>
      ) : null}
      {hasRole(user, "ADMIN") ? (
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
