import { AppError } from "@/lib/errors";

/**
 * Where attachment bytes live. Keys are content-addressed (`sha256/ab/abcd…`), so a put is idempotent and a
 * crashed migration can simply be run again.
 */
export interface ObjectStore {
  readonly name: string;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object as a web stream (for a Response body), or null when the key is absent. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Resolves when the store answers; readiness probe. */
  ping(): Promise<void>;
}

/** The store cannot be reached: uploads answer 503 while the rest of the portal keeps working. */
export class StorageUnavailableError extends AppError {
  constructor(
    message = "Kho lưu tệp tạm thời không hoạt động nên chưa tải tệp lên được. Vui lòng thử lại sau ít phút; các chức năng khác vẫn dùng bình thường.",
  ) {
    super(message, "STORAGE_UNAVAILABLE");
  }
}

export function objectKey(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

export function quarantineKey(sha256: string): string {
  return `quarantine/${sha256}`;
}
