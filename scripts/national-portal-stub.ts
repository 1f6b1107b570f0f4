import { createServer, type Server } from "node:http";

// A local stand-in for the national public-service portal's receiving endpoint, as docs/dong-bo-dvcqg.md describes
// it: POST / with a JSON message and an Idempotency-Key (201 new, 200 already had it), GET /<key> (200 with the
// message, 404), GET / (every message). `npm run demo` starts it; the tests start it to check the exact requests and
// to make it fail on purpose. It keeps messages in memory only — it is not the national portal.

export type StubMessage = { key: string; body: Record<string, unknown>; auth: string | null };
export type NationalPortalStub = {
  url: string;
  messages: StubMessage[];
  /** Every POST received, duplicates included. */
  posts: StubMessage[];
  /** Answers for the next POSTs (then 201/200 as usual). */
  failNext: (statuses: number[]) => void;
  close: () => Promise<void>;
};

export async function startNationalPortalStub(port = 0): Promise<NationalPortalStub> {
  const byKey = new Map<string, StubMessage>();
  const posts: StubMessage[] = [];
  const failures: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      // The endpoint lives at /dong-bo: "/dong-bo" lists, "/dong-bo/<key>" is one message.
      const path = decodeURIComponent((req.url ?? "/").split("?")[0]!.replace(/^\/+(dong-bo)?\/*/, ""));
      if (req.method === "GET") {
        if (!path)
          return send(
            200,
            [...byKey.values()].map((m) => m.body),
          );
        const m = byKey.get(path);
        return m ? send(200, m.body) : send(404, { loi: "Không có" });
      }
      if (req.method !== "POST") return send(405, { loi: "Phương thức không hỗ trợ" });
      const key = String(req.headers["idempotency-key"] ?? "");
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return send(400, { loi: "JSON không hợp lệ" });
      }
      const msg = { key, body, auth: (req.headers.authorization as string | undefined) ?? null };
      posts.push(msg);
      const fail = failures.shift();
      if (fail) return send(fail, { loi: `Lỗi thử nghiệm ${fail}` });
      if (!key || !body.maHoSo) return send(422, { loi: "Thiếu Idempotency-Key hoặc maHoSo" });
      if (byKey.has(key)) return send(200, { maDongBo: key, trungLap: true });
      byKey.set(key, msg);
      return send(201, { maDongBo: key });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/dong-bo`,
    get messages() {
      return [...byKey.values()];
    },
    posts,
    failNext: (statuses) => failures.push(...statuses),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
