import "server-only";
import { env } from "@/lib/env";
import { localStore } from "@/lib/storage/local";
import { s3Store } from "@/lib/storage/s3";
import type { ObjectStore } from "@/lib/storage/types";

export { StorageUnavailableError, objectKey, quarantineKey, type ObjectStore } from "@/lib/storage/types";

const g = globalThis as unknown as { __kcStore?: ObjectStore; __kcStoreOverride?: ObjectStore };

/** The configured store: STORAGE_DRIVER=s3 (S3_* settings) or the local folder STORAGE_LOCAL_DIR. */
export function getStore(): ObjectStore {
  if (g.__kcStoreOverride) return g.__kcStoreOverride;
  if (!g.__kcStore) {
    const e = env();
    g.__kcStore =
      e.STORAGE_DRIVER === "s3"
        ? s3Store({
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          })
        : localStore(e.STORAGE_LOCAL_DIR);
  }
  return g.__kcStore;
}

/** Integration tests and benches point the portal at their own store. */
export function setStoreForTesting(store: ObjectStore | undefined): void {
  g.__kcStoreOverride = store;
}
