"use server";

import { redirect } from "next/navigation";

import { formDataToObject, runMutation, type ActionState } from "@/lib/mutations/run-mutation";
import { mutations } from "@/lib/mutations/registry";

export async function createContributionAction(_previous: ActionState<unknown> | null, formData: FormData) {
  const result = await runMutation(mutations.createContribution, formDataToObject(formData));
  if (!result.ok) return result;
  redirect(`/contributions/${result.data.id}?saved=${result.data.status.toLowerCase()}`);
}

export async function updateContributionAction(_previous: ActionState<unknown> | null, formData: FormData) {
  const result = await runMutation(mutations.updateContribution, formDataToObject(formData));
  if (!result.ok) return result;
  redirect(`/contributions/${result.data.id}?saved=${result.data.status.toLowerCase()}`);
}
