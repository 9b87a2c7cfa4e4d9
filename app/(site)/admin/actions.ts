"use server";

import { revalidatePath } from "next/cache";

import { formDataToObject, runMutation, type ActionState } from "@/lib/mutations/run-mutation";
import { mutations } from "@/lib/mutations/registry";

export async function setUserRoleAction(_previous: ActionState<unknown> | null, formData: FormData) {
  const result = await runMutation(mutations.setUserRole, formDataToObject(formData));
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function suspendUserAction(_previous: ActionState<unknown> | null, formData: FormData) {
  const result = await runMutation(mutations.suspendUser, formDataToObject(formData));
  if (result.ok) revalidatePath("/admin");
  return result;
}
