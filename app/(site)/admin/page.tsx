import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { RoleForm } from "@/components/admin/role-form";
import { SuspendForm } from "@/components/admin/suspend-form";
import { listAuditEntries, listUsers } from "@/lib/admin/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";

import { setUserRoleAction, suspendUserAction } from "./actions";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  if (!hasRole(await getCurrentUser(), "ADMIN")) notFound();
  const [users, audit] = await Promise.all([listUsers(), listAuditEntries()]);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Admin</h1>
      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className="text-xl font-semibold">
          People, roles and suspensions
        </h2>
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                {user.name ?? "Unnamed"}{" "}
                <span className="text-sm text-slate-600 dark:text-slate-400">{user.email}</span>
                {user.suspendedAt ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    Suspended since {user.suspendedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </span>
                ) : null}
              </span>
              <span className="flex flex-wrap items-center gap-3">
                <RoleForm
                  action={setUserRoleAction}
                  userId={user.id}
                  name={user.name ?? user.email ?? user.id}
                  role={user.role}
                />
                <SuspendForm
                  action={suspendUserAction}
                  userId={user.id}
                  name={user.name ?? user.email ?? user.id}
                  suspended={Boolean(user.suspendedAt)}
                />
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="audit-heading" className="space-y-3">
        <h2 id="audit-heading" className="text-xl font-semibold">
          Audit log
        </h2>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="audit-heading">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th className="p-2">When (UTC)</th>
                <th className="p-2">Who</th>
                <th className="p-2">What</th>
                <th className="p-2">Target</th>
                <th className="p-2">Before</th>
                <th className="p-2">After</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((entry) => (
                <tr key={entry.id} className="border-t border-slate-200 align-top dark:border-slate-800">
                  <td className="p-2 whitespace-nowrap">
                    {entry.createdAt.toISOString().slice(0, 19).replace("T", " ")}
                  </td>
                  <td className="p-2">{entry.actor?.name ?? "command line"}</td>
                  <td className="p-2">{entry.action}</td>
                  <td className="p-2">
                    {entry.targetType} {entry.targetId}
                  </td>
                  <td className="p-2 font-mono text-xs">{JSON.stringify(entry.before)}</td>
                  <td className="p-2 font-mono text-xs">{JSON.stringify(entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
