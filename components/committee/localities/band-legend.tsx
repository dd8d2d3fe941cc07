import { useTranslations } from "next-intl";
import { BandShape } from "@/components/ui/icons";
import { BANDS } from "@/lib/progress";
import { bandCellStyle } from "./band-cell-style";

/** The key to the heat map: each band's colour, shape and words together. */
export function BandLegend({ label }: { label: string }) {
  const tb = useTranslations("bands");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-slate-700">
      <span className="font-medium">{label}</span>
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-2">
        {BANDS.map((band) => (
          <li key={band} className="inline-flex items-center gap-1.5">
            <span className={`inline-flex h-5 w-5 items-center justify-center rounded ${bandCellStyle[band]}`}>
              <BandShape band={band} />
            </span>
            {tb(band)}
          </li>
        ))}
      </ul>
    </div>
  );
}
