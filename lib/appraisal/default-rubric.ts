// Default appraisal rubric: the appraisal contents of TT 36/2013/TT-BCT Art. 9 (base appraisal of a
// đề án): conformity with the principles and contents of khuyến công; objectives and necessity;
// effectiveness; reasonableness of the cost estimate; capacity of the implementing / beneficiary units;
// completeness of the dossier. Weights are the province's choice (configurable data, not law).
export const DEFAULT_RUBRIC = {
  code: "TT36-2013-DIEU9",
  name: "Tiêu chí thẩm định đề án khuyến công (Điều 9 Thông tư 36/2013/TT-BCT)",
  legalRef: "Thông tư 36/2013/TT-BCT, Điều 9 (sửa đổi bởi Thông tư 17/2018/TT-BCT)",
  criteria: [
    {
      code: "PHU_HOP",
      name: "Sự phù hợp với nguyên tắc, nội dung hoạt động khuyến công và ngành nghề được hỗ trợ",
      weightBp: 2000,
      maxScore: 10,
    },
    { code: "MUC_TIEU_CAN_THIET", name: "Mục tiêu và sự cần thiết của đề án", weightBp: 1500, maxScore: 10 },
    {
      code: "HIEU_QUA",
      name: "Hiệu quả kinh tế, xã hội, môi trường; khả năng nhân rộng",
      weightBp: 2000,
      maxScore: 10,
    },
    {
      code: "KINH_PHI_HOP_LY",
      name: "Tính hợp lý của dự toán kinh phí và mức đề nghị hỗ trợ",
      weightBp: 2000,
      maxScore: 10,
    },
    {
      code: "NANG_LUC",
      name: "Năng lực của đơn vị thực hiện, đơn vị phối hợp và đơn vị thụ hưởng",
      weightBp: 1500,
      maxScore: 10,
    },
    { code: "DAY_DU_HO_SO", name: "Tính đầy đủ, hợp lệ của hồ sơ", weightBp: 1000, maxScore: 10 },
  ],
} as const;
