import net from "node:net";

export type ClamdTarget = { socket?: string; host?: string; port: number; timeoutMs: number };
export type ScanVerdict = { infected: false } | { infected: true; signature: string };

const CHUNK = 64 * 1024;

/**
 * clamd's INSTREAM command over a socket (clamd(8) "INSTREAM"): `zINSTREAM\0`, then chunks each prefixed by
 * its length as a 4-byte big-endian integer, then a zero length; the reply ends with NUL:
 * `stream: OK`, `stream: <signature> FOUND` or `<reason> ERROR`. Rejects on any error or timeout, so the
 * caller keeps the file PENDING rather than calling it clean.
 */
export function scanBytes(target: ClamdTarget, bytes: Uint8Array): Promise<ScanVerdict> {
  return new Promise((resolve, reject) => {
    const sock = target.socket
      ? net.createConnection(target.socket)
      : net.createConnection(target.port, target.host ?? "127.0.0.1");
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (err: Error | null, v?: ScanVerdict) => {
      if (settled) return;
      settled = true;
      sock.destroy();
      if (err) reject(err);
      else resolve(v!);
    };
    sock.setTimeout(target.timeoutMs, () => done(new Error("clamd timeout")));
    sock.on("error", (e) => done(e));
    sock.on("data", (d) => {
      chunks.push(d);
      if (d.includes(0)) sock.end();
    });
    sock.on("close", () => {
      const reply = Buffer.concat(chunks).toString("utf8").replace(/\0/g, "").trim();
      const found = /^stream: (.+) FOUND$/.exec(reply);
      if (reply === "stream: OK") done(null, { infected: false });
      else if (found) done(null, { infected: true, signature: found[1]! });
      else done(new Error(`clamd: ${reply || "no reply"}`));
    });
    sock.on("connect", () => {
      sock.write("zINSTREAM\0");
      for (let i = 0; i < bytes.length; i += CHUNK) {
        const part = bytes.subarray(i, i + CHUNK);
        const len = Buffer.alloc(4);
        len.writeUInt32BE(part.length);
        sock.write(len);
        sock.write(part);
      }
      sock.write(Buffer.alloc(4));
    });
  });
}

/** PING → PONG: the readiness probe of the scanner. */
export function pingClamd(target: ClamdTarget): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = target.socket
      ? net.createConnection(target.socket)
      : net.createConnection(target.port, target.host ?? "127.0.0.1");
    let reply = "";
    sock.setTimeout(2_000, () => {
      sock.destroy();
      resolve(false);
    });
    sock.on("error", () => resolve(false));
    sock.on("data", (d) => {
      reply += d.toString();
      if (reply.includes("\0")) sock.end();
    });
    sock.on("close", () => resolve(reply.replace(/\0/g, "").trim() === "PONG"));
    sock.on("connect", () => sock.write("zPING\0"));
  });
}
