import { notFound } from "next/navigation";

// An address no other route matches: answered per request with the proxy's nonce policy (the prerendered
// not-found page's scripts carry no nonce, and only cached pages get a hash policy, lib/page-cache).
export const dynamic = "force-dynamic";

export default function MissingPage(): never {
  notFound();
}
