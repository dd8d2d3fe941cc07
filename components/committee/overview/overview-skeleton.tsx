import { useTranslations } from "next-intl";

function Block({ className }: { className: string }) {
  return <div className={`animate-pulse rounded-lg bg-slate-200/70 ${className}`} />;
}

/** Stands in for the overview's panels while their figures stream in. */
export function OverviewSkeleton() {
  const t = useTranslations("overview");
  return (
    <div aria-busy="true" className="grid grid-cols-1 gap-6">
      <p className="sr-only" role="status">{t("loading")}</p>
      <Block className="h-8 w-full max-w-xl" />
      <Block className="h-44" />
      <Block className="h-64" />
      <Block className="h-96" />
    </div>
  );
}
