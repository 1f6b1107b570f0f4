import { createReadStream } from "node:fs";
import { access, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { randomUUID } from "node:crypto";
import type { ObjectStore } from "@/lib/storage/types";

/** A folder on the app's disk: the embedded default (`npm run demo`), nothing to install. One instance only. */
export function localStore(root: string): ObjectStore {
  const file = (key: string) => {
    const p = path.resolve(root, key);
    if (!p.startsWith(path.resolve(root) + path.sep)) throw new Error(`bad storage key ${key}`);
    return p;
  };
  return {
    name: "local",
    async put(key, bytes) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a reader never sees half a file, and a crash leaves only a temp file.
      const tmp = `${target}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, target);
    },
    async get(key) {
      if (!(await this.exists(key))) return null;
      return Readable.toWeb(createReadStream(file(key))) as ReadableStream<Uint8Array>;
    },
    async exists(key) {
      return access(file(key)).then(
        () => true,
        () => false,
      );
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
    async ping() {
      await mkdir(root, { recursive: true });
      await readdir(root);
    },
  };
}
