/**
 * `npm run check:external` requests the source URLs that content names. A URL whose host is, or
 * resolves to, a private, loopback or link-local address (`169.254.169.254.nip.io`, the cloud
 * metadata service) would make the link check a way into the network it runs in: such a host is
 * refused before any request. Kept apart from the HTTP code so that it survives a change of
 * HTTP client; `publicHostGuard()` has the shape of the link check's request guard.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Addresses no public web page lives at (IANA special-purpose registries). */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address (`::ffff:10.0.0.1`), if there is one. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return undefined;
  if (match[1]) return match[1];
  const high = parseInt(match[2] ?? '0', 16);
  const low = parseInt(match[3] ?? '0', 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True for an address a public web site may have; false for private, loopback, link-local and the like. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  const version = isIP(bare);
  if (version === 0) return false;
  const inner = version === 6 ? embeddedIpv4(bare) : undefined;
  if (inner) return !NOT_PUBLIC.check(inner, 'ipv4');
  return !NOT_PUBLIC.check(bare, version === 4 ? 'ipv4' : 'ipv6');
}

export type Lookup = (hostname: string) => Promise<{ address: string }[]>;

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * A request guard: the reason to refuse `url`, or undefined. Every address the host resolves to
 * must be public; a host that does not resolve is left to the request, which reports it.
 */
export function publicHostGuard(lookup: Lookup = systemLookup): (url: URL) => Promise<string | undefined> {
  return async (url) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await lookup(host)).map((entry) => entry.address);
      } catch {
        return undefined;
      }
    }
    const inside = addresses.find((address) => !isPublicAddress(address));
    return inside ? `${url.hostname} resolves to ${inside}, a private, loopback or link-local address; not requested` : undefined;
  };
}
