"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formDataToObject, runMutation, type ActionState } from "@/lib/mutations/run-mutation";
import { mutations } from "@/lib/mutations/registry";

export async function voteAction(_previous: ActionState<unknown> | null, formData: FormData) {
  const result = await runMutation(mutations.voteContribution, formDataToObject(formData));
  if (result.ok) revalidatePath(`/contributions/${String(formData.get("id"))}`);
  return result;
}

export async function reportAction(_previous: ActionState<unknown> | null, formData: FormData) {
  return runMutation(mutations.reportContribution, formDataToObject(formData));
}

export async function reviewAction(_previous: ActionState<unknown> | null, formData: FormData) {
  const result = await runMutation(mutations.reviewContribution, formDataToObject(formData));
  if (!result.ok) return result;
  redirect(`/contributions/${result.data.id}?reviewed=${result.data.status.toLowerCase()}`);
}
