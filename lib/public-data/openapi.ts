import { PUBLIC_LIMIT } from "@/lib/public-data/http";

// OpenAPI 3.1 description of the open-data API, served at /api/public/v1/openapi.json.
const money = { type: "string", pattern: "^-?\\d+$", description: "Số nguyên đồng (chuỗi, để không mất chính xác)." };
const province = {
  name: "tinh",
  in: "query",
  required: false,
  schema: { type: "string" },
  description:
    "Mã tỉnh (mã đơn vị hành chính). Gồm cả địa bàn các tỉnh cũ đã hợp nhất vào tỉnh này (Nghị quyết ngày 12/06/2025).",
};
const errors = {
  "400": {
    description: "Tham số không hợp lệ",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
  "429": {
    description: `Vượt giới hạn ${PUBLIC_LIMIT} yêu cầu/phút/địa chỉ`,
    headers: { "Retry-After": { schema: { type: "integer" } } },
  },
};

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Dữ liệu mở khuyến công",
    version: "1.0.0",
    description:
      "Đề án khuyến công đã được phê duyệt và kết quả thực hiện so với mục tiêu. Không công bố mã số thuế, số đăng ký hộ kinh doanh hay thông tin cá nhân.",
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/public/v1/de-an": {
      get: {
        summary: "Danh sách đề án đã phê duyệt",
        parameters: [
          {
            name: "nam",
            in: "query",
            schema: { type: "integer", minimum: 2000, maximum: 2100 },
            description: "Năm kế hoạch.",
          },
          province,
          { name: "trang", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "soDong", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
          {
            name: "minhHoa",
            in: "query",
            schema: { type: "string", enum: ["0", "1"], default: "0" },
            description:
              "1 = cộng cả đề án có số tiền minh họa vào tongKinhPhiHoTro (mặc định: chỉ số liệu chính thức).",
          },
        ],
        responses: {
          "200": {
            description: "Một trang đề án",
            content: { "application/json": { schema: { $ref: "#/components/schemas/DeAnPage" } } },
          },
          ...errors,
        },
      },
    },
    "/api/public/v1/chi-tieu": {
      get: {
        summary: "Mục tiêu và kết quả theo chỉ tiêu, giai đoạn",
        parameters: [
          {
            name: "ky",
            in: "query",
            schema: { type: "string", pattern: "^\\d{4}-\\d{4}$", default: "2021-2025" },
            description: "Giai đoạn chương trình.",
          },
          province,
        ],
        responses: {
          "200": {
            description: "Chỉ tiêu của giai đoạn",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ChiTieu" } } },
          },
          ...errors,
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        properties: {
          error: { type: "string" },
          chiTiet: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
        },
        required: ["error"],
      },
      DeAn: {
        type: "object",
        properties: {
          id: { type: "string" },
          ma: { type: ["string", "null"], description: "Mã hồ sơ" },
          ten: { type: "string" },
          nam: { type: "integer" },
          nguonKinhPhi: { type: "string", enum: ["KCQG", "KCDP"] },
          noiDung: { type: "string" },
          donViThuHuong: { type: ["string", "null"] },
          xa: { type: ["string", "null"] },
          tinh: { type: ["string", "null"], description: "Tỉnh tại thời điểm thực hiện" },
          tinhHienNay: { type: ["string", "null"] },
          kinhPhiHoTro: money,
          trangThai: { type: "string", description: "Mã trạng thái ổn định" },
          trangThaiTen: { type: "string", description: "Tên trạng thái tiếng Việt, bên cạnh mã" },
          minhHoa: {
            type: "boolean",
            description: "true: số tiền là minh họa, không phải số liệu công bố; không trích dẫn như sự thật",
          },
          nguon: { type: ["string", "null"], description: "Nguồn số liệu (trích dẫn)" },
        },
        required: ["id", "ten", "nam", "nguonKinhPhi", "kinhPhiHoTro"],
      },
      DeAnPage: {
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/DeAn" } },
          total: { type: "integer" },
          trang: { type: "integer" },
          soDong: { type: "integer" },
          tongKinhPhiHoTro: money,
          soDeAnMinhHoa: { type: "integer", description: "Số đề án có số tiền minh họa trong phạm vi" },
          tongGomMinhHoa: { type: "boolean" },
        },
        required: ["data", "total", "trang", "soDong"],
      },
      GiaTri: {
        type: "object",
        properties: {
          giaTri: { type: "string", description: "Số nguyên; chia cho heSo để ra giá trị theo đơn vị" },
          hienThi: { type: "string" },
        },
      },
      ChiTieu: {
        type: "object",
        properties: {
          giaiDoan: { type: "string" },
          giaiDoanTruoc: {
            type: ["string", "null"],
            description: "Chỉ khi dữ liệu xác định giai đoạn trước; không bao giờ suy ra",
          },
          tyLeThoiGianDaQua: { type: "number" },
          ghiChu: { type: ["string", "null"] },
          data: {
            type: "array",
            items: {
              type: "object",
              properties: {
                ma: { type: "string" },
                ten: { type: "string" },
                donVi: { type: "string" },
                heSo: { type: "integer" },
                congDon: { type: "boolean" },
                mucTieu: { oneOf: [{ $ref: "#/components/schemas/GiaTri" }, { type: "null" }] },
                thucHien: { oneOf: [{ $ref: "#/components/schemas/GiaTri" }, { type: "null" }] },
                tyLeDat: { type: ["number", "null"], description: "Phần trăm" },
                danhGia: {
                  type: "string",
                  enum: ["ACHIEVED", "ON_TRACK", "AT_RISK", "BEHIND", "NOT_STARTED", "NO_DATA", "NO_TARGET"],
                },
                danhGiaTen: { type: "string", description: "Tên đánh giá tiếng Việt, bên cạnh mã" },
                theoTinh: {
                  type: "array",
                  description: "Toàn quốc: chuỗi số liệu từng tỉnh, không cộng gộp",
                  items: {
                    type: "object",
                    properties: { tinh: { type: "string" }, giaiDoan: { type: "string" }, hienThi: { type: "string" } },
                  },
                },
                ghiChuToanQuoc: {
                  type: "string",
                  description: "Vì sao không có tổng toàn quốc (thiếu tỉnh, khác giai đoạn)",
                },
                giaiDoanTruoc: { oneOf: [{ $ref: "#/components/schemas/GiaTri" }, { type: "null" }] },
              },
            },
          },
        },
      },
    },
  },
} as const;
