// A form sent as a browser without JavaScript sends it: the page's HTML is read, the form holding a given
// button is taken with its fields (React's hidden `$ACTION_…` fields name the server action), chosen
// fields are filled in, and the whole is posted as multipart/form-data to the page, with the page's
// Origin. This is the app's real HTTP surface for its forms (the sign-in, a moderator's review), with no
// knowledge of the build's action ids.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[entity.toLowerCase()] ?? match;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`, "i").exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? "");
}

/** The fields a browser would send from the form whose submit button reads `button`. */
export function formFields(html: string, button: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/gi)].map((m) => m[0]).find((f) => f.includes(button));
  if (!form) throw new Error(`no form with a "${button}" button on the page`);
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/gi)) {
    const name = attribute(tag, "name");
    if (!name || attribute(tag, "disabled") !== undefined) continue;
    const type = (attribute(tag, "type") ?? "text").toLowerCase();
    if ((type === "radio" || type === "checkbox") && attribute(tag, "checked") === undefined) continue;
    if (type === "submit" || type === "button" || type === "file") continue;
    fields.push([name, attribute(tag, "value") ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
  }
  for (const [, attributes, text] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = attribute(`<textarea${attributes}>`, "name");
    if (name) fields.push([name, decodeEntities(text!.replace(/^\n/, ""))]);
  }
  return fields;
}

export interface FormAnswer {
  status: number;
  location: string | null;
  setCookies: string[];
  body: string;
}

/**
 * Reads `pagePath` on `base` as `cookie`, fills the form holding `button` with `values` (replacing fields
 * of the same name, e.g. the radio chosen) and posts it back to the page, not following a redirect.
 */
export async function submitForm(
  base: string,
  pagePath: string,
  button: string,
  values: Record<string, string>,
  cookie?: string,
): Promise<FormAnswer> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const page = await fetch(base + pagePath, { headers });
  const html = await page.text();
  if (!page.ok) throw new Error(`GET ${pagePath} answered ${page.status}`);
  const fields = formFields(html, button).filter(([name]) => !(name in values));
  const form = new FormData();
  for (const [name, value] of [...fields, ...Object.entries(values)]) form.append(name, value);
  const response = await fetch(base + pagePath, {
    method: "POST",
    headers: { ...headers, origin: new URL(base).origin, accept: "text/html" },
    body: form,
    redirect: "manual",
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    setCookies: response.headers.getSetCookie(),
    body: await response.text(),
  };
}

/** The message a refused form shows (role="alert"), for a failure report. */
export function formError(html: string): string {
  const alert = /role="alert"[^>]*>([\s\S]*?)<\//.exec(html)?.[1];
  return alert ? decodeEntities(alert.replace(/<[^>]+>/g, "")).trim() : "";
}
