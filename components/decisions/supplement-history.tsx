import { formatDate } from "@/lib/dates";

type Round = { round: number; items: string[]; reason: string; deadline: string; createdAt: string; answeredAt: string | null; answerNote: string | null };

/** Every round of "return for supplement" and the applicant's answer, oldest first. */
export function SupplementHistory({ rounds }: { rounds: Round[] }) {
  if (rounds.length === 0) return <p className="text-sm text-slate-600">Hồ sơ chưa phải bổ sung lần nào.</p>;
  return (
    <ol className="space-y-3" data-testid="supplement-history">
      {rounds.map((r) => (
        <li key={r.round} className="rounded-md border border-slate-200 p-3 text-sm">
          <p className="font-semibold">Lần {r.round} · yêu cầu ngày {formatDate(r.createdAt)} · hạn {formatDate(r.deadline)}</p>
          <p>{r.reason}</p>
          <ul className="list-disc pl-5">{r.items.map((i, n) => <li key={n}>{i}</li>)}</ul>
          <p className="mt-1 text-slate-700">{r.answeredAt ? `Đã nộp bổ sung ngày ${formatDate(r.answeredAt)}${r.answerNote ? `: ${r.answerNote}` : ""}` : "Chưa nộp bổ sung."}</p>
        </li>
      ))}
    </ol>
  );
}
