// Which IP addresses a verifier may contact when it fetches someone else's DID document, key or
// status list. Anything that reaches the machine itself, the local network or the cloud metadata
// service is refused, so a credential cannot make the server probe where it lives (SSRF).

/** Why an address is not contacted; undefined for an ordinary public address. */
export type ForbiddenAddressKind =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared (CGNAT)'
  | 'link-local'
  | 'multicast'
  | 'reserved'
  | 'documentation'
  | 'unique-local'
  | 'not an IP address';

/** IPv4 text (dotted decimal, four parts) → its 32-bit value, or undefined. */
function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const byte = Number(part);
    if (byte > 255) return undefined;
    value = value * 256 + byte;
  }
  return value;
}

/** IPv6 text (with `::` and an optional trailing dotted IPv4, no zone) → 8 groups, or undefined. */
function parseIPv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): number[] | undefined => {
    if (half === '') return [];
    const groups: number[] = [];
    const pieces = half.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece);
        if (v4 === undefined) return undefined;
        groups.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

const inV4 = (value: number, base: string, bits: number): boolean => {
  const start = parseIPv4(base) ?? 0;
  const size = 2 ** (32 - bits);
  return value >= start && value < start + size;
};

// Every IPv4 block that is not the public internet (IANA special-purpose registry), most specific first.
const IPV4_BLOCKS: [string, number, ForbiddenAddressKind][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function classifyIPv4(value: number): ForbiddenAddressKind | undefined {
  return IPV4_BLOCKS.find(([base, bits]) => inV4(value, base, bits))?.[2];
}

function classifyIPv6(groups: number[]): ForbiddenAddressKind | undefined {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embeddedV4 = g6 * 65536 + g7;
  const zeroTo = (n: number): boolean => groups.slice(0, n).every((g) => g === 0);
  if (zeroTo(8)) return 'unspecified';
  if (zeroTo(7) && g7 === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach
  // the IPv4 address inside them: judge that one.
  if (zeroTo(5) && g5 === 0xffff) return classifyIPv4(embeddedV4);
  if (zeroTo(6)) return classifyIPv4(embeddedV4) ?? 'reserved';
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return classifyIPv4(embeddedV4);
  // Local-use NAT64 (64:ff9b:1::/48, RFC 8215) is an operator's own translator: never public.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'reserved';
  // Teredo (2001:0::/32) tunnels to an IPv4 server and client the address cannot vouch for.
  if (g0 === 0x2001 && g1 === 0) return 'reserved';
  // 6to4 (2002:AABB:CCDD::) tunnels to the IPv4 address AA.BB.CC.DD.
  if (g0 === 0x2002) return classifyIPv4(g1 * 65536 + g2);
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'documentation';
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved';
  return undefined;
}

/**
 * Why `address` (an IPv4 or IPv6 literal; brackets and an IPv6 zone are accepted) must not be
 * contacted, or undefined when it is a public address. Text that is not an IP address is refused
 * too. Never throws.
 */
export function forbiddenAddressKind(address: string): ForbiddenAddressKind | undefined {
  if (typeof address !== 'string') return 'not an IP address';
  let text = address.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  // A zone (fe80::1%eth0) only exists on link-local addresses; judge the address without it.
  if (zone !== -1) text = text.slice(0, zone);
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return classifyIPv4(v4);
  const v6 = text.includes(':') ? parseIPv6(text) : undefined;
  if (v6 !== undefined) return classifyIPv6(v6);
  return 'not an IP address';
}

/** Whether `address` is an IP address on the public internet. */
export function isPublicAddress(address: string): boolean {
  return forbiddenAddressKind(address) === undefined;
}
