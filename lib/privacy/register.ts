// The register of personal data the portal holds (Law 91/2025/QH15 on personal-data protection, in force
// 01/01/2026): what, about whom, why, on which legal ground, where, how long, and what erasure does to it.
// Pure data: shown at /quan-tri/du-lieu-ca-nhan/danh-muc and to each person at /tai-khoan/du-lieu-ca-nhan; every
// key is a section of the export (lib/privacy/export.ts) — a test checks that no key is missing there.

export type Bilingual = { vi: string; en: string };

/** What erasure does to one kind of data. */
export type ErasureTreatment = "DELETE" | "PSEUDONYMISE" | "RETAIN";

export type RegisterEntry = {
  key: RegisterKey;
  title: Bilingual;
  data: Bilingual;
  purpose: Bilingual;
  basis: Bilingual;
  /** Tables (or the object store) where it lives. */
  where: readonly string[];
  retention: Bilingual;
  erasure: ErasureTreatment;
};

export const REGISTER_KEYS = [
  "establishment",
  "accounts",
  "security",
  "consents",
  "channels",
  "dossiers",
  "documents",
  "messages",
  "notifications",
  "requests",
  "audit",
  "retainedRecords",
] as const;
export type RegisterKey = (typeof REGISTER_KEYS)[number];

const DOSSIER_BASIS: Bilingual = {
  vi: "Thực hiện thủ tục hành chính và nhiệm vụ khuyến công (NĐ 235/2025/NĐ-CP; Luật 91/2025/QH15, xử lý không cần sự đồng ý để thực hiện nhiệm vụ của cơ quan nhà nước).",
  en: "Handling the administrative procedure and the industrial-extension task (Decree 235/2025; Law 91/2025, processing without consent for a state agency's duties).",
};

/** Accounting records of public money: Luật Kế toán 2015 Art. 41 and NĐ 174/2016/NĐ-CP Art. 12 (≥ 10 years). */
export const ACCOUNTING_RETENTION: Bilingual = {
  vi: "Tối thiểu 10 năm kể từ khi quyết toán (Luật Kế toán 2015 Điều 41; NĐ 174/2016/NĐ-CP Điều 12) — chứng từ chi ngân sách.",
  en: "At least 10 years after settlement (Accounting Law 2015 art. 41; Decree 174/2016 art. 12) — records of budget spending.",
};

/** Administrative decisions and the dossiers they rest on: the agency's records schedule (Luật Lưu trữ 2024). */
export const DECISION_RETENTION: Bilingual = {
  vi: "Theo danh mục hồ sơ và thời hạn bảo quản của cơ quan (Luật Lưu trữ số 33/2024/QH15) — quyết định hành chính.",
  en: "Per the agency's records schedule (Archives Law 33/2024/QH15) — administrative decisions.",
};

export const REGISTER: readonly RegisterEntry[] = [
  {
    key: "establishment",
    title: { vi: "Hồ sơ cơ sở", en: "Establishment profile" },
    data: {
      vi: "Tên cơ sở, mã số thuế/số đăng ký hộ kinh doanh, địa chỉ, người đại diện và chức danh, điện thoại, thư điện tử, tài khoản ngân hàng, ngành nghề, số lao động, chủ sở hữu là nữ/dân tộc thiểu số.",
      en: "Name, tax code / household registration number, address, representative and title, phone, e-mail, bank account, industry, workforce, women / ethnic-minority owner.",
    },
    purpose: {
      vi: "Xác định cơ sở, xét điều kiện, ký hợp đồng, chuyển kinh phí, báo cáo theo nhóm chủ sở hữu.",
      en: "Identify the establishment, check eligibility, contract, pay, report by owner group.",
    },
    basis: DOSSIER_BASIS,
    where: ["Establishment"],
    retention: {
      vi: "Đến khi chủ thể yêu cầu xóa hoặc hết mục đích; sau khi xóa chỉ còn mã ẩn danh.",
      en: "Until the person asks for erasure or the purpose ends; after erasure only a pseudonym is left.",
    },
    erasure: "PSEUDONYMISE",
  },
  {
    key: "accounts",
    title: { vi: "Tài khoản", en: "Accounts" },
    data: {
      vi: "Họ tên, thư điện tử, số điện thoại, vai trò, ngày tạo, lần đăng nhập gần nhất.",
      en: "Name, e-mail, phone, role, created, last sign-in.",
    },
    purpose: { vi: "Đăng nhập và liên hệ về hồ sơ.", en: "Sign-in and contact about dossiers." },
    basis: {
      vi: "Sự đồng ý khi đăng ký (Luật 91/2025/QH15) và thực hiện thủ tục hành chính.",
      en: "Consent at registration (Law 91/2025) and the administrative procedure.",
    },
    where: ["User"],
    retention: { vi: "Đến khi xóa tài khoản.", en: "Until the account is erased." },
    erasure: "PSEUDONYMISE",
  },
  {
    key: "security",
    title: { vi: "Đăng nhập và bảo mật", en: "Sign-in and security" },
    data: {
      vi: "Phiên đăng nhập (thời điểm, địa chỉ IP, trình duyệt), xác thực hai bước, liên kết VNeID/SSO và số định danh cá nhân.",
      en: "Sessions (time, IP address, browser), two-step verification, VNeID/SSO links and the personal identification number.",
    },
    purpose: {
      vi: "Bảo vệ tài khoản, phát hiện truy cập trái phép.",
      en: "Protect the account, detect unauthorised access.",
    },
    basis: {
      vi: "Bảo đảm an ninh mạng (Luật An ninh mạng 2018; Luật 91/2025/QH15).",
      en: "Network security (Cybersecurity Law 2018; Law 91/2025).",
    },
    where: ["AuthSession", "SecondFactor", "RecoveryCode", "ExternalIdentity", "PersonalIdNumber", "SignInThrottle"],
    retention: {
      vi: "Phiên: đến khi hết hạn; liên kết: đến khi xóa tài khoản.",
      en: "Sessions: until expiry; links: until the account is erased.",
    },
    erasure: "DELETE",
  },
  {
    key: "consents",
    title: { vi: "Sự đồng ý", en: "Consents" },
    data: {
      vi: "Mục đích, phiên bản văn bản đồng ý, thời điểm đồng ý và rút lại, cách thức (trên cổng hay tại bộ phận một cửa).",
      en: "Purpose, version of the consent text, when given and withdrawn, how (portal or desk).",
    },
    purpose: {
      vi: "Chứng minh sự đồng ý theo Luật 91/2025/QH15.",
      en: "Proof of consent under Law 91/2025.",
    },
    basis: { vi: "Nghĩa vụ của bên kiểm soát dữ liệu.", en: "The controller's obligation." },
    where: ["ConsentRecord", "NotificationPreference"],
    retention: {
      vi: "Giữ bản ghi (không chứa họ tên) để chứng minh việc xử lý trước khi xóa.",
      en: "Kept (no names in it) to prove the processing before erasure.",
    },
    erasure: "RETAIN",
  },
  {
    key: "channels",
    title: { vi: "Kênh nhận tin và đăng ký nhận thông báo đợt", en: "Channels and call alerts" },
    data: {
      vi: "Kênh đã chọn (thư, SMS, Zalo), số ngày nhắc trước hạn, đăng ký theo xã, ngành nghề, nội dung.",
      en: "Chosen channels (e-mail, SMS, Zalo), reminder days, subscriptions by commune, industry, content.",
    },
    purpose: { vi: "Gửi thông báo hồ sơ và đợt tiếp nhận.", en: "Send dossier and call notifications." },
    basis: { vi: "Sự đồng ý (SMS/Zalo).", en: "Consent (SMS/Zalo)." },
    where: ["NotificationPreference", "CallSubscription"],
    retention: { vi: "Đến khi rút lại hoặc xóa tài khoản.", en: "Until withdrawn or the account is erased." },
    erasure: "DELETE",
  },
  {
    key: "dossiers",
    title: { vi: "Hồ sơ đề án", en: "Dossiers (đề án)" },
    data: {
      vi: "Nội dung đề án, dự toán, lịch sử trạng thái, yêu cầu bổ sung và trả lời, quyết định, báo cáo tiến độ, kết quả.",
      en: "Proposal contents, budget, status history, supplement requests and answers, decisions, progress reports, results.",
    },
    purpose: { vi: "Thẩm định, quyết định, theo dõi thực hiện.", en: "Appraise, decide, follow implementation." },
    basis: DOSSIER_BASIS,
    where: ["Proposal", "BudgetLine", "ProposalEvent", "SupplementRequest", "ProgressReport", "Result"],
    retention: {
      vi: "Số tiền, quyết định và chứng từ được giữ theo thời hạn lưu trữ; họ tên, mã số thuế, điện thoại, thư trong hồ sơ được thay bằng mã ẩn danh khi xóa.",
      en: "Amounts, decisions and accounting records are kept for their retention period; names, tax code, phone and e-mail in them are replaced by the pseudonym on erasure.",
    },
    erasure: "PSEUDONYMISE",
  },
  {
    key: "documents",
    title: { vi: "Tệp đính kèm", en: "Uploaded files" },
    data: {
      vi: "Tệp đề án, minh chứng, hợp đồng đã ký, biên bản; tên tệp, kích thước, mã băm SHA-256.",
      en: "Proposal files, evidence, signed contract, minutes; file name, size, SHA-256.",
    },
    purpose: { vi: "Thành phần hồ sơ.", en: "Parts of the dossier." },
    basis: DOSSIER_BASIS,
    where: ["Document", "object store"],
    retention: {
      vi: "Đề án chưa được hỗ trợ: xóa tệp khi xóa dữ liệu. Đề án đã được hỗ trợ: giữ như chứng từ chi ngân sách (≥ 10 năm).",
      en: "Dossiers never funded: files deleted on erasure. Funded dossiers: kept as records of budget spending (≥ 10 years).",
    },
    erasure: "DELETE",
  },
  {
    key: "messages",
    title: { vi: "Trao đổi về hồ sơ", en: "Messages about dossiers" },
    data: {
      vi: "Tin nhắn giữa cơ sở và cán bộ (không gồm ghi chú nội bộ của cán bộ).",
      en: "Messages between the establishment and staff (not staff's internal notes).",
    },
    purpose: { vi: "Hướng dẫn và giải đáp.", en: "Guidance and answers." },
    basis: DOSSIER_BASIS,
    where: ["Message"],
    retention: {
      vi: "Khi xóa: nội dung người đó viết bị xóa; tên trong tin của cán bộ được thay bằng mã ẩn danh.",
      en: "On erasure: what the person wrote is removed; their name in staff messages is replaced by the pseudonym.",
    },
    erasure: "PSEUDONYMISE",
  },
  {
    key: "notifications",
    title: { vi: "Thông báo đã gửi", en: "Notifications sent" },
    data: {
      vi: "Thông báo trong cổng, thư/SMS/Zalo đã gửi (người nhận, nội dung, kết quả gửi).",
      en: "In-portal notifications, e-mail/SMS/Zalo sent (recipient, text, delivery result).",
    },
    purpose: { vi: "Báo tình trạng hồ sơ và thời hạn.", en: "Tell the status of dossiers and deadlines." },
    basis: DOSSIER_BASIS,
    where: ["Notification", "NotificationDelivery", "OutboxEmail"],
    retention: { vi: "Xóa khi xóa dữ liệu.", en: "Deleted on erasure." },
    erasure: "DELETE",
  },
  {
    key: "requests",
    title: { vi: "Yêu cầu về dữ liệu cá nhân", en: "Data-subject requests" },
    data: {
      vi: "Yêu cầu xem, sửa, xóa dữ liệu, rút lại sự đồng ý; trả lời; mã nhận tài khoản đã cấp; phản ánh, kiến nghị đã gửi (họ tên, liên hệ, nội dung).",
      en: "Requests to access, correct, erase, withdraw consent; answers; account-claim codes issued; feedback sent (name, contact, content).",
    },
    purpose: {
      vi: "Thực hiện quyền của chủ thể dữ liệu.",
      en: "Carry out the data subject's rights.",
    },
    basis: { vi: "Luật 91/2025/QH15.", en: "Law 91/2025." },
    where: ["DataSubjectRequest", "AccountClaim", "DeletionLog", "Feedback"],
    retention: {
      vi: "Giữ bản ghi yêu cầu (nội dung được ẩn danh khi xóa) để chứng minh đã thực hiện.",
      en: "The request record is kept (its text pseudonymised on erasure) as proof it was carried out.",
    },
    erasure: "PSEUDONYMISE",
  },
  {
    key: "audit",
    title: { vi: "Nhật ký hệ thống về người đó", en: "Audit trail about the person" },
    data: {
      vi: "Ai đã làm gì, lúc nào, trên hồ sơ nào — kể cả thao tác của cán bộ trên hồ sơ của người đó.",
      en: "Who did what and when, on which record — including staff actions on the person's records.",
    },
    purpose: {
      vi: "Truy vết, giải trình, bảo đảm an toàn.",
      en: "Traceability, accountability, security.",
    },
    basis: {
      vi: "Nghĩa vụ bảo đảm an toàn thông tin (Luật An toàn thông tin mạng 2015).",
      en: "Information-security duty (Network Information Security Law 2015).",
    },
    where: ["AuditLog"],
    retention: {
      vi: "Giữ nguyên thứ tự và người thao tác; họ tên, mã số thuế, điện thoại, thư được thay bằng mã ẩn danh khi xóa.",
      en: "Order and actors are kept; names, tax code, phone and e-mail are replaced by the pseudonym on erasure.",
    },
    erasure: "PSEUDONYMISE",
  },
  {
    key: "retainedRecords",
    title: { vi: "Chứng từ phải lưu trữ", en: "Records the law requires to keep" },
    data: {
      vi: "Quyết định hỗ trợ/không hỗ trợ, hợp đồng (Bên B), tạm ứng và thanh toán, biên bản nghiệm thu, quyết toán, văn bản đã ký số và kết quả kiểm tra chữ ký.",
      en: "Support / refusal decisions, contract (party B), advances and payments, acceptance minutes, settlement, signed documents and signature checks.",
    },
    purpose: {
      vi: "Giải trình việc sử dụng ngân sách nhà nước.",
      en: "Account for the use of public money.",
    },
    basis: {
      vi: "Luật Kế toán 2015 Điều 41; NĐ 174/2016/NĐ-CP Điều 12; Luật Lưu trữ số 33/2024/QH15.",
      en: "Accounting Law 2015 art. 41; Decree 174/2016 art. 12; Archives Law 33/2024/QH15.",
    },
    where: [
      "Decision",
      "Contract",
      "LedgerEntry",
      "Acceptance",
      "Settlement",
      "Amendment",
      "IssuedDocument",
      "SignatureCheck",
    ],
    retention: {
      vi: `${ACCOUNTING_RETENTION.vi} ${DECISION_RETENTION.vi} Không bị xóa theo yêu cầu; chỉ dùng cho mục đích giải trình.`,
      en: `${ACCOUNTING_RETENTION.en} ${DECISION_RETENTION.en} Not erased on request; used only to account for the money.`,
    },
    erasure: "RETAIN",
  },
];

/** Tables erasure leaves as they are, because a stated legal retention applies (the last register entry). */
export const RETAINED_TABLES: readonly string[] = REGISTER.find((e) => e.key === "retainedRecords")!.where;

/** Working days to answer a data-subject request (a setting of the department; checked against the decree
 * guiding Law 91/2025 before go-live). */
export const REQUEST_DEADLINE_WORKING_DAYS = 10;

export const CONSENT_TEXT_VERSION = "2026-01";

export const REQUEST_KIND_LABEL: Record<"ACCESS" | "CORRECTION" | "DELETION" | "WITHDRAW_CONSENT", Bilingual> = {
  ACCESS: { vi: "Xem, nhận bản sao dữ liệu", en: "Access / copy" },
  CORRECTION: { vi: "Sửa dữ liệu", en: "Correction" },
  DELETION: { vi: "Xóa dữ liệu", en: "Erasure" },
  WITHDRAW_CONSENT: { vi: "Rút lại sự đồng ý", en: "Withdraw consent" },
};

export const CONSENT_PURPOSE_LABEL: Record<"REGISTRATION" | "SMS_ZALO" | "PUBLIC_ANSWER", Bilingual> = {
  REGISTRATION: {
    vi: "Xử lý dữ liệu để giải quyết hồ sơ (khi đăng ký)",
    en: "Processing to handle dossiers (registration)",
  },
  SMS_ZALO: { vi: "Nhận tin qua SMS/Zalo bằng số điện thoại", en: "SMS/Zalo messages to the phone number" },
  PUBLIC_ANSWER: { vi: "Công khai câu trả lời phản ánh", en: "Public answer to feedback" },
};
