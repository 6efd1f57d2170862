import { isIP } from "node:net";
import { AppError } from "@/server/errors";
import { refuseAddress, refusalMessage, type AddressPolicy } from "@/server/articles/import/address-policy";

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** dns.promises.lookup(hostname, { all: true }), injectable so tests need no real DNS. */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export function refuse(message: string): AppError {
  return new AppError("UNPROCESSABLE", message, { url: [message] });
}

/**
 * Parses an address to fetch. The WHATWG parser also normalizes the spellings of IPv4 that
 * browsers accept (2130706433, 0x7f.1, 0177.0.0.1 are all 127.0.0.1), so the check below sees
 * the address that would really be contacted.
 */
export function parseFetchUrl(raw: string, context = "This address"): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse(`${context} is not a full web address (${truncate(raw)}).`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw refuse(
      `${context} uses ${url.protocol.slice(0, -1)}:, not http:// or https://; the desk only fetches web pages.`,
    );
  }
  if (url.username || url.password) throw refuse(`${context} carries a user name or password; leave them out.`);
  if (!url.hostname) throw refuse(`${context} names no host.`);
  return url;
}

/**
 * The one address the page will be fetched from: every address the name resolves to must be
 * public (one private answer is enough to refuse: it is how rebinding attacks hide), and the
 * connection is then pinned to the first, so DNS cannot answer differently a moment later.
 */
export async function resolvePublicAddress(
  url: URL,
  policy: AddressPolicy,
  resolve: Resolve,
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: literal as 4 | 6 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      throw refuse(`No server answers to the name ${host}: it does not resolve. Check the address.`);
    }
  }
  if (addresses.length === 0) throw refuse(`No server answers to the name ${host}: it does not resolve.`);
  for (const { address } of addresses) {
    const refusal = refuseAddress(address, policy);
    if (refusal) throw refuse(refusalMessage(refusal));
  }
  return addresses[0]!;
}

function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}
