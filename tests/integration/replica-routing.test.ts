import { afterAll, beforeAll, expect, it } from "vitest";
import http from "node:http";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { dbRead, getDb, setDbForTesting, setReplicaForTesting } from "@/lib/db";
import { runWithContext } from "@/lib/observability/context";
import { installHttpHook } from "@/lib/observability/http-hook";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";
import { describeWithService, REPLICA_PORT } from "./storage-services";

const inRecovery = async (c: PrismaClient) =>
  (await c.$queryRaw<Array<{ r: boolean }>>`SELECT pg_is_in_recovery() AS r`)[0]!.r;
const holidayName = async (c: PrismaClient, name: string) =>
  (await c.holiday.findFirst({ where: { name }, select: { name: true } }))?.name ?? null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeOnPostgres("replica routing", () => {
  describeWithService("against a real streaming replica", REPLICA_PORT, () => {
    let t: PostgresTestDb;
    let replica: PrismaClient;
    beforeAll(async () => {
      t = await createPostgresTestDb();
      const url = new URL(t.url);
      url.port = String(REPLICA_PORT);
      replica = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
      // The new database reaches the standby by WAL replay.
      for (let i = 0; i < 100; i++) {
        if (
          await replica.$queryRaw`SELECT 1`.then(
            () => true,
            () => false,
          )
        )
          break;
        await sleep(100);
      }
      setDbForTesting(t.prisma);
      setReplicaForTesting(replica);
    }, 180_000);
    afterAll(async () => {
      await replica?.$queryRawUnsafe("SELECT pg_wal_replay_resume()::text").catch(() => {});
      setReplicaForTesting(undefined);
      setDbForTesting(undefined);
      await replica?.$disconnect();
      await t?.close();
    });

    it("replica-eligible reads go to the standby; a request that wrote reads the primary from then on", async () => {
      expect(await inRecovery(await dbRead())).toBe(true);
      expect(await inRecovery(await getDb())).toBe(false);
      await runWithContext({ requestId: "r-read" }, async () => {
        expect(await inRecovery(await dbRead())).toBe(true);
        await (
          await getDb()
        ).$queryRaw`SELECT count(*) FROM "Holiday"`; // a read does not pin
        expect(await inRecovery(await dbRead())).toBe(true);
      });
      await runWithContext({ requestId: "r-write" }, async () => {
        await (
          await getDb()
        ).$executeRaw`UPDATE "Holiday" SET "name" = "name" WHERE false`;
        expect(await inRecovery(await dbRead())).toBe(false);
      });
      await runWithContext({ requestId: "r-raw-insert" }, async () => {
        await (
          await getDb()
        )
          .$queryRaw`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ('kc-test', now(), 1) ON CONFLICT ("key") DO UPDATE SET "count" = 1 RETURNING "count"`;
        expect(await inRecovery(await dbRead())).toBe(true); // a rate-limit counter is not the user's data
        await (
          await getDb()
        )
          .$queryRaw`WITH x AS (SELECT 1) INSERT INTO "Holiday" ("id", "date", "name") SELECT 'h-raw', DATE '2031-01-02', 'raw' FROM x RETURNING "id"`;
        expect(await inRecovery(await dbRead())).toBe(false);
      });
    });

    it("with replay paused (lag), a user's own write is never missing: same request, and later requests within the sticky window", async () => {
      await replica.$queryRawUnsafe("SELECT pg_wal_replay_pause()::text");
      try {
        const name = `Ngày thử ${Date.now()}`;
        let wroteAt = 0;
        await runWithContext({ requestId: "w1" }, async () => {
          await (await getDb()).holiday.create({ data: { date: new Date("2031-05-05"), name } });
          wroteAt = Date.now();
          expect(await holidayName(await dbRead(), name)).toBe(name);
        });
        // The next request of the same browser carries kc_lw (its last write): still the primary.
        await runWithContext({ requestId: "w2", lastWriteMs: wroteAt }, async () => {
          expect(await holidayName(await dbRead(), name)).toBe(name);
        });
        // Someone else (no cookie) reads the lagging standby: the lag is real, so the routing above mattered.
        await runWithContext({ requestId: "other" }, async () => {
          expect(await holidayName(await dbRead(), name)).toBeNull();
        });
        // After the sticky window the browser goes back to the replica.
        await runWithContext({ requestId: "w3", lastWriteMs: Date.now() - 60_000 }, async () => {
          expect(await inRecovery(await dbRead())).toBe(true);
        });
      } finally {
        await replica.$queryRawUnsafe("SELECT pg_wal_replay_resume()::text");
      }
    });

    it("over HTTP: the hook gives each request an id and sets the kc_lw cookie only after a write", async () => {
      installHttpHook(10);
      const server = http.createServer(async (req, res) => {
        if (req.url === "/write")
          await (await getDb()).holiday.create({ data: { date: new Date("2031-06-06"), name: `http ${Date.now()}` } });
        const primary = !(await inRecovery(await dbRead()));
        res.end(JSON.stringify({ primary }));
      });
      await new Promise<void>((r) => server.listen(3241, "127.0.0.1", r));
      try {
        const read = await fetch("http://127.0.0.1:3241/read");
        expect(read.headers.get("set-cookie")).toBeNull();
        expect(read.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
        expect(await read.json()).toEqual({ primary: false });
        const write = await fetch("http://127.0.0.1:3241/write");
        expect(await write.json()).toEqual({ primary: true });
        const cookie = write.headers.get("set-cookie") ?? "";
        expect(cookie).toMatch(/^kc_lw=\d+; Path=\/; Max-Age=10; HttpOnly; SameSite=Lax/);
        const after = await fetch("http://127.0.0.1:3241/read", { headers: { cookie: cookie.split(";")[0]! } });
        expect(await after.json()).toEqual({ primary: true });
      } finally {
        await new Promise((r) => server.close(r));
      }
    });
  });
});
