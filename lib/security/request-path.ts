import { hasControlCharacter } from "@/lib/validation/text";

/**
 * Why a request path cannot name anything on this site, or null when it may. Next.js decodes dynamic
 * route segments itself and answers a malformed percent-encoding ("%ZZ", a lone "%", the overlong
 * "%C0%AF") with a bare 500; a NUL byte would reach a query. proxy.ts answers both with a 400 first.
 */
export function badRequestPathReason(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return "This address has a malformed percent-encoding (a % must be followed by two hex digits that spell UTF-8). Check the link.";
  }
  if (hasControlCharacter(decoded)) {
    return "This address contains a control character (such as %00), which no page here has. Check the link.";
  }
  return null;
}
