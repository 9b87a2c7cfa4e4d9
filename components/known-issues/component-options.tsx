"use client";

// A client component only to make the list page smaller (see known-issue-list-items.tsx): its React data is
// the ~180 names once, not ~180 rendered <option> elements. No value attribute: an option's value is its text.
// The names are unique, so their order is a stable key.
export function ComponentOptions({ names }: { names: string[] }) {
  return names.map((name, index) => <option key={index}>{name}</option>);
}
