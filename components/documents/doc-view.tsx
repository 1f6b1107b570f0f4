import type { Issuer } from "@/lib/documents/issuer";
import type { Block, DocText } from "@/lib/documents/texts";

// The HTML view of an issued document (issue 16): the same words as its signed PDF (lib/documents/texts.ts),
// laid out as Decree 30/2020/NĐ-CP prints them. The document is a legal text and stays Vietnamese.

export type DocHead = { issuer: Issuer; number: string; dateLine: string } | null;

function BlockView({ b }: { b: Block }) {
  if (b.kind === "h") return <h2 className="mt-4 font-bold">{b.text}</h2>;
  if (b.kind === "p") {
    const style = b.style === "bold" ? "font-semibold" : b.style === "italic" ? "italic" : "";
    return <p className={`${b.indent ? "indent-8" : ""} ${style}`}>{b.text}</p>;
  }
  return (
    <table className="my-2 w-full border-collapse text-sm">
      <thead>
        <tr>
          {b.columns.map((c) => (
            <th key={c.title} className="border border-slate-400 p-2 text-center">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {b.rows.map((r, i) => (
          <tr key={i}>
            {r.map((cell, j) => (
              <td
                key={j}
                className={`border border-slate-400 p-2 ${b.columns[j]?.align === "right" ? "text-right tabular-nums" : b.columns[j]?.align === "center" ? "text-center" : ""}`}
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Heading (issuer and number left, motto and date right — or the motto alone), title, căn cứ, body, signature columns. */
export function DocView({
  head,
  text,
  signatures,
  testId,
}: {
  head: DocHead;
  text: DocText;
  signatures: Array<{ heading: string[]; name: string | null }>;
  testId?: string;
}) {
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 leading-relaxed text-slate-900 print:p-0" data-testid={testId}>
      {head ? (
        <header className="mb-6 grid grid-cols-5 gap-2 text-center text-sm">
          <div className="col-span-2">
            {head.issuer.governing && <p>{head.issuer.governing}</p>}
            <p className="font-bold underline underline-offset-4">{head.issuer.body}</p>
            <p className="mt-2">Số: {head.number}</p>
          </div>
          <div className="col-span-3">
            <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="font-bold underline underline-offset-4">Độc lập - Tự do - Hạnh phúc</p>
            <p className="mt-2 italic">{head.dateLine}</p>
          </div>
        </header>
      ) : (
        <header className="mb-6 text-center">
          <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold underline underline-offset-4">Độc lập - Tự do - Hạnh phúc</p>
        </header>
      )}
      <div className="mb-4 text-center">
        {text.title.map((line, i) => (
          <p key={i} className={i === 0 ? "text-xl font-bold" : "font-semibold"}>
            {line}
          </p>
        ))}
      </div>
      {text.grounds.length > 0 && (
        <div className="mb-4 italic">
          {text.grounds.map((g) => (
            <p key={g} className="indent-8">
              {g}
            </p>
          ))}
        </div>
      )}
      <div className="space-y-1">
        {text.body.map((b, i) => (
          <BlockView key={i} b={b} />
        ))}
      </div>
      <div className={`mt-10 grid text-center ${signatures.length > 1 ? "grid-cols-2" : "ml-auto w-1/2"}`}>
        {signatures.map((s, i) => (
          <div key={i}>
            {s.heading.map((h) => (
              <p key={h} className="font-bold">
                {h}
              </p>
            ))}
            <p className="italic">(Ký, ghi rõ họ tên, đóng dấu)</p>
            <p className="mt-16 font-bold">{s.name ?? ""}</p>
          </div>
        ))}
      </div>
    </article>
  );
}
