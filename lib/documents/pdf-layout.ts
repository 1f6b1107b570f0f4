import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";

// A small page writer for issued documents (issue 16): A4, the margins of Decree 30/2020/NĐ-CP (Phụ lục I:
// left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm), DejaVu Serif embedded (full Vietnamese coverage,
// subset into the file), words wrapped to the measure, new pages as needed.

const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 30 * MM, right: 20 * MM, top: 20 * MM, bottom: 20 * MM };

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fontBytes: Record<"regular" | "bold" | "italic" | "boldItalic", Buffer> | undefined;

function fonts() {
  fontBytes ??= {
    regular: readFileSync(path.join(FONT_DIR, "DejaVuSerif.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")),
    italic: readFileSync(path.join(FONT_DIR, "DejaVuSerif-Italic.ttf")),
    boldItalic: readFileSync(path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf")),
  };
  return fontBytes;
}

export type Style = "regular" | "bold" | "italic" | "boldItalic";
export type Align = "left" | "center" | "justify";

export class PageWriter {
  readonly doc: PDFDocument;
  page!: PDFPage;
  y = 0;
  private readonly font: Record<Style, PDFFont>;

  private constructor(doc: PDFDocument, font: Record<Style, PDFFont>) {
    this.doc = doc;
    this.font = font;
    this.newPage();
  }

  static async create(title: string): Promise<PageWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle(title);
    doc.setLanguage("vi-VN");
    doc.setCreator("Cổng khuyến công");
    const f = fonts();
    const font = {
      regular: await doc.embedFont(f.regular, { subset: true }),
      bold: await doc.embedFont(f.bold, { subset: true }),
      italic: await doc.embedFont(f.italic, { subset: true }),
      boldItalic: await doc.embedFont(f.boldItalic, { subset: true }),
    };
    return new PageWriter(doc, font);
  }

  get width(): number {
    return A4.width - MARGIN.left - MARGIN.right;
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN.top;
  }

  /** Ensures `height` points are left on the page; otherwise starts a new one. */
  room(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  wrap(text: string, style: Style, size: number, width: number): string[] {
    const f = this.font[style];
    const lines: string[] = [];
    for (const para of text.split("\n")) {
      let line = "";
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (f.widthOfTextAtSize(next, size) <= width || !line) line = next;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Writes a paragraph in the column [x, x + width] (default: the text block) and moves down. */
  text(
    text: string,
    o: {
      style?: Style;
      size?: number;
      align?: Align;
      x?: number;
      width?: number;
      indent?: number;
      after?: number;
    } = {},
  ): void {
    const style = o.style ?? "regular";
    const size = o.size ?? 13;
    const x0 = o.x ?? MARGIN.left;
    const width = o.width ?? this.width;
    const indent = o.indent ?? 0;
    const lead = size * 1.3;
    const f = this.font[style];
    const lines = this.wrap(text, style, size, width - indent);
    lines.forEach((line, i) => {
      this.room(lead);
      const w = f.widthOfTextAtSize(line, size);
      const x = o.align === "center" ? x0 + (width - w) / 2 : x0 + (i === 0 ? indent : 0);
      this.page.drawText(line, { x, y: this.y - size, size, font: f, color: rgb(0, 0, 0) });
      this.y -= lead;
    });
    this.y -= o.after ?? 3;
  }

  /** A short centred rule under a heading (the line under "Độc lập - Tự do - Hạnh phúc" and the issuing body). */
  rule(centerX: number, length: number): void {
    this.page.drawLine({
      start: { x: centerX - length / 2, y: this.y + 2 },
      end: { x: centerX + length / 2, y: this.y + 2 },
      thickness: 0.6,
      color: rgb(0, 0, 0),
    });
    this.y -= 4;
  }

  measure(text: string, style: Style, size: number): number {
    return this.font[style].widthOfTextAtSize(text, size);
  }

  /**
   * A ruled table across the text block: column widths as fractions of the measure, text wrapped in its cell;
   * the header row is bold. A row that does not fit starts a new page.
   */
  table(
    columns: Array<{ title: string; width: number; align?: "left" | "right" | "center" }>,
    rows: string[][],
    size = 11,
  ): void {
    const pad = 3;
    const lead = size * 1.25;
    const widths = columns.map((c) => c.width * this.width);
    const drawRow = (cells: string[], style: Style) => {
      const wrapped = cells.map((c, i) => this.wrap(c, style, size, widths[i]! - 2 * pad));
      const height = Math.max(...wrapped.map((l) => l.length)) * lead + 2 * pad;
      this.room(height);
      let x = MARGIN.left;
      wrapped.forEach((lines, i) => {
        const w = widths[i]!;
        this.page.drawRectangle({
          x,
          y: this.y - height,
          width: w,
          height,
          borderColor: rgb(0, 0, 0),
          borderWidth: 0.5,
        });
        lines.forEach((line, j) => {
          const lw = this.font[style].widthOfTextAtSize(line, size);
          const align = style === "bold" ? "center" : (columns[i]!.align ?? "left");
          const tx = align === "right" ? x + w - pad - lw : align === "center" ? x + (w - lw) / 2 : x + pad;
          this.page.drawText(line, {
            x: tx,
            y: this.y - pad - size - j * lead + 2,
            size,
            font: this.font[style],
            color: rgb(0, 0, 0),
          });
        });
        x += w;
      });
      this.y -= height;
    };
    drawRow(
      columns.map((c) => c.title),
      "bold",
    );
    for (const r of rows) drawRow(r, "regular");
    this.y -= 6;
  }

  footer(text: string): void {
    this.page.drawText(text, {
      x: MARGIN.left,
      y: MARGIN.bottom / 2,
      size: 8,
      font: this.font.italic,
      color: rgb(0.6, 0, 0),
    });
  }

  box(rect: [number, number, number, number], lines: string[]): void {
    const [x1, y1, x2, y2] = rect;
    this.page.drawRectangle({
      x: x1,
      y: y1,
      width: x2 - x1,
      height: y2 - y1,
      borderColor: rgb(0.75, 0, 0),
      borderWidth: 1,
    });
    let y = y2 - 13;
    const room = x2 - x1 - 10;
    for (const l of lines) {
      let text = l;
      while (text.length > 1 && this.font.regular.widthOfTextAtSize(text, 8) > room) text = `${text.slice(0, -2)}…`;
      this.page.drawText(text, { x: x1 + 5, y, size: 8, font: this.font.regular, color: rgb(0.6, 0, 0) });
      y -= 11;
    }
  }
}
