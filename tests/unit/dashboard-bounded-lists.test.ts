// Issue 21: the dashboard's long lists are cut where a page would grow with the data, and say how many are left out.
// The server components rendered to HTML as the page renders them.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IndicatorTable } from "@/components/dashboard/indicator-table";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import type { BreakdownRowDto, IndicatorRowDto } from "@/lib/dashboard/dto";

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

function indicator(provinces: number): IndicatorRowDto {
  return {
    indicatorId: "i1",
    code: "LD_DAO_TAO",
    name: "Lao động được đào tạo",
    unit: "người",
    cumulative: true,
    target: null,
    actual: {
      value: "0",
      atLeast: false,
      approximate: false,
      display: "Không cộng gộp giữa các tỉnh",
      hasData: false,
      entries: 0,
    },
    series: Array.from({ length: provinces }, (_, i) => ({
      province: `Tỉnh ${String(i + 1).padStart(2, "0")}`,
      period: "2021, 2022",
      display: `${i + 1} người`,
    })),
    nationalNote: null,
    yearActual: null,
    percentBp: null,
    percentDisplay: "—",
    status: "NO_TARGET",
    statusLabel: "Không có chỉ tiêu",
    tone: "neutral",
    previous: null,
  } as unknown as IndicatorRowDto;
}

describe("bounded dashboard lists", () => {
  it("a national figure lists 6 provinces and says how many more there are", () => {
    const html = renderToStaticMarkup(
      createElement(IndicatorTable, {
        rows: [indicator(34)],
        drillHref: () => "/x",
        year: null,
        previousLabel: null,
        locale: "vi",
      }),
    );
    expect(count(html, "series")).toBe(6);
    expect(html).toContain("và 28 tỉnh, thành phố khác");
    const few = renderToStaticMarkup(
      createElement(IndicatorTable, {
        rows: [indicator(2)],
        drillHref: () => "/x",
        year: null,
        previousLabel: null,
        locale: "en",
      }),
    );
    expect(count(few, "series")).toBe(2);
    expect(count(few, "series-more")).toBe(0);
  });

  it("a figure the country may sum lists no province: it says how many it sums and where each one is", () => {
    const summed = indicator(34);
    summed.actual = { ...summed.actual, value: "561", display: "561 người", hasData: true };
    const html = renderToStaticMarkup(
      createElement(IndicatorTable, {
        rows: [summed],
        drillHref: () => "/x",
        year: null,
        previousLabel: null,
        locale: "vi",
      }),
    );
    expect(count(html, "series")).toBe(0);
    expect(count(html, "series-more")).toBe(0);
    expect(count(html, "series-summed")).toBe(1);
    expect(html).toContain("Cộng của 34 tỉnh, thành phố");
    expect(html).toContain("561 người");
  });

  it("the area breakdown shows the first rows only when given a limit", () => {
    const rows = Array.from({ length: 140 }, (_, i) => ({
      key: `c${i}`,
      label: `Xã ${i}`,
      historic: [],
      count: 1,
      committed: "1",
      display: { committed: "1 đồng", disbursed: "0 đồng", counterpart: "0 đồng" },
    })) as unknown as BreakdownRowDto[];
    const props = { rows, firstHead: "Địa bàn", drillHref: () => "/x", testId: "commune", locale: "vi" as const };
    expect(count(renderToStaticMarkup(createElement(BreakdownTable, { ...props, limit: 25 })), "commune-row")).toBe(25);
    expect(count(renderToStaticMarkup(createElement(BreakdownTable, props)), "commune-row")).toBe(140);
  });
});
