import { useTranslations } from "next-intl";

function Block({ className }: { className: string }) {
  return <div className={`animate-pulse rounded-lg bg-slate-200/70 ${className}`} />;
}

/** Stands in for a pillar's header and indicator panels while they stream in. */
export function PillarSkeleton({ panels = 3 }: { panels?: number }) {
  const t = useTranslations("overview");
  return (
    <div aria-busy="true" className="grid grid-cols-1 gap-6">
      <p className="sr-only" role="status">{t("loading")}</p>
      <Block className="h-9 w-full max-w-md" />
      <Block className="h-8 w-full max-w-xl" />
      {Array.from({ length: panels }, (_, i) => <Block key={i} className="h-80" />)}
    </div>
  );
}
