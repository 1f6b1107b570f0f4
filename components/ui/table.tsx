import type { ReactNode } from "react";

/** A scrollable table that stays readable at 360 px. */
export function Table({ caption, head, children }: { caption?: ReactNode; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        {caption && <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>}
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>{head.map((h, i) => <th key={i} scope="col" className="px-3 py-2 font-semibold">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}
