// Which indicators (domain.md §6.2) an acceptance of each activity usually records, with the default
// value for one supported establishment. The officer edits the values from the minutes.
export const ACCEPTANCE_INDICATORS: Readonly<
  Record<string, ReadonlyArray<{ code: string; perEstablishment?: number }>>
> = {
  UNG_DUNG_MAY_MOC: [
    { code: "CS_MAY_MOC", perEstablishment: 1 },
    { code: "DA_MAY_MOC", perEstablishment: 1 },
  ],
  MO_HINH_TRINH_DIEN: [
    { code: "MO_HINH_TD", perEstablishment: 1 },
    { code: "CS_MO_HINH_TD", perEstablishment: 1 },
  ],
  DAO_TAO_NGHE: [{ code: "LD_DAO_TAO" }],
  NANG_CAO_NANG_LUC: [{ code: "HV_QUAN_LY" }, { code: "KHOA_QUAN_LY" }],
  KHOI_SU_DN: [{ code: "HV_QUAN_LY" }, { code: "LOP_QUAN_LY" }],
  SXSH: [
    { code: "CS_SXSH", perEstablishment: 1 },
    { code: "DA_SXSH", perEstablishment: 1 },
  ],
  THUONG_HIEU: [{ code: "CS_THUONG_HIEU", perEstablishment: 1 }],
  TU_VAN: [{ code: "CS_TU_VAN", perEstablishment: 1 }],
  SAN_PHAM_HOI_CHO: [{ code: "CS_HOI_CHO" }],
  THONG_TIN: [{ code: "TIN_BAI" }, { code: "AN_PHAM" }],
  NANG_LUC_QUAN_LY: [{ code: "HOI_THAO" }, { code: "DAI_BIEU" }],
};

/** Every accepted đề án with a named establishment also counts one beneficiary establishment. */
export const BENEFICIARY_INDICATOR = "CS_THU_HUONG";

export function suggestedIndicators(
  activityCode: string,
  hasEstablishment: boolean,
): Array<{ code: string; value: number | null }> {
  const list = (ACCEPTANCE_INDICATORS[activityCode] ?? []).map((i) => ({
    code: i.code,
    value: hasEstablishment ? (i.perEstablishment ?? null) : null,
  }));
  if (hasEstablishment) list.push({ code: BENEFICIARY_INDICATOR, value: 1 });
  return list;
}
