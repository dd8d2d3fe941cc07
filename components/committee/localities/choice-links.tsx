import Link from "next/link";

export interface Choice { key: string; href: string; label: string; title?: string }

/** A row of link-pills (level, period, indicator): plain links, so each view has its own URL and needs no script. */
export function ChoiceLinks({ choices, selected, label }: { choices: Choice[]; selected: string | null; label: string }) {
  return (
    <nav aria-label={label} className="flex max-w-full gap-1 overflow-x-auto pb-1">
      {choices.map((choice) => {
        const current = choice.key === selected;
        return (
          <Link
            key={choice.key}
            href={choice.href}
            title={choice.title}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap rounded-full border px-3 py-1.5 text-sm ${
              current ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"
            }`}
          >
            {choice.label}
          </Link>
        );
      })}
    </nav>
  );
}
