// The benchmark's output: a table on stdout, and bench-results/latest.json + latest.md (git-ignored). The Markdown
// table is the one to paste into the README's "Performance" section.
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../../lib/postgres";
import type { BenchGoal, BenchResult, BenchSize } from "./result";

export interface SectionFailure { section: string; error: string }

/** Thrown by a section that failed a structural check after measuring some figures, which are kept. */
export class SectionError extends Error {
  constructor(message: string, readonly partialResults: BenchResult[]) {
    super(message);
    this.name = "SectionError";
  }
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  size: BenchSize;
  ci: boolean;
  commit: string | null;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  results: BenchResult[];
  failures: SectionFailure[];
}

export const RESULTS_DIR = path.join(projectRoot, "bench-results");

export function describeMachine(size: BenchSize, ci: boolean): MachineInfo {
  let commit: string | null = null;
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    commit = null;
  }
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    size,
    ci,
    commit,
  };
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === "B") return value >= 1024 ? `${(value / 1024).toFixed(1)} KiB` : `${Math.round(value)} B`;
  if (unit === "req/s") return `${Math.round(value).toLocaleString("en-US")} req/s`;
  if (unit === "ms") return `${value >= 100 ? Math.round(value) : value.toFixed(value >= 10 ? 1 : 2)} ms`;
  return `${Number(value.toPrecision(3)).toLocaleString("en-US")} ${unit}`;
}

export function formatGoal(goal: BenchGoal, unit: string): string {
  const parts: string[] = [];
  if (goal.minRatio !== undefined) parts.push(`≥ ${goal.minRatio}×`);
  if (goal.maxRatio !== undefined) parts.push(`≤ ${goal.maxRatio}×`);
  if (goal.maxFigure !== undefined) parts.push(`≤ ${formatValue(goal.maxFigure, unit)}`);
  return parts.join(", ") || "—";
}

const formatRatio = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "∞");

interface Row { name: string; figure: string; baseline: string; ratio: string; goal: string; met: string }
type ResultRow = Row & { baselineLabel: string };

function rows(report: BenchReport, name: (r: BenchResult) => string): ResultRow[] {
  return [
    ...report.results.map((r) => ({
      name: name(r),
      figure: formatValue(r.figure, r.unit),
      baseline: formatValue(r.baseline, r.unit),
      ratio: formatRatio(r.ratio),
      goal: formatGoal(r.goal, r.unit),
      met: r.met ? "✓" : "✗",
      baselineLabel: r.baselineLabel,
    })),
    ...report.failures.map((f) => ({ name: f.section, figure: "—", baseline: "—", ratio: "—", goal: "—", met: "✗ error", baselineLabel: "" })),
  ];
}

function machineLine(m: MachineInfo): string {
  return `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; data set "${m.size}"`
    + `${m.ci ? " (CI run)" : ""}${m.commit ? `; commit ${m.commit}` : ""}`;
}

export function printReport(report: BenchReport): void {
  const header: Row = { name: "benchmark", figure: "figure", baseline: "baseline", ratio: "ratio", goal: "goal", met: "met" };
  const table = [header, ...rows(report, (r) => r.id)];
  const keys = Object.keys(header) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...table.map((row) => row[k].length)));
  const line = (row: Row) => keys.map((k, i) => row[k].padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => "─".repeat(w)).join("  ")}`);
  for (const row of table.slice(1)) console.log(line(row));
  console.log("");
  for (const r of report.results) console.log(`${r.id}: baseline = ${r.baselineLabel}${r.detail ? `; ${r.detail}` : ""}`);
  for (const f of report.failures) console.log(`${f.section}: FAILED — ${f.error}`);
  console.log(`\nMachine: ${machineLine(report.machine)}`);
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function renderMarkdown(report: BenchReport): string {
  const lines = [
    "| Benchmark | Figure | Baseline | Ratio | Goal | Met |",
    "|---|---:|---|---:|---|:-:|",
  ];
  for (const row of rows(report, (r) => r.title)) {
    const baseline = row.baselineLabel ? `${row.baseline} (${row.baselineLabel})` : row.baseline;
    lines.push(`| ${[row.name, row.figure, baseline, row.ratio, row.goal, row.met].map(cell).join(" | ")} |`);
  }
  lines.push("", `_Measured with \`npm run bench\` on ${report.finishedAt.slice(0, 10)}: ${machineLine(report.machine)}._`);
  for (const f of report.failures) lines.push("", `- **${f.section} failed**: ${cell(f.error)}`);
  return `${lines.join("\n")}\n`;
}

export async function writeReport(report: BenchReport): Promise<{ json: string; markdown: string }> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, "latest.json");
  const markdown = path.join(RESULTS_DIR, "latest.md");
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, renderMarkdown(report));
  return { json, markdown };
}
