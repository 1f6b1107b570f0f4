import { describe, expect, it } from "vitest";
import { checkCronAuth } from "@/lib/implementation/cron-auth";

describe("scheduler calls to /api/cron/*", () => {
  const secret = "a-long-cron-secret-123";
  it("are off (503) while CRON_SECRET is not configured, whatever the header", () => {
    expect(checkCronAuth(`Bearer ${secret}`, undefined)).toBe("disabled");
    expect(checkCronAuth(null, "")).toBe("disabled");
  });
  it("need the exact bearer secret", () => {
    expect(checkCronAuth(null, secret)).toBe("unauthorized");
    expect(checkCronAuth(secret, secret)).toBe("unauthorized");
    expect(checkCronAuth(`Bearer ${secret}x`, secret)).toBe("unauthorized");
    expect(checkCronAuth(`Bearer ${secret}`, secret)).toBe("ok");
  });
});
