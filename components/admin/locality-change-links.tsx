import { useTranslations } from "next-intl";
import { ArrowLeftIcon } from "@/components/ui/icons";
import type { LocalityChangeView } from "@/lib/server/queries/localities-admin";

/** "Xã A (99001) → Xã C (99100) · 40% (theo dân số)": one line per predecessor → successor link of a change. */
export function ChangeLinks({ change, locale }: { change: LocalityChangeView; locale: string }) {
  const t = useTranslations("adminLocalities");
  const percent = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", { style: "percent", maximumFractionDigits: 2 });
  if (change.links.length === 0) return <p className="text-sm text-slate-600">{t("noLinks")}</p>;
  return (
    <ul className="grid gap-1 text-sm">
      {change.links.map((l) => (
        <li key={`${l.predecessorId}-${l.successorId}`} className="flex flex-wrap items-baseline gap-x-1.5">
          <span>{l.predecessorName} <span className="font-mono text-xs text-slate-500">({l.predecessorCode})</span></span>
          <ArrowLeftIcon className="h-3.5 w-3.5 shrink-0 rotate-180 self-center text-slate-500" />
          <span className="sr-only">{t("to")}</span>
          <span>{l.successorName} <span className="font-mono text-xs text-slate-500">({l.successorCode})</span></span>
          <span className="text-slate-600">· {l.share >= 1 ? t("whole") : percent.format(l.share)}{l.shareBasis ? ` (${l.shareBasis})` : ""}</span>
        </li>
      ))}
    </ul>
  );
}
