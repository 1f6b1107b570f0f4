import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What one request carries through actions and queries: its id (for logs), the route pattern (for
 * metrics), who is acting (ids only — never a name, e-mail or phone), and whether it has written (read-your-
 * writes: lib/db.ts dbRead sends the rest of the request to the primary).
 */
export type RequestContext = {
  requestId: string;
  route?: string;
  userId?: string;
  agencyId?: string | null;
  wrote?: boolean;
  /** Time of this browser's last write, from the kc_lw cookie (ms since epoch). */
  lastWriteMs?: number;
};

// One instance per process even if the bundler loads this module twice.
const g = globalThis as unknown as { __kcAls?: AsyncLocalStorage<RequestContext> };
const als = (g.__kcAls ??= new AsyncLocalStorage<RequestContext>());

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return als.run(ctx, fn);
}

export function currentContext(): RequestContext | undefined {
  return als.getStore();
}

/** Adds the acting user's ids to the current request's log context (no-op outside a request). */
export function annotateActor(actor: { id: string; agencyId: string | null } | null): void {
  const ctx = als.getStore();
  if (ctx && actor) {
    ctx.userId = actor.id;
    ctx.agencyId = actor.agencyId;
  }
}
