import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { StorageUnavailableError, type ObjectStore } from "@/lib/storage/types";
import { logError } from "@/lib/log";

export type S3Settings = {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

function isMissing(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NoSuchKey" || err?.name === "NotFound" || err?.$metadata?.httpStatusCode === 404;
}

/**
 * Any S3-compatible store (a province's own MinIO/Ceph, a Vietnamese cloud's S3 API, AWS). Path-style
 * addressing by default because most self-hosted stores have no wildcard DNS for bucket sub-domains.
 * Timeouts are short so an unreachable store fails the upload (503) quickly instead of holding a worker.
 */
export function s3Store(s: S3Settings): ObjectStore {
  const client = new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: s.forcePathStyle,
    credentials:
      s.accessKeyId && s.secretAccessKey
        ? { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey }
        : undefined,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 30_000 },
  });
  const unavailable = (op: string, e: unknown): never => {
    logError(`s3-${op}`, e);
    throw new StorageUnavailableError();
  };
  return {
    name: "s3",
    async put(key, bytes, contentType) {
      await client
        .send(
          new PutObjectCommand({
            Bucket: s.bucket,
            Key: key,
            Body: bytes,
            ContentType: contentType,
            ContentLength: bytes.length,
          }),
        )
        .catch((e) => unavailable("put", e));
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: s.bucket, Key: key }));
        return out.Body ? out.Body.transformToWebStream() : null;
      } catch (e) {
        if (isMissing(e)) return null;
        return unavailable("get", e);
      }
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: s.bucket, Key: key }));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        return unavailable("head", e);
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: s.bucket, Key: key })).catch((e) => unavailable("delete", e));
    },
    async ping() {
      await client.send(new HeadBucketCommand({ Bucket: s.bucket }));
    },
  };
}
