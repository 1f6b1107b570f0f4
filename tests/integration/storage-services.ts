import net from "node:net";
import { describe, test } from "vitest";

// The services scripts/ci/services.sh starts: s3rver, clamd with our EICAR signature db, a streaming replica.
export const S3_TEST = {
  endpoint: process.env.TEST_S3_ENDPOINT ?? "http://127.0.0.1:4569",
  region: "us-east-1",
  bucket: "kc-test",
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER",
  forcePathStyle: true,
};
export const CLAMD_TEST = { host: "127.0.0.1", port: Number(process.env.TEST_CLAMD_PORT ?? 3310) };
export const REPLICA_PORT = Number(process.env.TEST_REPLICA_PORT ?? 5433);
/** A loopback port of this helper's range where nothing listens (a store / scanner that is down). */
export const DEAD_PORT = 3249;

export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createConnection(port, "127.0.0.1");
    s.setTimeout(1_000, () => {
      s.destroy();
      resolve(false);
    });
    s.on("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
}

function inCi(): boolean {
  const ci = process.env.CI?.toLowerCase();
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
}

/** Like describeOnPostgres: skipped locally when the service is down, a failure in CI. */
export function describeWithService(name: string, port: number, fn: () => void): void {
  describe(name, async () => {
    if (await listening(port)) return fn();
    if (!inCi()) {
      test.skip(`nothing listens on 127.0.0.1:${port} (bash scripts/ci/services.sh starts it; set CI to make this fail)`, () => {});
      return;
    }
    test(`127.0.0.1:${port} answers (required in CI: scripts/ci/services.sh)`, () => {
      throw new Error(`CI requires a service on 127.0.0.1:${port}; run scripts/ci/services.sh first.`);
    });
  });
}
