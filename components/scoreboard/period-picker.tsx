import Link from "next/link";
import { formatQuarter, quarterKey, type Quarter } from "@/lib/quarters";
import type { Locale } from "@/lib/format";

/** Period choice as plain links, so it works without JavaScript and each period has its own URL. */
export function PeriodPicker({ periods, selected, basePath, hrefFor, locale, label }: {
  periods: Quarter[];
  selected: Quarter | null;
  basePath?: string;
  /** Each period's own address; the default adds ?period= to basePath. */
  hrefFor?: (key: string) => string;
  locale: Locale;
  label: string;
}) {
  const selectedKey = selected ? quarterKey(selected) : null;
  return (
    <nav aria-label={label} className="flex max-w-full gap-1 overflow-x-auto pb-1">
      {periods.map((p) => {
        const key = quarterKey(p);
        const current = key === selectedKey;
        return (
          <Link
            key={key}
            href={hrefFor ? hrefFor(key) : `${basePath ?? ""}?period=${key}`}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap rounded-full border px-3 py-1.5 text-sm ${
              current ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"
            }`}
          >
            {formatQuarter(p, locale)}
          </Link>
        );
      })}
    </nav>
  );
}
