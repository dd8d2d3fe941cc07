import type { BriefDocument } from "@/lib/brief-text";

/**
 * Decree 30's opening block: the issuing body and the number on the left, the national motto and the place
 * and date on the right, then the document type and its summary. Sizes follow the .docx.
 */
export function BriefHeading({ doc }: { doc: BriefDocument }) {
  return (
    <header>
      <div className="grid grid-cols-[43fr_57fr] gap-x-2 text-center leading-snug">
        <div>
          <p className="uppercase text-[12pt]">{doc.issuer.parent}</p>
          <p className="text-[12pt] font-bold uppercase">{doc.issuer.body}</p>
          <div aria-hidden="true" className="mx-auto mt-1.5 w-1/3 border-t border-black" />
          <p className="mt-3 whitespace-pre text-[13pt]">{doc.number}</p>
        </div>
        <div>
          <p className="text-[12pt] font-bold uppercase">CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold text-[13pt]">
            <span className="inline-block border-b border-black pb-px">Độc lập - Tự do - Hạnh phúc</span>
          </p>
          <p className="mt-3 italic text-[14pt]">{doc.placeDate}</p>
        </div>
      </div>
      <div className="mt-8 text-center">
        <h2 className="font-bold">
          <span className="block">{doc.docType}</span>
          <span className="block">{doc.title}</span>
        </h2>
        <div aria-hidden="true" className="mx-auto mt-2 w-1/5 border-t border-black" />
        <p className="mt-1 italic text-[11pt]">({doc.demoNote})</p>
      </div>
    </header>
  );
}
