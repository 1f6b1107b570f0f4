// Breakdowns by owner group (pure; issue 19). Groups are disjoint so that they add up to the total: women AND
// ethnic-minority owner, women only, ethnic minority only, other owners, and đề án not tied to one establishment
// (a centre's course or fair). On public pages a group with fewer than SMALL_CELL establishments is not shown
// (a household business is a natural person: a cell of one or two would identify it), and when exactly one
// group is hidden, the next smallest is hidden too (the centres' đề án if no other group has any; every
// group if nothing else has any), so that the hidden one cannot be recovered from the total.

export const OWNER_GROUPS = ["BOTH", "WOMEN", "ETHNIC", "OTHER", "NONE"] as const;
export type OwnerGroup = (typeof OWNER_GROUPS)[number];

export const OWNER_GROUP_LABEL: Record<OwnerGroup, { vi: string; en: string }> = {
  BOTH: { vi: "Chủ là nữ, người dân tộc thiểu số", en: "Woman, ethnic-minority owner" },
  WOMEN: { vi: "Chủ là nữ (không là người DTTS)", en: "Woman owner (not ethnic minority)" },
  ETHNIC: { vi: "Chủ là người DTTS (không là nữ)", en: "Ethnic-minority owner (not a woman)" },
  OTHER: { vi: "Chủ sở hữu khác", en: "Other owners" },
  NONE: { vi: "Không gắn một cơ sở (trung tâm tổ chức)", en: "Not tied to one establishment" },
};

export const SMALL_CELL = 3;

export function ownerGroupOf(est: { womenOwned: boolean; ethnicMinorityOwned: boolean } | null): OwnerGroup {
  if (!est) return "NONE";
  if (est.womenOwned && est.ethnicMinorityOwned) return "BOTH";
  if (est.womenOwned) return "WOMEN";
  if (est.ethnicMinorityOwned) return "ETHNIC";
  return "OTHER";
}

export type OwnerGroupCell = { group: OwnerGroup; proposals: number; establishments: number; support: bigint };
export type ShownCell = OwnerGroupCell & { suppressed: boolean };

/** Every group (zeros included), in the fixed order. */
export function completeGroups(cells: readonly OwnerGroupCell[]): OwnerGroupCell[] {
  return OWNER_GROUPS.map(
    (g) => cells.find((c) => c.group === g) ?? { group: g, proposals: 0, establishments: 0, support: 0n },
  );
}

/** Small-cell suppression for public figures (the NONE group holds no natural person: hidden only as the second cell). */
export function suppressSmallCells(cells: readonly OwnerGroupCell[], min = SMALL_CELL): ShownCell[] {
  const out = completeGroups(cells).map((c) => ({
    ...c,
    suppressed: c.group !== "NONE" && c.establishments > 0 && c.establishments < min,
  }));
  if (out.filter((c) => c.suppressed).length === 1) {
    // The next smallest group of owners; failing one, the centres' đề án (else the hidden one = total − shown).
    const next =
      out
        .filter((c) => !c.suppressed && c.group !== "NONE" && c.establishments > 0)
        .sort((a, b) => a.establishments - b.establishments)[0] ??
      out.find((c) => c.group === "NONE" && c.proposals > 0);
    if (next) next.suppressed = true;
    // Nothing else to hide with it: hide every group (zeros included), or the total would give it away.
    else for (const c of out) c.suppressed = true;
  }
  return out;
}
