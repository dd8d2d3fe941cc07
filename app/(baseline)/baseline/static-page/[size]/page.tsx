import { notFound } from "next/navigation";
import { STATIC_PAGE_SIZES, fillerBytesFor, fillerParagraphs } from "../filler";

// Fully static: every size is prerendered by `next build` and served from that output, never rendered on request.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return STATIC_PAGE_SIZES.map((size) => ({ size: String(size) }));
}

/** Filler text of a fixed size: what the same server does with a static page as large as the scoreboard. */
export default async function StaticPage({ params }: { params: Promise<{ size: string }> }) {
  const size = Number((await params).size);
  if (!STATIC_PAGE_SIZES.includes(size)) notFound();
  return (
    <main>
      {fillerParagraphs(fillerBytesFor(size)).map((text, i) => (
        // A fixed list that never reorders; a key made of the text would send every paragraph twice.
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
