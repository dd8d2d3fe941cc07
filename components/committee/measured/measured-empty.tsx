import { useTranslations } from "next-intl";

/** What to expect when no measured value exists yet: how source systems' measurements arrive here. */
export function MeasuredEmpty({ filtered }: { filtered: boolean }) {
  const t = useTranslations("measured");
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700" data-testid="measured-empty">
      <p className="font-semibold text-slate-900">{filtered ? t("emptyFiltered") : t("emptyTitle")}</p>
      {filtered ? null : (
        <>
          <p className="mt-2">{t("emptyHow")}</p>
          <p className="mt-2">{t("emptyNext")}</p>
        </>
      )}
    </div>
  );
}
