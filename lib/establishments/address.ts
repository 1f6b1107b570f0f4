// What an address (or a project's location) still lacks, said plainly (issue 13.6): "Nhập địa điểm" told a
// user who had typed "12" nothing about what was missing. An address here is the village/hamlet or
// residential group (thôn/xóm, tổ dân phố) or street, with a house number where there is one; the commune
// is chosen in its own field. Pure.

const MIN_LENGTH = 5;

/** The message for an address that will not do, or null. `what` is the field's name in a sentence. */
export function addressProblem(value: string, what = "địa chỉ"): string | null {
  const v = value.trim();
  const What = `${what[0]?.toUpperCase() ?? ""}${what.slice(1)}`;
  if (v === "")
    return `Chưa nhập ${what}: ghi thôn/xóm (hoặc tổ dân phố, đường phố) và số nhà nếu có, ví dụ “Thôn Đông, số 12”.`;
  if (!/\p{L}/u.test(v))
    return `${What} mới có “${v}”, còn thiếu tên thôn/xóm (hoặc tổ dân phố, đường phố), ví dụ “Thôn Đông, số 12”.`;
  if (v.length < MIN_LENGTH)
    return `${What} “${v}” quá ngắn (${v.length} ký tự, cần ít nhất ${MIN_LENGTH}): ghi đủ tên thôn/xóm (hoặc tổ dân phố, đường phố), ví dụ “Thôn Đông, số 12”.`;
  return null;
}
