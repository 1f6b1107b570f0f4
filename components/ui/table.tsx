import type { ReactNode } from "react";

/**
 * A scrollable table that stays readable at 360 px. The scroll area is focusable so that keyboard users
 * can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function Table({
  caption,
  head,
  children,
  label,
}: {
  caption?: ReactNode;
  head: ReactNode[];
  children: ReactNode;
  label?: string;
}) {
  const name = label ?? (typeof caption === "string" ? caption : "Bảng dữ liệu");
  return (
    <div
      role="region"
      aria-label={name}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <table className="min-w-full text-sm">
        {caption && <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>}
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        {/* Cell padding, alignment and tabular figures set once here, not on every cell: a 100-row table repeated the
            same classes 1,000 times in the HTML and again in its RSC payload (issue 21: ~25 % of a drill-down page). */}
        <tbody className="divide-y divide-slate-100 [&>tr>td]:px-3 [&>tr>td]:py-2 [&>tr>td]:align-top [&>tr>td]:tabular-nums">
          {children}
        </tbody>
      </table>
    </div>
  );
}

/** A cell of a `Table` body (padding, alignment and tabular figures come from the table). */
export function Td({ children, className, testId }: { children: ReactNode; className?: string; testId?: string }) {
  // Only the attributes a cell has: React's payload writes an absent prop passed as `undefined` as
  // `"className":"$undefined"` (issue 21: ~50 bytes per cell, ~12 % of the leader dashboard's HTML).
  const attrs: { className?: string; "data-testid"?: string } = {};
  if (className) attrs.className = className;
  if (testId) attrs["data-testid"] = testId;
  return <td {...attrs}>{children}</td>;
}
