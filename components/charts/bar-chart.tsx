"use client";

import Link from "next/link";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Draws numbers prepared on the server; computes nothing. Values are plain numbers (already in the unit
// the axis names), formatted vi-VN.
export type BarSeries = { key: string; label: string; color: string };

const nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export function SimpleBarChart({
  data,
  series,
  unit,
  height = 280,
  layout = "horizontal",
  ariaLabel,
  empty,
}: {
  data: Array<Record<string, string | number | null>>;
  series: BarSeries[];
  /** The unit of the value axis, stated on the axis (e.g. "tỷ đồng", "%"). */
  unit: string;
  height?: number;
  layout?: "horizontal" | "vertical";
  ariaLabel: string;
  /** What to say, and where to go, when there is nothing to draw (never an empty frame). */
  empty?: { text: string; href?: string; linkLabel?: string };
}) {
  const vertical = layout === "vertical";
  const hasData = data.some((d) => series.some((s) => typeof d[s.key] === "number"));
  if (!hasData) {
    return (
      <figure
        aria-label={ariaLabel}
        className="w-full rounded border border-dashed border-slate-300 p-4 text-sm text-slate-700"
        data-testid="chart-empty"
      >
        <p>{empty?.text ?? "Chưa có số liệu"}</p>
        {empty?.href && (
          <Link href={empty.href} className="text-brand-700 underline">
            {empty.linkLabel ?? empty.href}
          </Link>
        )}
      </figure>
    );
  }
  // Legend items in the order of the bars (Recharts sorts them alphabetically by default).
  const order = new Map(series.map((s, i) => [s.key, i]));
  const axisLabel = {
    value: unit,
    position: vertical ? ("insideBottomRight" as const) : ("insideTopLeft" as const),
    offset: vertical ? -4 : 0,
    fontSize: 12,
  };
  return (
    <figure aria-label={ariaLabel} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={layout} margin={{ top: 8, right: 16, bottom: 8, left: vertical ? 8 : 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {vertical ? (
            <>
              <XAxis type="number" tickFormatter={(v: number) => nf.format(v)} label={axisLabel} />
              <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis
                tickFormatter={(v: number) => nf.format(v)}
                label={{ ...axisLabel, angle: -90, position: "insideLeft" as const }}
              />
            </>
          )}
          <Tooltip formatter={(v) => `${nf.format(Number(v))} ${unit}`} />
          <Legend itemSorter={(item) => order.get(String(item.dataKey)) ?? 0} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
