"use client";

import { useRef, useState } from "react";

interface Props {
  /** Asks the server for the component names known issues name (once, when the field is first used). */
  loadNames: () => Promise<string[]>;
  defaultValue: string;
  className: string;
}

/**
 * The component filter: a text field that suggests the ~180 component names known issues name. The suggestions
 * are asked for when the field is first focused, not sent with the page: rendered into the HTML as a select's
 * options they were a seventh of the list page (11 KB of 81), and as the page's React data still a tenth (7 KB of
 * 71), and page size limits how many list pages a server answers (issue 13). Without JavaScript, or if they cannot
 * be fetched, the field filters by the exact name typed.
 */
export function ComponentFilter({ loadNames, defaultValue, className }: Props) {
  const [names, setNames] = useState<string[]>([]);
  const asked = useRef(false);
  const askForNames = () => {
    if (asked.current) return;
    asked.current = true;
    loadNames().then(setNames, () => {
      // Suggestions are a convenience: the field still filters by what is typed. Asked again on the next focus.
      asked.current = false;
    });
  };
  return (
    <>
      <input
        name="component"
        list="component-names"
        defaultValue={defaultValue}
        placeholder="Any component"
        autoComplete="off"
        onFocus={askForNames}
        onPointerEnter={askForNames}
        className={className}
      />
      <datalist id="component-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
