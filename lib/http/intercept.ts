import type { ServerResponse } from "node:http";

type Method = "writeHead" | "write" | "end" | "flushHeaders";
type AnyFn = (...args: unknown[]) => unknown;

/**
 * Holds back a 5xx response (other than 503) that Next is about to send until `decide()` resolves: true →
 * `replace()` answers instead (Next's output is dropped); false → Next's output goes out unchanged. Used to
 * turn "the render failed because the database is gone" into the outage 503. Any other response passes
 * straight through. The patched methods stay in place for the whole response (never swapped back): Next
 * wraps some of them itself, and restoring the originals under its wrappers cut streamed pages short.
 */
export function holdServerErrors(res: ServerResponse, decide: () => Promise<boolean>, replace: () => void): void {
  const target = res as unknown as Record<Method, AnyFn>;
  const orig: Record<Method, AnyFn> = {
    writeHead: target.writeHead,
    write: target.write,
    end: target.end,
    flushHeaders: target.flushHeaders,
  };
  let state: "undecided" | "pass" | "hold" | "ours" | "dropped" = "undecided";
  const queue: Array<[Method, unknown[]]> = [];
  const check = (status: number) => {
    if (state !== "undecided") return;
    if (status < 500 || status === 503) {
      state = "pass";
      return;
    }
    state = "hold";
    decide()
      .catch(() => false)
      .then((down) => {
        if (res.destroyed) return;
        if (down) {
          for (const [, args] of queue) for (const a of args) if (typeof a === "function") (a as AnyFn)();
          state = "ours";
          replace();
          state = "dropped";
        } else {
          state = "pass";
          for (const [m, args] of queue) orig[m].apply(res, args);
        }
      });
  };
  const patch = (m: Method, statusOf: (args: unknown[]) => number, held: unknown) => {
    target[m] = function (...args: unknown[]) {
      check(statusOf(args));
      if (state === "pass" || state === "ours") return orig[m].apply(res, args);
      if (state === "hold") queue.push([m, args]);
      else for (const a of args) if (typeof a === "function") (a as AnyFn)(); // dropped: Next's late output
      return held === "self" ? res : held;
    };
  };
  patch("writeHead", (args) => Number(args[0]), "self");
  patch("write", () => res.statusCode, true);
  patch("end", () => res.statusCode, "self");
  patch("flushHeaders", () => res.statusCode, undefined);
}
