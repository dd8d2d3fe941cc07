import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDateTime, type Locale } from "@/lib/format";
import { PilotEvaluationForm } from "./pilot-evaluation-form";
import type { TaskDetail } from "./types";

/** A pilot model is evaluated before it is replicated: the verdict so far, and the form to record (or revise) it. */
export function PilotEvaluation({ task, locale }: { task: TaskDetail; locale: Locale }) {
  const t = useTranslations("tasks.pilot");
  const tVerdict = useTranslations("tasks.verdict");
  return (
    <Card>
      <h2 className="font-semibold text-brand-900">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      {task.evaluationVerdict ? (
        <div className="mt-3 rounded-md border border-violet-200 bg-violet-50 p-3 text-sm" data-testid="pilot-verdict">
          <p className="font-semibold text-violet-900">{t("current", { verdict: tVerdict(task.evaluationVerdict) })}</p>
          {task.evaluationNote ? <p className="mt-1 whitespace-pre-line text-slate-800">{task.evaluationNote}</p> : null}
          {task.evaluatedAt ? <p className="mt-1 text-xs text-slate-600">{t("evaluatedAt", { at: formatDateTime(task.evaluatedAt, locale) })}</p> : null}
        </div>
      ) : <p className="mt-3 text-sm font-medium text-slate-700">{t("notYet")}</p>}
      <PilotEvaluationForm taskId={task.id} verdict={task.evaluationVerdict} note={task.evaluationNote} />
    </Card>
  );
}
