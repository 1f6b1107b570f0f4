// The SMS and ZNS adapters against local HTTP servers that check the exact requests and answer with the
// providers' documented replies: which failures are permanent (dead-letter at once) and which are retried.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smsAdapter } from "@/lib/channels/sms";
import { zaloAdapter } from "@/lib/channels/zalo";
import { ChannelError } from "@/lib/channels/types";
import { caught } from "@/tests/helpers/fixtures";
import { SMS_PATH, ZNS_PATH, startStubGateways, type StubGateways } from "@/tests/helpers/stub-gateways";

let gw: StubGateways;
const msg = {
  id: "dlv_1",
  to: "0912000001",
  text: "KhuyenCong: De an duoc phe duyet",
  params: { ma_ho_so: "KC-1", noi_dung: "Đề án được phê duyệt", lien_ket: "https://kc/x" },
};

beforeAll(async () => {
  gw = await startStubGateways(3285);
});
afterAll(async () => gw?.close());

describe("SMS brandname gateway (eSMS-style JSON)", () => {
  const sms = () => smsAdapter({ url: gw.smsUrl, apiKey: "K", secretKey: "S", brandname: "SCT_HAIDUONG" });

  it("posts the documented JSON and reads the SMSID", async () => {
    gw.reset();
    expect(await sms().send(msg)).toEqual({ providerId: expect.stringMatching(/^sms-\d+$/) });
    expect(gw.sms).toEqual([
      {
        path: SMS_PATH,
        headers: expect.objectContaining({ "content-type": "application/json" }),
        body: {
          ApiKey: "K",
          SecretKey: "S",
          Phone: "84912000001",
          Content: msg.text,
          Brandname: "SCT_HAIDUONG",
          SmsType: "2",
          IsUnicode: "0",
          RequestId: "dlv_1",
        },
      },
    ]);
  });

  it.each([
    [{ status: 200, body: { CodeResult: "108", ErrorMessage: "Phone invalid" } }, true, "108"],
    [{ status: 200, body: { CodeResult: "104", ErrorMessage: "Brandname" } }, true, "104"],
    [{ status: 200, body: { CodeResult: "101" } }, true, "101"],
    [{ status: 200, body: { CodeResult: "103", ErrorMessage: "Not enough balance" } }, false, "103"],
    [{ status: 502, body: {} }, false, "http-502"],
  ])("reply %j → permanent=%s (code %s)", async (reply, permanent, code) => {
    gw.reset();
    gw.script(SMS_PATH, [reply]);
    const e = await caught(sms().send(msg));
    expect(e).toBeInstanceOf(ChannelError);
    expect(e).toMatchObject({ permanent, code });
  });

  it("a duplicate RequestId (124) means an earlier try went out: success, not a second message", async () => {
    gw.reset();
    gw.script(SMS_PATH, [{ status: 200, body: { CodeResult: "124", SMSID: "sms-earlier" } }]);
    expect(await sms().send(msg)).toEqual({ providerId: "sms-earlier" });
  });

  it("an unreachable gateway is transient", async () => {
    const e = await caught(
      smsAdapter({ url: "http://127.0.0.1:3289", apiKey: "K", secretKey: "S", brandname: "B", timeoutMs: 2000 }).send(
        msg,
      ),
    );
    expect(e).toMatchObject({ permanent: false, code: "network" });
  });
});

describe("Zalo ZNS template messages", () => {
  const zns = () => zaloAdapter({ url: gw.znsUrl, accessToken: "TOKEN", templateId: "231456" });

  it("posts phone, template_id, template_data, tracking_id with the access_token header", async () => {
    gw.reset();
    expect(await zns().send(msg)).toEqual({ providerId: expect.stringMatching(/^zns-\d+$/) });
    expect(gw.zns).toHaveLength(1);
    expect(gw.zns[0]).toMatchObject({ path: ZNS_PATH, headers: expect.objectContaining({ access_token: "TOKEN" }) });
    expect(gw.zns[0]?.body).toEqual({
      phone: "84912000001",
      template_id: "231456",
      template_data: msg.params,
      tracking_id: "dlv_1",
    });
  });

  it.each([
    [-108, true],
    [-109, true],
    [-124, true],
    [-115, false],
    [-100, false],
  ])("error %i → permanent=%s", async (error, permanent) => {
    gw.reset();
    gw.script(ZNS_PATH, [{ status: 200, body: { error, message: "documented error" } }]);
    const e = await caught(zns().send(msg));
    expect(e).toMatchObject({ permanent, code: String(error) });
  });

  it("parameters beyond 400 characters are cut before sending", async () => {
    gw.reset();
    await zns().send({ ...msg, params: { ...msg.params, noi_dung: "Đ".repeat(800) } });
    const sent = (gw.zns[0]?.body as { template_data: Record<string, string> }).template_data;
    expect(Object.values(sent).join("").length).toBeLessThanOrEqual(400);
  });
});
