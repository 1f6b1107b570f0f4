import type { ServerResponse } from "node:http";

type Method = "writeHead" | "write" | "end" | "flushHeaders";
type AnyFn = (...args: unknown[]) => unknown;

/**
 * Holds back a 5xx response (other than 503) that Next is about to send until `decide()` resolves: true →
 * `replace()` answers instead (Next's output is dropped); false → Next's output goes out unchanged. Used to
 * turn "the render failed because the database is gone" into the outage 503. Any other response passes
 * untouched; the patch is removed at its first write.
 */
export function holdServerErrors(res: ServerResponse, decide: () => Promise<boolean>, replace: () => void): void {
  const orig: Record<Method, AnyFn> = {
    writeHead: res.writeHead as AnyFn, write: res.write as AnyFn, end: res.end as AnyFn, flushHeaders: res.flushHeaders as AnyFn,
  };
  let state: "undecided" | "pass" | "hold" = "undecided";
  const queue: Array<[Method, unknown[]]> = [];
  const restore = () => {
    for (const m of Object.keys(orig) as Method[]) (res as unknown as Record<Method, AnyFn>)[m] = orig[m];
  };
  const check = (status: number) => {
    if (state !== "undecided") return;
    if (status < 500 || status === 503) {
      state = "pass";
      restore();
      return;
    }
    state = "hold";
    decide().catch(() => false).then((down) => {
      restore();
      if (res.destroyed) return;
      if (down) {
        for (const [, args] of queue) for (const a of args) if (typeof a === "function") (a as AnyFn)();
        replace();
      } else {
        for (const [m, args] of queue) orig[m].apply(res, args);
      }
    });
  };
  const patch = (m: Method, statusOf: (args: unknown[]) => number, held: unknown) => {
    (res as unknown as Record<Method, AnyFn>)[m] = function (this: ServerResponse, ...args: unknown[]) {
      check(statusOf(args));
      if (state === "pass") return orig[m].apply(res, args);
      queue.push([m, args]);
      return held === "self" ? res : held;
    };
  };
  patch("writeHead", (args) => Number(args[0]), "self");
  patch("write", () => res.statusCode, true);
  patch("end", () => res.statusCode, "self");
  patch("flushHeaders", () => res.statusCode, undefined);
}
