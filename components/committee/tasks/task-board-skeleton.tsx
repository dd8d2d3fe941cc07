import { useTranslations } from "next-intl";

function Block({ className }: { className: string }) {
  return <div className={`animate-pulse rounded-lg bg-slate-200/70 ${className}`} />;
}

/** Stands in for the counts, filters and board while the tasks load. */
export function TaskBoardSkeleton() {
  const t = useTranslations("tasks");
  return (
    <div aria-busy="true" className="grid grid-cols-1 gap-4">
      <p className="sr-only" role="status">{t("loading")}</p>
      <Block className="h-56" />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Block className="h-96" />
        <Block className="h-96" />
        <Block className="h-96" />
      </div>
    </div>
  );
}
