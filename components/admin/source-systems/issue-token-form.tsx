"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/format";
import { IDLE } from "@/lib/action-result";
import { issueTokenAction, type IssueTokenState } from "@/lib/server/actions/source-systems";
import type { TokenScopeOptions } from "@/lib/server/queries/admin-source-systems";
import { errorsOf, FormCard, FormStatus, submitWithoutReset } from "../fields";
import { ScopeCheckboxes, type ScopeGroup } from "./scope-checkboxes";
import { TokenReveal } from "./token-reveal";

type Issued = { token: string; tokenPrefix: string };

/** Scope by ticked indicators (by pillar) and units (by level); the new token is revealed once below. */
export function IssueTokenForm({ sourceSystemId, options, locale, paused, ingestUrl }: {
  sourceSystemId: number; options: TokenScopeOptions; locale: Locale; paused: boolean; ingestUrl: string;
}) {
  const t = useTranslations("sourceSystems");
  const [indicators, setIndicators] = useState<Set<number>>(new Set());
  const [localities, setLocalities] = useState<Set<number>>(new Set());
  const [issued, setIssued] = useState<Issued | null>(null);
  const [state, formAction, pending] = useActionState(async (prev: IssueTokenState, formData: FormData): Promise<IssueTokenState> => {
    const result = await issueTokenAction(prev, formData);
    if (result.status === "issued") {
      setIssued({ token: result.token, tokenPrefix: result.tokenPrefix });
      setIndicators(new Set());
      setLocalities(new Set());
      // The token stays only in `issued`; the form's state keeps the message alone.
      return { status: "ok", message: result.message };
    }
    return result;
  }, IDLE);
  const errors = state.status === "issued" ? {} : errorsOf(state);
  const indicatorGroups: ScopeGroup[] = options.pillars.map((p) => ({
    key: p.code, label: locale === "vi" ? p.nameVi : p.nameEn,
    items: p.indicators.map((i) => ({
      id: i.id, label: `${i.code} — ${locale === "vi" ? i.nameVi : i.nameEn}`,
      hint: t("issue.reportedAt", { levels: i.levels.map((l) => t(`level.${l}`)).join(", ") }),
    })),
  }));
  const levels = [...new Set(options.localities.map((l) => l.level))];
  const localityGroups: ScopeGroup[] = levels.map((level) => ({
    key: level, label: t(`levelGroup.${level}`),
    items: options.localities.filter((l) => l.level === level).map((l) => ({ id: l.id, label: `${l.name} (${l.code})` })),
  }));
  return (
    <FormCard title={t("issue.title")}>
      {issued ? <div className="mb-4"><TokenReveal {...issued} ingestUrl={ingestUrl} onDone={() => setIssued(null)} /></div> : null}
      {paused ? <p className="text-sm text-slate-700">{t("issue.paused")}</p> : (
        <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-4">
          <p className="text-sm text-slate-600">{t("issue.intro")}</p>
          <input type="hidden" name="sourceSystemId" value={sourceSystemId} />
          <ScopeCheckboxes id="scope-indicators" name="indicatorIds" legend={t("issue.indicators")} groups={indicatorGroups} selected={indicators} onChange={setIndicators} errors={errors.indicatorIds} />
          <ScopeCheckboxes id="scope-localities" name="localityIds" legend={t("issue.localities")} groups={localityGroups} selected={localities} onChange={setLocalities} errors={errors.localityIds} />
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
            <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("issue.submitting") : t("issue.submit")}</button>
            <FormStatus state={state.status === "issued" ? IDLE : state} />
          </div>
        </form>
      )}
    </FormCard>
  );
}
