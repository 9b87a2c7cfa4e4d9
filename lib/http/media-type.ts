/** The media type a request declares, without parameters: "multipart/form-data; boundary=…" → "multipart/form-data". */
export function mediaType(headers: Headers): string {
  return (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}
