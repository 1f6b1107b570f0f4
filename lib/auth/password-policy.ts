import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// Password policy (issue 22; NIST SP 800-63B §3.1.1.2): at least 10 characters and not guessable from the
// common-password, keyboard-pattern and breached-pattern lists that zxcvbn-ts maintains. No composition
// rules: a long phrase is better than "P@ssw0rd1". Pure (no I/O).
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 72; // bcrypt reads 72 bytes
/** zxcvbn score 0–4; 3 = "safely unguessable: moderate protection from an offline slow-hash attack". */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return factory;
}

/** The Vietnamese reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu tối thiểu ${PASSWORD_MIN_LENGTH} ký tự.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`;
  const inputs = userInputs.flatMap((s) => s.toLowerCase().split(/[@.\s]+/)).filter((s) => s.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const patterns = new Set(result.sequence.map((m) => m.pattern));
  if (
    inputs.length &&
    result.sequence.some(
      (m) => m.pattern === "dictionary" && "dictionaryName" in m && m.dictionaryName === "userInputs",
    )
  ) {
    return "Mật khẩu quá dễ đoán: có chứa tên, email hoặc số điện thoại của bạn.";
  }
  if (patterns.has("dictionary"))
    return "Mật khẩu quá phổ biến (nằm trong danh sách mật khẩu hay bị lộ). Hãy dùng một cụm từ dài, khó đoán hơn.";
  if (patterns.has("sequence") || patterns.has("repeat") || patterns.has("spatial")) {
    return "Mật khẩu quá dễ đoán (dãy số, ký tự lặp lại hoặc theo hàng phím). Hãy dùng một cụm từ dài, khó đoán hơn.";
  }
  if (patterns.has("date")) return "Mật khẩu quá dễ đoán (có ngày tháng). Hãy dùng một cụm từ dài, khó đoán hơn.";
  return "Mật khẩu quá dễ đoán. Hãy dùng một cụm từ dài hơn, trộn nhiều từ không liên quan.";
}
