import type { BriefDocument } from "@/lib/brief-text";

/** "Nơi nhận" bottom left, the signature block bottom right, as Decree 30 places them. */
export function BriefClosing({ doc }: { doc: BriefDocument }) {
  return (
    <footer className="mt-6 grid grid-cols-[43fr_57fr] gap-x-2 break-inside-avoid leading-snug">
      <div>
        <p className="font-bold italic text-[12pt]">Nơi nhận:</p>
        <ul className="text-[11pt]">
          {doc.recipients.map((r) => <li key={r}>- {r}</li>)}
        </ul>
      </div>
      <div className="text-center font-bold">
        <p>{doc.signature.capacity}</p>
        <p>{doc.signature.position}</p>
        {/* Room for the signature and the seal. */}
        <div aria-hidden="true" className="h-[28mm]" />
        <p>{doc.signature.name}</p>
      </div>
    </footer>
  );
}
