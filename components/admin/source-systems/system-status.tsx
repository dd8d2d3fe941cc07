import { useTranslations } from "next-intl";

export function SystemStatus({ active }: { active: boolean }) {
  const t = useTranslations("sourceSystems.status");
  return (
    <span className={`ml-1 inline-block whitespace-nowrap rounded-full px-2 py-0.5 align-middle text-xs font-medium ${active ? "bg-band-met-soft text-band-met" : "bg-slate-200 text-slate-700"}`}>
      {active ? t("active") : t("inactive")}
    </span>
  );
}
