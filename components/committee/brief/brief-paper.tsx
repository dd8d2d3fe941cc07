import type { BriefDocument } from "@/lib/brief-text";
import { BriefClosing } from "./brief-closing";
import { BriefHeading } from "./brief-heading";
import { BriefTable } from "./brief-table";

// Times New Roman as in the .docx when the reader has it; metric-compatible serifs otherwise. Nothing is fetched.
const SERIF = '"Times New Roman", Times, "Liberation Serif", "Nimbus Roman", "DejaVu Serif", serif';
const PARAGRAPH = "mt-[6pt] indent-[1.27cm] text-justify";

/** The brief as an A4 sheet: the same text and sections as the .docx, from the same BriefDocument. */
export function BriefPaper({ doc, label, tableCaption }: { doc: BriefDocument; label: string; tableCaption: string }) {
  return (
    <article
      aria-label={label}
      lang="vi"
      data-brief-document
      style={{ fontFamily: SERIF }}
      className="mx-auto w-full max-w-[210mm] bg-white px-[6mm] py-[12mm] text-[14pt] leading-[1.15] text-black shadow-md ring-1 ring-slate-200 sm:min-h-[297mm] sm:pb-[20mm] sm:pl-[30mm] sm:pr-[15mm] sm:pt-[20mm] print:min-h-0 print:max-w-none print:p-0 print:shadow-none print:ring-0"
    >
      <BriefHeading doc={doc} />
      <p className={PARAGRAPH}>{doc.intro}</p>
      {doc.sections.map((section) => (
        <section key={section.heading}>
          <h3 className={`${PARAGRAPH} font-bold`}>{section.heading}</h3>
          {section.blocks.map((block, i) =>
            block.kind === "table" ? (
              <BriefTable key={i} table={doc.table} caption={tableCaption} />
            ) : (
              <p key={i} className={PARAGRAPH}>{block.kind === "item" ? `- ${block.text}` : block.text}</p>
            ),
          )}
        </section>
      ))}
      <BriefClosing doc={doc} />
    </article>
  );
}
