import type { RuleVerdictDto } from "@/lib/appraisal/rule-verdict";
import { formatDate } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";

/** The rule engine's verdict (eligibility, caps per line), beside the council's scores. */
export function RuleVerdict({ verdict }: { verdict: RuleVerdictDto | null }) {
  if (!verdict) return <p className="text-sm text-slate-600">Chưa có kết quả kiểm tra tự động (đề án nhóm hoặc thiếu thông tin cơ sở); cán bộ kiểm tra thủ công.</p>;
  return (
    <div className="space-y-2 text-sm" data-testid="rule-verdict">
      <div className="flex flex-wrap gap-2">
        <Badge tone={verdict.eligible ? "success" : "danger"}>{verdict.eligible ? "Đủ điều kiện đối tượng" : "Không đủ điều kiện"}</Badge>
        {verdict.priority.length > 0 && <Badge tone="info">Thuộc diện ưu tiên</Badge>}
        <span className="text-slate-600">Xét theo quy định ngày {formatDate(verdict.judgedOn)}</span>
      </div>
      <ul className="list-disc pl-5">{verdict.reasons.map((r, i) => <li key={i}>{r}</li>)}{verdict.priority.map((r, i) => <li key={`p${i}`}>{r}</li>)}</ul>
      <table className="w-full text-left">
        <thead><tr className="text-slate-600"><th scope="col" className="py-1">Khoản chi</th><th scope="col">Đề nghị</th><th scope="col">Tối đa</th></tr></thead>
        <tbody>
          {verdict.lines.map((l, i) => (
            <tr key={i} className="border-t border-slate-100 align-top">
              <td className="py-1">{l.item}<p className="text-xs text-slate-600">{l.explanation}</p></td>
              <td className="tabular-nums">{l.requested}</td>
              <td className={`tabular-nums ${l.ok ? "" : "font-semibold text-red-700"}`}>{l.maxSupport}{!l.ok && " — vượt mức"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {verdict.problems.length > 0 && (
        <div className="rounded-md bg-red-50 p-2 text-red-900"><p className="font-semibold">Vấn đề cần xem xét:</p><ul className="list-disc pl-5">{verdict.problems.map((p, i) => <li key={i}>{p}</li>)}</ul></div>
      )}
    </div>
  );
}
