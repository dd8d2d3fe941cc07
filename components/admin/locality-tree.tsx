import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChevronDownIcon } from "@/components/ui/icons";
import { formatDate, type Locale } from "@/lib/format";
import type { LocalityChangeView, LocalityTreeNode } from "@/lib/server/queries/localities-admin";

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY_MS = 86_400_000;

/** The units valid on the chosen day, as nested lists (a unit with units under it folds with <details>). */
export function LocalityTree({ roots, locale, highlightChangeId }: { roots: LocalityTreeNode[]; locale: Locale; highlightChangeId: number | null }) {
  const t = useTranslations("adminLocalities");
  if (roots.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("noUnits")}</p>;
  return (
    <ul className="grid gap-2 rounded-lg border border-slate-200 bg-white p-2 sm:p-3" data-testid="locality-tree">
      {roots.map((node) => <TreeNode key={node.id} node={node} locale={locale} highlight={highlightChangeId} depth={0} />)}
    </ul>
  );
}

function TreeNode({ node, locale, highlight, depth }: { node: LocalityTreeNode; locale: Locale; highlight: number | null; depth: number }) {
  const isNew = highlight !== null && node.changesIn.some((c) => c.id === highlight);
  const row = <NodeRow node={node} locale={locale} isNew={isNew} />;
  return (
    <li data-locality={node.code} className={`rounded-md ${isNew ? "bg-band-met-soft ring-2 ring-band-met" : ""}`}>
      {node.children.length > 0 ? (
        <details open={depth < 2} className="group">
          {/* A drawn chevron: the native marker would sit on a line of its own beside a wrapping row on phones. */}
          <summary className="flex cursor-pointer list-none gap-1.5 rounded-md px-2 py-1.5 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
            <ChevronDownIcon className="mt-1 h-4 w-4 shrink-0 -rotate-90 text-slate-500 transition-transform group-open:rotate-0" />
            {row}
          </summary>
          <ul className="ml-3 grid gap-1 border-l border-slate-200 pl-2 sm:ml-5 sm:pl-3">
            {node.children.map((child) => <TreeNode key={child.id} node={child} locale={locale} highlight={highlight} depth={depth + 1} />)}
          </ul>
        </details>
      ) : (
        <div className="py-1.5 pl-8 pr-2">{row}</div>
      )}
    </li>
  );
}

function NodeRow({ node, locale, isNew }: { node: LocalityTreeNode; locale: Locale; isNew: boolean }) {
  const t = useTranslations("adminLocalities");
  const population = node.population === null ? t("populationUnknown") : new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN").format(node.population);
  // validTo is exclusive: the last day the unit existed is the day before.
  const until = node.validTo ? formatDate(new Date(isoToDate(node.validTo).getTime() - DAY_MS), locale) : t("untilNow");
  return (
    <span className="inline-grid gap-0.5 align-top">
      <span className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold text-slate-900">{node.name}</span>
        <span className="font-mono text-xs text-slate-500">{node.code}</span>
        {isNew ? <span className="rounded bg-band-met px-1.5 text-xs font-semibold text-white">{t("newBadge")}</span> : null}
        {/* The committee's page of the unit: its figures, and its history re-expressed in today's boundaries. */}
        <Link href={`/committee/localities/${node.id}`} className="text-xs font-medium text-brand-700 underline" aria-label={t("viewFiguresOf", { unit: node.name })}>
          {t("viewFigures")}
        </Link>
      </span>
      <span className="text-xs text-slate-600">
        {[t(`level.${node.level}`), t(`type.${node.type}`), t("population", { value: population }), t("validity", { from: formatDate(isoToDate(node.validFrom), locale), to: until })].join(" · ")}
      </span>
      {node.changesIn.map((c) => <ChangeLine key={`in-${c.id}`} change={c} direction="in" node={node} locale={locale} />)}
      {node.changesOut.map((c) => <ChangeLine key={`out-${c.id}`} change={c} direction="out" node={node} locale={locale} />)}
    </span>
  );
}

function ChangeLine({ change, direction, node, locale }: { change: LocalityChangeView; direction: "in" | "out"; node: LocalityTreeNode; locale: Locale }) {
  const t = useTranslations("adminLocalities");
  const others = change.links
    .filter((l) => (direction === "in" ? l.successorId === node.id : l.predecessorId === node.id))
    .map((l) => (direction === "in" ? l.predecessorName : l.successorName));
  return (
    <span className="text-xs text-brand-800">
      {t(direction === "in" ? "changeIn" : "changeOut", { kind: t(`kind.${change.kind}`), date: formatDate(isoToDate(change.effectiveDate), locale), units: [...new Set(others)].join(", ") })}
    </span>
  );
}
