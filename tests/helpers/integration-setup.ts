// Runs before every integration test file. The integration files share their worker's modules (vitest `isolate:
// false`: importing Prisma, PGlite and the data layer again for each of 60 files cost half the suite's CPU), so the
// process-wide state a file may change is put back here to what a fresh process has: the environment and the
// settings read from it, the database, replica, store, logger and signing overrides, the database probe's state, and
// the in-process caches.
import { setDbForTesting, setReplicaForTesting } from "@/lib/db";
import { resetEnvForTesting } from "@/lib/env";
import { setLoggerForTesting } from "@/lib/log";
import { setStoreForTesting } from "@/lib/storage";
import { resetSigningForTesting } from "@/lib/signing/signer";
import { resetDatabaseProbe } from "@/lib/resilience/db-probe";
import { clearQueueOptionsCache } from "@/lib/appraisal/queue-options";

const g = globalThis as unknown as {
  __kcEnvAtStart?: Record<string, string | undefined>;
  __kcStore?: unknown;
  __kcDbState?: unknown;
  __kcWorkers?: unknown;
};

g.__kcEnvAtStart ??= { ...process.env };
const start = g.__kcEnvAtStart;
for (const key of Object.keys(process.env)) if (!(key in start)) delete process.env[key];
for (const [key, value] of Object.entries(start)) if (process.env[key] !== value) process.env[key] = value;

resetEnvForTesting();
setDbForTesting(undefined);
setReplicaForTesting(undefined);
setStoreForTesting(undefined);
setLoggerForTesting(undefined);
resetSigningForTesting();
resetDatabaseProbe();
clearQueueOptionsCache();
delete g.__kcStore;
delete g.__kcDbState;
delete g.__kcWorkers;
