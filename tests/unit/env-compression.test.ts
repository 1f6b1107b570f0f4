import { afterEach, describe, expect, it, vi } from "vitest";

// HTTP_COMPRESSION (next.config.ts `compress`): a typo must stop the server at start-up, naming the setting, rather
// than silently compress (or not) against what the operator wrote.
describe("HTTP_COMPRESSION", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const load = async () => (await import("@/lib/env")).env();

  it("defaults to on, accepts off", async () => {
    vi.stubEnv("HTTP_COMPRESSION", undefined);
    expect((await load()).HTTP_COMPRESSION).toBe("on");
    vi.resetModules();
    vi.stubEnv("HTTP_COMPRESSION", "off");
    expect((await load()).HTTP_COMPRESSION).toBe("off");
  });

  it("refuses anything else, naming the setting", async () => {
    vi.stubEnv("HTTP_COMPRESSION", "false");
    await expect(load()).rejects.toThrow(/HTTP_COMPRESSION/);
  });
});
