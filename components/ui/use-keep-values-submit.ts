"use client";

import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit for forms whose `action` is a server action: it dispatches the action itself, so React
 * does not reset the form afterwards. React resets every field to its default after an action, which
 * unchecks controlled radios and would lose a refused form's choices. Without JavaScript the form still
 * posts to the same action.
 */
export function useKeepValuesSubmit(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };
}
