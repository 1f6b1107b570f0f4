import { describe, expect, it } from "vitest";
import { renderText } from "@/lib/i18n/lib-text";
import ExcelJS from "exceljs";
import { checkUpload, MAX_UPLOAD_BYTES, sanitizeFileName, sniffFileType } from "@/lib/applications/file-sniff";

const bytes = (...xs: number[]) => new Uint8Array(xs);
const text = (s: string) => new TextEncoder().encode(s);

/** A minimal stored ZIP (what Office writes, minus compression) with the given entries (name, content). */
function zip(entries: Array<[string, string]>): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  for (const [name, content] of entries) {
    const nb = [...text(name)];
    const data = [...text(content)];
    const offset = parts.length;
    parts.push(
      ...u32(0x04034b50),
      ...u16(20),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...u32(0),
      ...u32(data.length),
      ...u32(data.length),
      ...u16(nb.length),
      ...u16(0),
      ...nb,
      ...data,
    );
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...u32(0),
      ...u32(data.length),
      ...u32(data.length),
      ...u16(nb.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...nb,
    );
  }
  const cdOffset = parts.length;
  return new Uint8Array([
    ...parts,
    ...central,
    ...u32(0x06054b50),
    0,
    0,
    0,
    0,
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(central.length),
    ...u32(cdOffset),
    0,
    0,
  ]);
}

/** [Content_Types].xml naming the main part of a Word or Excel package. */
const contentTypes = (part: string, type: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="${part}" ContentType="${type}"/></Types>`;
const DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
/** A real 1×1 PNG. */
const PNG_1X1 = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);

describe("file type from content", () => {
  it("recognises PDF, JPG and PNG by their signatures", async () => {
    expect(await sniffFileType(text("%PDF-1.7\n%âãÏÓ"))).toBe("pdf");
    expect(await sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("jpg");
    expect(await sniffFileType(PNG_1X1)).toBe("png");
  });
  it("tells DOCX from XLSX by the entries of the ZIP, and refuses a plain ZIP", async () => {
    expect(
      await sniffFileType(
        zip([
          ["[Content_Types].xml", contentTypes("/word/document.xml", DOCX_MAIN)],
          ["word/document.xml", "<w:document/>"],
        ]),
      ),
    ).toBe("docx");
    expect(
      await sniffFileType(
        zip([
          ["[Content_Types].xml", contentTypes("/xl/workbook.xml", XLSX_MAIN)],
          ["xl/workbook.xml", "<workbook/>"],
        ]),
      ),
    ).toBe("xlsx");
    expect(await sniffFileType(zip([["readme.txt", "hello"]]))).toBeNull();
  });
  it("recognises a real XLSX written by a spreadsheet library", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Báo giá").addRow(["Máy CNC", 600_000_000]);
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await sniffFileType(buf)).toBe("xlsx");
  });
  it("refuses a renamed executable, an HTML file and an empty file whatever their names", async () => {
    expect(await checkUpload("bao-gia.pdf", bytes(0x4d, 0x5a, 0x90, 0))).toMatchObject({ ok: false });
    expect(await checkUpload("bao-gia.pdf", text("<html><script>alert(1)</script>"))).toMatchObject({ ok: false });
    const empty = await checkUpload("a.pdf", new Uint8Array());
    expect(empty.ok).toBe(false);
  });
  it("refuses files over 10 MB with a message in Vietnamese", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(text("%PDF-1.4"));
    const r = await checkUpload("big.pdf", big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(renderText(r.message)).toBe("Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp.");
    const exact = new Uint8Array(MAX_UPLOAD_BYTES);
    exact.set(text("%PDF-1.4"));
    expect((await checkUpload("ok.pdf", exact)).ok).toBe(true);
  });
});

describe("file names", () => {
  it("strips paths and reserved characters, keeps Vietnamese, and uses the sniffed extension", async () => {
    expect(sanitizeFileName("C:\\Users\\a\\Báo giá máy CNC.pdf", "pdf")).toBe("Báo giá máy CNC.pdf");
    expect(sanitizeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName('a<b>:"c|?*.exe', "png")).toBe("abc.png");
    expect(sanitizeFileName("photo.pdf", "jpg")).toBe("photo.jpg");
    expect(sanitizeFileName("...", "pdf")).toBe("tai-lieu.pdf");
    expect(sanitizeFileName(`${"x".repeat(300)}.pdf`, "pdf")).toHaveLength(104);
  });
  it("checkUpload returns the mime type of the content and the clean name", async () => {
    expect(await checkUpload("Bao gia.PDF", text("%PDF-1.7"))).toEqual({
      ok: true,
      type: "pdf",
      mime: "application/pdf",
      fileName: "Bao gia.pdf",
    });
  });
});
