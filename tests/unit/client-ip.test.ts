import { describe, expect, test } from "vitest";
import { clientIp, CLIENT_IP_HEADER, resolveClientIp } from "@/lib/http/client-ip";

describe("resolveClientIp", () => {
  test("with no trusted proxy the TCP peer wins over any forwarded header", () => {
    expect(resolveClientIp("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", 0)).toBe("203.0.113.7");
  });
  test("with one trusted proxy the right-most forwarded entry is the client", () => {
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
  });
  test("with two trusted proxies the second entry from the right", () => {
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.3", 2)).toBe("198.51.100.9");
  });
  test("a header shorter than the hops falls back to its left-most entry, an empty one to the peer", () => {
    expect(resolveClientIp("10.0.0.2", "198.51.100.9", 3)).toBe("198.51.100.9");
    expect(resolveClientIp("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });
});

describe("clientIp", () => {
  test("reads only the server-set header", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.9", "x-forwarded-for": "1.1.1.1" }))).toBe(
      "198.51.100.9",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
  });
});
