"use client";

import { useSyncExternalStore } from "react";

interface Props {
  names: string[];
  defaultValue: string;
  className: string;
}

const noSubscription = () => () => {};

/**
 * The component filter: a text field that suggests the ~180 component names known issues name. The suggestions
 * are added in the browser only: rendered into the HTML as a select's options they were a seventh of the list page
 * (11 KB of 81), and page size limits how many list pages a server answers (issue 13). Without JavaScript the
 * field filters by the exact name typed.
 */
export function ComponentFilter({ names, defaultValue, className }: Props) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <>
      <input
        name="component"
        list="component-names"
        defaultValue={defaultValue}
        placeholder="Any component"
        autoComplete="off"
        className={className}
      />
      <datalist id="component-names">
        {inBrowser ? names.map((name) => <option key={name} value={name} />) : null}
      </datalist>
    </>
  );
}
