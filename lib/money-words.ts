// An amount of đồng in Vietnamese words, as documents write it after the figures ("Bằng chữ: Hai trăm năm
// mươi triệu đồng"). Pure. Rules of reading: groups of three digits with nghìn / triệu / tỷ; "linh" for a zero
// ten before a unit; "mốt", "tư", "lăm" after a ten above one ("hai mươi mốt", "hai mươi tư", "hai mươi lăm"),
// "lăm" also after "mười"; a group after a larger one is read in full ("một nghìn không trăm linh năm"); an
// all-zero group is left out ("một tỷ năm trăm nghìn").

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const SCALES = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"] as const;

function readGroup(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (full || h > 0) out.push(DIGITS[h]!, "trăm");
  if (t === 0) {
    if (u > 0 && out.length > 0) out.push("linh");
  } else if (t === 1) {
    out.push("mười");
  } else {
    out.push(DIGITS[t]!, "mươi");
  }
  if (u === 0) return out;
  if (u === 1 && t > 1) out.push("mốt");
  else if (u === 4 && t > 1) out.push("tư");
  else if (u === 5 && t > 0) out.push("lăm");
  else out.push(DIGITS[u]!);
  return out;
}

/** "Hai trăm năm mươi triệu" for 250000000n (no currency word; first letter capital). */
export function numberInWords(amount: bigint): string {
  if (amount < 0n) return `Âm ${lower(numberInWords(-amount))}`;
  if (amount === 0n) return "Không";
  const groups: number[] = [];
  for (let rest = amount; rest > 0n; rest /= 1000n) groups.push(Number(rest % 1000n));
  if (groups.length > SCALES.length) throw new RangeError("Số tiền quá lớn để đọc thành chữ.");
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    words.push(...readGroup(g, words.length > 0));
    if (SCALES[i]) words.push(SCALES[i]!);
  }
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Hai trăm năm mươi triệu đồng". */
export function vndInWords(amount: bigint): string {
  return `${numberInWords(amount)} đồng`;
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const fullFigures = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** "250.000.000 đồng": the full figures documents print before the words. */
export function vndFullFigures(amount: bigint): string {
  return `${fullFigures.format(amount)} đồng`;
}
