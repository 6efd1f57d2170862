import ipaddr from "ipaddr.js";

// Which addresses the desk may fetch a page from. Anything that is not a public unicast address
// is refused: a page fetched on a user's behalf must never reach the server's own machine, the
// newsroom's network or a cloud provider's metadata service (server-side request forgery).

/** Why an address is refused, in words a person understands; null when it is public. */
export type AddressRefusal = { address: string; reason: string } | null;

export type AddressPolicy = {
  /** IMPORT_ALLOW_PRIVATE_HOSTS=1, for tests with local servers: loopback only, nothing else. */
  allowLoopback: boolean;
};

// Metadata services answer with cloud credentials. They sit in ranges refused anyway (link-local,
// unique-local, CGNAT), but are named so the refusal says what was at stake.
const METADATA = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "168.63.129.16"]);

const RANGE_WORDS: Record<string, string> = {
  loopback: "this server itself (loopback)",
  private: "a private network",
  uniqueLocal: "a private network",
  linkLocal: "a link-local network",
  carrierGradeNat: "a carrier-grade NAT network",
  multicast: "a multicast group",
  unspecified: "an unspecified address",
  broadcast: "the broadcast address",
};

// Global unicast IPv6 lives in 2000::/3; the rest (IPv4-compatible ::a.b.c.d, site-local, …) is
// not a web server's address.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");
const NAT64 = ipaddr.parseCIDR("64:ff9b::/96");

/** Classifies an IP address as written by DNS or the URL parser (IPv6 without brackets). */
export function refuseAddress(address: string, policy: AddressPolicy): AddressRefusal {
  if (!ipaddr.isValid(address)) return { address, reason: "an address that is not valid" };
  const ip = embeddedIPv4(ipaddr.parse(address));
  const normalized = ip.toString();
  if (METADATA.has(normalized)) return { address, reason: "a cloud metadata service" };
  const range = ip.range();
  if (range === "loopback" && policy.allowLoopback) return null;
  if (range !== "unicast") return { address, reason: RANGE_WORDS[range] ?? "a reserved range" };
  if (ip.kind() === "ipv6" && !ip.match(GLOBAL_UNICAST_V6)) return { address, reason: "a reserved range" };
  return null;
}

/** IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses are judged by their IPv4. */
function embeddedIPv4(ip: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  if (ip.kind() === "ipv4") return ip;
  const v6 = ip as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  if (v6.match(NAT64)) {
    return new ipaddr.IPv4(v6.toByteArray().slice(12));
  }
  return v6;
}

export function refusalMessage(refusal: NonNullable<AddressRefusal>): string {
  return `This address points to ${refusal.reason} (${refusal.address}); the desk only fetches public web pages.`;
}
