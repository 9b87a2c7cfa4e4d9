import { isIP } from "node:net";

/**
 * The eight 16-bit groups of an IPv6 address ("::" expanded, an IPv4 tail as two groups, a zone dropped), or null
 * when it is not one. Shared by the probe's address policy and the per-IP limits' /64 key.
 */
export function expandIpv6(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase().split("%")[0]!;
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = text.slice(0, -dotted[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
}

/** "a.b.c.d" from the two 16-bit groups that hold it. */
export function ipv4FromGroups(high: number, low: number): string {
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/**
 * The IPv4 address that an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d, RFC 6052) address stands for, or
 * null: the forms in which an IPv4 host itself reaches an IPv6 socket.
 */
export function mappedOrNat64Ipv4(groups: number[]): string | null {
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const mapped = zeros(0, 5) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6);
  return mapped || nat64 ? ipv4FromGroups(groups[6]!, groups[7]!) : null;
}
