import type { Tone } from "@/lib/tone";
import type { Text } from "@/lib/i18n/locale";
import type { ProgressStatus } from "@/lib/metrics/progress";

// Colour is never the only signal: every status carries a label (WCAG 1.4.1).
export const STATUS_META = {
  ACHIEVED: { tone: "success", label: { vi: "Đã đạt", en: "Achieved" } },
  ON_TRACK: { tone: "success", label: { vi: "Đúng tiến độ", en: "On track" } },
  AT_RISK: { tone: "warning", label: { vi: "Có nguy cơ chậm", en: "At risk" } },
  BEHIND: { tone: "danger", label: { vi: "Chậm tiến độ", en: "Behind" } },
  NOT_STARTED: { tone: "neutral", label: { vi: "Chưa bắt đầu", en: "Not started" } },
  NO_DATA: { tone: "neutral", label: { vi: "Chưa có số liệu", en: "No data yet" } },
  NO_TARGET: { tone: "info", label: { vi: "Không có chỉ tiêu", en: "No target" } },
} as const satisfies Record<ProgressStatus, { tone: Tone; label: Text }>;
