// Which addresses a fetch may connect to. Feed items and redirects are chosen by whoever wrote the
// feed or runs the server, so by default only public unicast addresses are reached: never loopback,
// private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata
// endpoint, fe80::/10), unspecified, carrier-grade NAT, multicast or reserved ranges, nor IPv6 forms
// that carry an IPv4 address (::ffff:127.0.0.1, NAT64, 6to4, Teredo). The check runs on the
// addresses DNS returns, inside the connection's own lookup, so the connection goes to the address
// that was checked (no window for DNS rebinding). `--allow-private-network` turns it off.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/** The range name of an address ("unicast" for public ones), IPv4-mapped IPv6 taken as its IPv4. */
export function addressRange(ip: string): string {
  const bare = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return "invalid";
  return ipaddr.process(bare).range();
}

export function isPublicAddress(ip: string): boolean {
  return addressRange(ip) === "unicast";
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "loopback", private: "private network", uniqueLocal: "private network", linkLocal: "link-local",
  unspecified: "unspecified", carrierGradeNat: "carrier-grade NAT", multicast: "multicast", broadcast: "broadcast",
};

/** Raised when a URL's host is, or resolves to, an address the policy refuses. */
export class BlockedAddressError extends Error {
  readonly code = "ECLAIMTRACE_BLOCKED";
  constructor(host: string, address: string) {
    const range = addressRange(address);
    const where = host === address ? address : `${host} (${address})`;
    super(`refused to fetch ${where}: a ${RANGE_WORDS[range] ?? `${range}`} address (pass --allow-private-network to allow it)`);
    this.name = "BlockedAddressError";
  }
}

/** Which resolved addresses may be connected to. */
export type AddressFilter = (ip: string) => boolean;

/** Throws when a URL names a refused IP address literally (those connect without a DNS lookup). */
export function checkLiteralHost(hostname: string, allowed: AddressFilter = isPublicAddress): void {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare) && !allowed(bare)) throw new BlockedAddressError(bare, bare);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/http connections that resolves the name and keeps only the allowed addresses;
 * when none is left the connection fails with BlockedAddressError.
 */
export function filteredLookup(allowed: AddressFilter = isPublicAddress) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, options.all ? [] : "");
      const ok = addresses.filter((a) => allowed(a.address));
      if (!ok.length) return callback(new BlockedAddressError(hostname, addresses[0]?.address ?? hostname) as unknown as NodeJS.ErrnoException, options.all ? [] : "");
      if (options.all) return callback(null, ok);
      callback(null, ok[0].address, ok[0].family);
    });
  };
}
