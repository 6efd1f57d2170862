import { describe, expect, it } from "vitest";
import { refuseAddress } from "@/server/articles/import/address-policy";
import { parseFetchUrl, resolvePublicAddress, type Resolve } from "@/server/articles/import/fetch-target";

const strict = { allowLoopback: false };
const loopbackAllowed = { allowLoopback: true };
const reason = (address: string, policy = strict) => refuseAddress(address, policy)?.reason ?? "public";

describe("refuseAddress", () => {
  it.each([
    ["127.0.0.1", "this server itself (loopback)"],
    ["127.255.0.9", "this server itself (loopback)"],
    ["::1", "this server itself (loopback)"],
    ["10.0.0.5", "a private network"],
    ["172.16.0.1", "a private network"],
    ["172.31.255.255", "a private network"],
    ["192.168.1.1", "a private network"],
    ["fc00::1", "a private network"],
    ["fd12:3456::1", "a private network"],
    ["169.254.10.1", "a link-local network"],
    ["fe80::1", "a link-local network"],
    ["100.64.0.1", "a carrier-grade NAT network"],
    ["100.127.255.254", "a carrier-grade NAT network"],
    ["224.0.0.1", "a multicast group"],
    ["239.255.255.250", "a multicast group"],
    ["ff02::1", "a multicast group"],
    ["0.0.0.0", "an unspecified address"],
    ["::", "an unspecified address"],
    ["255.255.255.255", "the broadcast address"],
    ["169.254.169.254", "a cloud metadata service"],
    ["fd00:ec2::254", "a cloud metadata service"],
    ["240.0.0.1", "a reserved range"],
    ["2001:db8::1", "a reserved range"],
    ["::7f00:1", "a reserved range"],
    ["fec0::1", "a reserved range"],
  ])("refuses %s as %s", (address, expected) => {
    expect(reason(address)).toBe(expected);
  });

  it.each([
    ["::ffff:127.0.0.1", "this server itself (loopback)"],
    ["::ffff:7f00:1", "this server itself (loopback)"],
    ["::ffff:10.0.0.1", "a private network"],
    ["::ffff:192.168.0.1", "a private network"],
    ["::ffff:169.254.169.254", "a cloud metadata service"],
    ["::ffff:100.64.0.1", "a carrier-grade NAT network"],
    ["64:ff9b::10.0.0.1", "a private network"],
  ])("judges the IPv4 inside %s: %s", (address, expected) => {
    expect(reason(address)).toBe(expected);
  });

  it.each([
    "93.184.215.14",
    "8.8.8.8",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "2606:2800:21f:cb07::1",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
  ])("lets the public address %s through", (address) => {
    expect(refuseAddress(address, strict)).toBeNull();
  });

  it("with IMPORT_ALLOW_PRIVATE_HOSTS allows loopback and nothing else", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"])
      expect(reason(address, loopbackAllowed)).toBe("public");
    for (const address of ["10.0.0.1", "192.168.0.1", "169.254.169.254", "fd00:ec2::254", "0.0.0.0", "fe80::1"]) {
      expect(reason(address, loopbackAllowed)).not.toBe("public");
    }
  });
});

describe("the address a URL would really reach", () => {
  const noDns: Resolve = () => {
    throw new Error("an IP literal needs no DNS");
  };
  const reached = async (url: string, policy = strict) => {
    try {
      return (await resolvePublicAddress(parseFetchUrl(url), policy, noDns)).address;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it.each([
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]:8080/",
  ])("refuses %s as loopback", async (url) => {
    expect(await reached(url)).toMatch(
      /^This address points to this server itself \(loopback\) \(.+\); the desk only fetches public web pages\.$/,
    );
  });

  it("refuses private and metadata addresses with the address in the message", async () => {
    expect(await reached("http://10.0.0.5/story")).toBe(
      "This address points to a private network (10.0.0.5); the desk only fetches public web pages.",
    );
    expect(await reached("http://0xa9fea9fe/latest/meta-data/", loopbackAllowed)).toBe(
      "This address points to a cloud metadata service (169.254.169.254); the desk only fetches public web pages.",
    );
  });

  it("refuses a name when any of its addresses is private, and pins a public one", async () => {
    const dns =
      (...addresses: string[]): Resolve =>
      async () =>
        addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    await expect(
      resolvePublicAddress(parseFetchUrl("https://news.test/a"), strict, dns("93.184.215.14", "10.1.2.3")),
    ).rejects.toThrow("a private network (10.1.2.3)");
    await expect(
      resolvePublicAddress(parseFetchUrl("https://news.test/a"), strict, dns("2606:2800:21f:cb07::1")),
    ).resolves.toEqual({
      address: "2606:2800:21f:cb07::1",
      family: 6,
    });
    await expect(resolvePublicAddress(parseFetchUrl("https://news.test/a"), strict, dns())).rejects.toThrow(
      "does not resolve",
    );
  });

  it.each([
    ["ftp://example.org/file", /uses ftp:, not http/],
    ["file:///etc/passwd", /uses file:, not http/],
    ["javascript:alert(1)", /uses javascript:/],
    ["https://user:secret@example.org/", /user name or password/],
    ["not a url", /not a full web address/],
  ])("refuses %s before any lookup", (url, message) => {
    expect(() => parseFetchUrl(url)).toThrow(message);
  });
});
