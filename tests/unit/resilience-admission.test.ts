import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { Admission } from "@/lib/resilience/admission";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { holdServerErrors } from "@/lib/http/intercept";

describe("Admission", () => {
  it("runs at most `max` at once, queues up to `queue`, refuses the rest at once", async () => {
    const a = new Admission(2, 1, 10_000);
    const r1 = await a.acquire();
    const r2 = await a.acquire();
    expect(r1 && r2).toBeTruthy();
    const waiting = a.acquire();
    expect(a.queued).toBe(1);
    expect(await a.acquire()).toBeNull(); // queue full → refused without waiting
    expect(a.shed).toBe(1);
    r1!();
    r1!(); // releasing twice frees one slot only
    const r3 = await waiting;
    expect(r3).toBeTruthy();
    expect(a.active).toBe(2);
    r2!();
    r3!();
    expect(a.active).toBe(0);
  });

  it("refuses a queued request that waited past waitMs", async () => {
    const a = new Admission(1, 5, 20);
    const r1 = await a.acquire();
    const t = Date.now();
    expect(await a.acquire()).toBeNull();
    expect(Date.now() - t).toBeGreaterThanOrEqual(15);
    expect(a.queued).toBe(0);
    r1!();
    expect(await a.acquire()).toBeTruthy();
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures anywhere in the cause chain, and nothing else", () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("x", { cause: { code: "57P01" } }))).toBe(true);
    // next-auth: CallbackRouteError { cause: { err } }
    expect(
      isDatabaseUnavailable(
        new Error("cb", { cause: { err: new Error('database "kc" is not currently accepting connections') } }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("x", { cause: { code: "23505" } }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("holdServerErrors", () => {
  let server: http.Server | undefined;
  afterEach(() => server?.close());

  async function serve(status: number, down: boolean): Promise<{ status: number; body: string; probed: boolean }> {
    let probed = false;
    server = http.createServer((_req, res) => {
      holdServerErrors(
        res,
        async () => ((probed = true), down),
        () => {
          res.writeHead(503, { "Retry-After": "30" });
          res.end("outage");
        },
      );
      res.statusCode = status;
      res.setHeader("Content-Type", "text/plain");
      res.write("from ");
      res.end("next");
    });
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const r = await fetch(`http://127.0.0.1:${port}/`);
    return { status: r.status, body: await r.text(), probed };
  }

  it("turns a 500 into the outage answer when the probe says the database is down", async () => {
    expect(await serve(500, true)).toEqual({ status: 503, body: "outage", probed: true });
  });
  it("lets a 500 through unchanged when the database is up", async () => {
    expect(await serve(500, false)).toEqual({ status: 500, body: "from next", probed: true });
  });
  it("never probes for other answers", async () => {
    expect(await serve(200, true)).toEqual({ status: 200, body: "from next", probed: false });
  });
});
