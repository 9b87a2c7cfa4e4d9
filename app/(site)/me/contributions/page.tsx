import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { ContributionStatusBadge } from "@/components/contributions/status-badge";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CONTRIBUTION_KINDS } from "@/lib/contributions/kinds";
import { listMyContributions } from "@/lib/contributions/queries";

export const metadata: Metadata = { title: "My contributions" };

export default async function MyContributionsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?returnTo=/me/contributions");
  const contributions = await listMyContributions(user.id);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900 dark:text-white">My contributions</h1>
        <Link href="/contribute" className="rounded-lg bg-sky-700 px-4 py-2 text-sm font-medium text-white">
          New contribution
        </Link>
      </header>
      {contributions.length === 0 ? <p>You have not contributed yet.</p> : null}
      <ul className="space-y-3">
        {contributions.map((c) => (
          <li key={c.id} className="space-y-1 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <ContributionStatusBadge status={c.status} />
              <span className="text-slate-600 dark:text-slate-400">
                {CONTRIBUTION_KINDS[c.kind].label} · version {c.version} · updated{" "}
                {c.updatedAt.toISOString().slice(0, 10)}
              </span>
            </div>
            <Link
              href={`/contributions/${c.id}`}
              className="block font-medium text-sky-800 underline dark:text-sky-300"
            >
              {c.title}
            </Link>
            {c.reviewNote ? (
              <p className="text-sm">
                <span className="font-medium">Reviewer feedback:</span> {c.reviewNote}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
