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
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = "", testId }: { children: ReactNode; className?: string; testId?: string }) {
  return (
    <td className={`px-3 py-2 align-top ${className}`} data-testid={testId}>
      {children}
    </td>
  );
}
