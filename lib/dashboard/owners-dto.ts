import type { OwnerBreakdown } from "@/lib/dashboard/owner-groups-query";
import type { OwnerGroupRowDto, OwnersDto } from "@/lib/dashboard/dto";
import { formatMoneyShort } from "@/lib/metrics/format";
import { OWNER_GROUP_LABEL } from "@/lib/metrics/owner-groups";

const row = (
  group: string,
  label: string,
  c: { proposals: number; establishments: number; support: bigint },
): OwnerGroupRowDto => ({
  group,
  label,
  proposals: c.proposals,
  establishments: c.establishments,
  support: c.support.toString(),
  supportDisplay: formatMoneyShort(c.support),
});

export function ownersDto(o: OwnerBreakdown): OwnersDto {
  const total = o.groups.reduce(
    (s, g) => ({
      proposals: s.proposals + g.proposals,
      establishments: s.establishments + g.establishments,
      support: s.support + g.support,
    }),
    { proposals: 0, establishments: 0, support: 0n },
  );
  return {
    groups: o.groups.map((g) => row(g.group, OWNER_GROUP_LABEL[g.group].vi, g)),
    total: row("TOTAL", "Tổng cộng", total),
    industries: o.industries.map((i) => row(i.code ?? "", i.label, i)),
    results: o.results.map((r) => ({
      code: r.code,
      name: r.name,
      unit: r.unit,
      byGroup: Object.fromEntries(Object.entries(r.byGroup).map(([k, v]) => [k, v.toString()])),
      total: r.total.toString(),
    })),
  };
}
