// The soak's mixed traffic, as people send it: public pages, dossier lookup, the signed-in leader's
// dashboard, and enterprise submissions through the application form's own server actions (save the
// draft, then submit it: a real đề án gets its dossier code). Sessions are signed in once per user, as a
// browser keeps its cookie; requests go round-robin over the app instances, as a load balancer would.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { signInCookie } from "./auth-client";

type Send = (base: string) => Promise<{ ok: boolean; label: string }>;

function actionIds(distDir: string): (name: string) => string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return (name) => {
    const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
    if (!hit) throw new Error(`Không thấy server action ${name} trong bản build`);
    return hit[0];
  };
}

async function demoIds(databaseUrl: string): Promise<{ training: string; commune: string }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const a = await c.query(`SELECT id FROM "ActivityCategory" WHERE code = 'DAO_TAO_NGHE' AND "validTo" IS NULL`);
    const e = await c.query(
      `SELECT e."communeId" FROM "User" u JOIN "Establishment" e ON e.id = u."establishmentId" WHERE u.email = 'doanhnghiep@demo.vn'`,
    );
    return { training: a.rows[0].id as string, commune: e.rows[0].communeId as string };
  } finally {
    await c.end();
  }
}

export async function soakTraffic(
  bases: string[],
  distDir: string,
  databaseUrl: string,
): Promise<{ pick: (i: number) => Send; mix: Array<[number, Send]> }> {
  const leader = await signInCookie(bases[0]!, "lanhdao@demo.vn");
  const enterprise = await signInCookie(bases[0]!, "doanhnghiep@demo.vn");
  const action = actionIds(distDir);
  const ids = await demoIds(databaseUrl);
  const code = "000.00.20.H45-260112-0001";
  const page =
    (p: string, cookie?: string): Send =>
    async (base) => {
      const r = await fetch(`${base}${p}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
      await r.arrayBuffer();
      return { ok: r.status === 200, label: `GET ${p.split("?")[0]} ${r.status}` };
    };
  const callAction = async (base: string, name: string, arg: unknown) => {
    const r = await fetch(`${base}/doanh-nghiep/ho-so/moi`, {
      method: "POST",
      body: JSON.stringify([arg]),
      headers: {
        Cookie: enterprise,
        "Next-Action": action(name),
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: base,
      },
    });
    const text = await r.text();
    return { status: r.status, ok: r.status === 200 && text.includes(`"ok":true`), text };
  };
  // Drafts saved and waiting to be submitted: a save, then (next time) its submission.
  const drafts: string[] = [];
  let n = 0;
  const submission: Send = async (base) => {
    const ready = drafts.shift();
    if (ready) {
      const s = await callAction(base, "submitApplicationAction", { proposalId: ready, establishmentId: null });
      return {
        ok: s.ok,
        label: `submit ${s.status}${s.ok ? "" : ` ${/"ok":false.{0,200}/.exec(s.text)?.[0] ?? s.text.slice(0, 160)}`}`,
      };
    }
    n += 1;
    const d = await callAction(base, "saveDraftAction", {
      proposalId: null,
      establishmentId: null,
      data: {
        activityCategoryId: ids.training,
        title: `Đào tạo nghề mộc mỹ nghệ cho lao động nông thôn, lớp ${n}`,
        objectives: "Đào tạo 30 lao động nông thôn nghề mộc mỹ nghệ, tạo việc làm tại chỗ.",
        communeId: ids.commune,
        location: "Xã Yên Lạc",
        startDate: "2027-03-01",
        endDate: "2027-06-30",
        attestCounterpart: true,
        attestNoDoubleFunding: true,
        lines: [
          {
            item: "Lớp đào tạo 30 học viên",
            costKind: "TRAINING",
            quantity: "30",
            unit: "học viên",
            unitPrice: "3 triệu",
            requestedSupport: "60 triệu",
          },
        ],
      },
    });
    const id = /"proposalId":"([^"]+)"/.exec(d.text)?.[1];
    if (d.ok && id) drafts.push(id);
    return {
      ok: d.ok && Boolean(id),
      label: `save draft ${d.status}${d.ok ? "" : ` ${d.text.split("\n").slice(1).join(" ").slice(0, 200)}`}`,
    };
  };
  // Shares of a working day on a provincial portal: mostly anonymous visitors (the home page, the public
  // disclosure, the sign-in page) and enterprises looking up their dossier; a stream of submissions (each
  // a draft save, then its submission); the leadership's dashboard, a few people but a heavy page.
  const mix: Array<[number, Send]> = [
    [25, page("/")],
    [15, page("/cong-khai")],
    [10, page("/dang-nhap")],
    [25, page(`/tra-cuu?ma=${encodeURIComponent(code)}`)],
    [10, page("/lanh-dao/bang-dieu-khien", leader)],
    [15, submission],
  ];
  const total = mix.reduce((s, [w]) => s + w, 0);
  return {
    mix,
    pick: (i) => {
      let x = (i * 7919) % total;
      for (const [w, f] of mix) if ((x -= w) < 0) return f;
      return mix[0]![1];
    },
  };
}
