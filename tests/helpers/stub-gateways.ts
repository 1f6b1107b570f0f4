// Local stand-ins for the SMS brandname gateway (eSMS-style JSON) and Zalo ZNS, on loopback: they record
// every request exactly as received and answer with the providers' documented bodies, or with whatever a
// test scripts (documented errors, HTTP 5xx) for the next requests.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { path: string; headers: Record<string, string | string[] | undefined>; body: unknown };
export type Reply = { status: number; body: unknown };

export const SMS_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
export const ZNS_PATH = "/message/template";

export type StubGateways = {
  smsUrl: string;
  znsUrl: string;
  sms: Received[];
  zns: Received[];
  /** Replies for the next requests on a path, in order; then the documented success again. */
  script: (path: typeof SMS_PATH | typeof ZNS_PATH, replies: Reply[]) => void;
  reset: () => void;
  close: () => Promise<void>;
};

export async function startStubGateways(port = 0): Promise<StubGateways> {
  const sms: Received[] = [];
  const zns: Received[] = [];
  const scripts = new Map<string, Reply[]>();
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        /* keep the raw text: the test will see it is not JSON */
      }
      const path = req.url ?? "";
      const rec = { path, headers: req.headers, body };
      if (path === SMS_PATH && req.method === "POST") sms.push(rec);
      else if (path === ZNS_PATH && req.method === "POST") zns.push(rec);
      else {
        res.writeHead(404).end();
        return;
      }
      n += 1;
      const scripted = scripts.get(path)?.shift();
      const reply =
        scripted ??
        (path === SMS_PATH
          ? { status: 200, body: { CodeResult: "100", CountRegenerate: 0, SMSID: `sms-${n}` } }
          : {
              status: 200,
              body: { error: 0, message: "Success", data: { msg_id: `zns-${n}`, sent_time: String(Date.now()) } },
            });
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    smsUrl: base,
    znsUrl: `${base}${ZNS_PATH}`,
    sms,
    zns,
    script: (path, replies) => scripts.set(path, [...(scripts.get(path) ?? []), ...replies]),
    reset: () => {
      sms.length = 0;
      zns.length = 0;
      scripts.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
