import { describe, expect, it } from "vitest";
import { ttlCache } from "@/lib/cache/ttl";

describe("the public-data cache", () => {
  it("answers from memory within the time to live, then loads again", async () => {
    const cached = ttlCache({ ttlMs: 60_000, max: 10 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cached("k", load, 0)).toBe(1);
    expect(await cached("k", load, 59_999)).toBe(1);
    expect(await cached("k", load, 60_000)).toBe(2);
  });

  it("shares one load between concurrent visitors of the same key", async () => {
    const cached = ttlCache({ ttlMs: 60_000, max: 10 });
    let loads = 0;
    const load = () => new Promise<number>((r) => setTimeout(() => r(++loads), 5));
    expect(await Promise.all([cached("k", load, 0), cached("k", load, 1), cached("k", load, 2)])).toEqual([1, 1, 1]);
  });

  it("does not keep a failed load", async () => {
    const cached = ttlCache({ ttlMs: 60_000, max: 10 });
    await expect(cached("k", () => Promise.reject(new Error("database gone")), 0)).rejects.toThrow("database gone");
    await Promise.resolve();
    expect(await cached("k", async () => "back", 1)).toBe("back");
  });

  it("forgets the oldest keys beyond its size", async () => {
    const cached = ttlCache({ ttlMs: 60_000, max: 2 });
    let loads = 0;
    const load = async () => ++loads;
    await cached("a", load, 0);
    await cached("b", load, 0);
    await cached("c", load, 0);
    expect(await cached("b", load, 1)).toBe(2);
    expect(await cached("a", load, 1)).toBe(4);
  });
});
