// Starts the production build with the portal's own server (scripts/server.ts, what `npm start` runs: admission
// control, 503 on a lost database, 413) on a loopback port, for the measurements and the HTTP-level tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";

export type Server = { proc: ChildProcess; base: string; stop: () => Promise<void> };

export async function startServer(opts: {
  distDir: string;
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  logFile?: string;
}): Promise<Server> {
  // Something already answering on the port would pass the health check below in our server's place.
  const taken = await fetch(`http://127.0.0.1:${opts.port}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Cổng ${opts.port} đang có máy chủ khác chạy; dừng nó hoặc chọn --port khác.`);
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/server.ts", "-p", String(opts.port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: opts.distDir,
        DATABASE_URL: opts.databaseUrl,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789",
        AUTH_TRUST_HOST: "true",
        ...opts.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  // The start-up output explains a failed start; later output goes to `logFile` (if any), never to memory.
  let log = "";
  const file = opts.logFile ? createWriteStream(opts.logFile) : null;
  const keep = (d: Buffer) => {
    if (log.length < 20_000) log += d.toString();
    file?.write(d);
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`Máy chủ đã dừng:\n${log}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      proc.kill("SIGTERM");
      throw new Error(`Máy chủ không phản hồi sau 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const stop = async () => {
    if (proc.exitCode !== null) return;
    proc.kill("SIGTERM");
    await new Promise((r) => proc.once("exit", r));
  };
  return { proc, base, stop };
}
