"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Draws numbers prepared on the server; computes nothing. Values are plain numbers (already in the unit
// the axis names), formatted vi-VN.
export type BarSeries = { key: string; label: string; color: string };

const nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export function SimpleBarChart({ data, series, unit, height = 280, layout = "horizontal", ariaLabel }: {
  data: Array<Record<string, string | number | null>>;
  series: BarSeries[];
  unit: string;
  height?: number;
  layout?: "horizontal" | "vertical";
  ariaLabel: string;
}) {
  const vertical = layout === "vertical";
  return (
    <figure aria-label={ariaLabel} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={layout} margin={{ top: 8, right: 16, bottom: 8, left: vertical ? 8 : 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {vertical ? (
            <>
              <XAxis type="number" tickFormatter={(v: number) => nf.format(v)} />
              <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={(v: number) => nf.format(v)} />
            </>
          )}
          <Tooltip formatter={(v) => `${nf.format(Number(v))} ${unit}`} />
          <Legend />
          {series.map((s) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />)}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
