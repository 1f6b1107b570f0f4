// Page addresses as code (issue 14): lib/ links to pages and revalidates them through these builders, never
// through string URLs, so a renamed page is one edit here and tests/unit/routes.test.ts (every builder maps to a
// page under app/; no page URL string left in lib/) fails until it is made.
const seg = (id: string) => encodeURIComponent(id);
const query = (params: Record<string, string | number | null | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
};

export const routes = {
  home: "/",
  signIn: "/dang-nhap",
  afterSignIn: "/sau-dang-nhap",
  notifications: "/thong-bao",
  accountSecurity: "/tai-khoan/bao-mat",
  changePassword: "/tai-khoan/mat-khau",
  account: {
    personalData: "/tai-khoan/du-lieu-ca-nhan",
    personalDataReadable: "/tai-khoan/du-lieu-ca-nhan/ban-doc",
    personalDataJson: "/tai-khoan/du-lieu-ca-nhan/xuat",
  },
  registerEstablishment: "/dang-ky/co-so",
  feedback: "/phan-anh",
  feedbackPublic: "/phan-anh/cong-khai",
  accessibility: "/tuyen-bo-tiep-can",
  decision: (id: string) => `/quyet-dinh/${seg(id)}`,
  delegations: "/quyet-dinh/uy-quyen",
  enterprise: {
    home: "/doanh-nghiep",
    /** The enterprise's home right after registering its establishment. */
    welcome: "/doanh-nghiep?moi=1",
    dossier: (id: string) => `/doanh-nghiep/ho-so/${seg(id)}`,
    dossierFile: (id: string, docId: string) => `/doanh-nghiep/ho-so/${seg(id)}/tai-lieu/${seg(docId)}`,
    implementationList: "/doanh-nghiep/thuc-hien",
    implementation: (id: string) => `/doanh-nghiep/thuc-hien/${seg(id)}`,
    alertSettings: (q: { dot?: string } = {}) => `/doanh-nghiep/thong-bao-cai-dat${query(q)}`,
  },
  staff: {
    home: "/can-bo",
    dossiers: "/can-bo/ho-so",
    dossier: (id: string, q: { xong?: string } = {}) => `/can-bo/ho-so/${seg(id)}${query(q)}`,
    plans: "/can-bo/ke-hoach",
    plan: (id: string) => `/can-bo/ke-hoach/${seg(id)}`,
    implementationList: "/can-bo/thuc-hien",
    implementation: (id: string) => `/can-bo/thuc-hien/${seg(id)}`,
    implementationFile: (id: string, docId: string) => `/can-bo/thuc-hien/${seg(id)}/tep/${seg(docId)}`,
    visitMinutes: (id: string, visitId: string) => `/can-bo/thuc-hien/${seg(id)}/kiem-tra/${seg(visitId)}`,
    field: "/can-bo/thuc-dia",
    reportCompleteness: "/can-bo/thuc-hien/bao-cao-dung-han",
    assisted: "/can-bo/dang-ky-ho",
    assistedEstablishment: (id: string, q: { moi?: 1 } = {}) => `/can-bo/dang-ky-ho/${seg(id)}${query(q)}`,
    assistedDossier: (establishmentId: string, id: string) =>
      `/can-bo/dang-ky-ho/${seg(establishmentId)}/ho-so/${seg(id)}`,
    calls: "/can-bo/dot-nhan-de-an",
    feedback: "/can-bo/phan-anh",
  },
  council: {
    home: "/hoi-dong",
    dossier: (id: string) => `/hoi-dong/${seg(id)}`,
  },
  leader: {
    home: "/lanh-dao",
    dashboard: "/lanh-dao/bang-dieu-khien",
    results: "/lanh-dao/ket-qua",
    resultQuality: "/lanh-dao/ket-qua/chat-luong",
    satisfaction: "/lanh-dao/danh-gia",
    serviceIndex: (q: { thang?: string | null; coQuan?: string | null; minhHoa?: string | null } = {}) =>
      `/lanh-dao/chi-so-phuc-vu${query(q)}`,
    serviceIndexDossiers: (q: { thang: string; coQuan: string; nhom: string; minhHoa?: string | null }) =>
      `/lanh-dao/chi-so-phuc-vu/ho-so${query(q)}`,
    serviceIndexXlsx: (q: { thang?: string | null; coQuan?: string | null; minhHoa?: string | null } = {}) =>
      `/lanh-dao/chi-so-phuc-vu/chi-so-phuc-vu.xlsx${query(q)}`,
  },
  ministry: {
    home: "/bo-cong-thuong",
    results: "/bo-cong-thuong/ket-qua",
    decisions: (q: { xong?: string; nam?: string | null } = {}) => `/bo-cong-thuong/quyet-dinh${query(q)}`,
  },
  admin: {
    home: "/quan-tri",
    rules: "/quan-tri/quy-tac",
    sessions: "/quan-tri/phien-dang-nhap",
    outbox: "/quan-tri/hop-thu",
    personalData: "/quan-tri/du-lieu-ca-nhan",
    personalDataSubject: (id: string) => `/quan-tri/du-lieu-ca-nhan/${seg(id)}`,
    personalDataJson: (id: string) => `/quan-tri/du-lieu-ca-nhan/${seg(id)}/xuat`,
    personalDataRegister: "/quan-tri/du-lieu-ca-nhan/danh-muc",
    personalDataRequests: "/quan-tri/du-lieu-ca-nhan/yeu-cau",
    personalDataBreaches: "/quan-tri/du-lieu-ca-nhan/su-co",
    agencies: "/quan-tri/co-quan",
    nationalSync: "/quan-tri/dong-bo-dvcqg",
  },
} as const;
