// One progress bar per loaded table on stderr (rows, rows/s, ETA); when stderr is not a terminal (CI, a log
// file) a plain line every few seconds instead, so logs stay readable.
import cliProgress from "cli-progress";

export interface TableProgress {
  update: (rows: number) => void;
  finish: (rows: number) => void;
}

const NON_TTY_INTERVAL_MS = 5_000;
const format = (n: number) => n.toLocaleString("en-US");

export function startTableProgress(table: string, total: number): TableProgress {
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      format: `${table.padEnd(15)} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}`,
      barsize: 30,
      fps: 5,
      hideCursor: true,
      formatValue: (value, _options, type) => (type === "value" || type === "total" ? format(value) : String(value)),
    }, cliProgress.Presets.shades_classic);
    bar.start(Math.max(total, 1), 0, { rate: "0" });
    return {
      update: (rows) => bar.update(Math.min(rows, bar.getTotal()), { rate: format(rate(rows)) }),
      finish: (rows) => {
        bar.setTotal(Math.max(rows, 1));
        bar.update(rows, { rate: format(rate(rows)) });
        bar.stop();
      },
    };
  }
  let lastLog = started;
  const line = (rows: number, done: boolean) =>
    console.error(`[bench:data] ${table}: ${format(rows)}${done ? "" : ` / ~${format(total)}`} rows, ${format(rate(rows))} rows/s${done ? `, ${((Date.now() - started) / 1000).toFixed(1)} s` : ""}`);
  return {
    update: (rows) => {
      if (Date.now() - lastLog < NON_TTY_INTERVAL_MS) return;
      lastLog = Date.now();
      line(rows, false);
    },
    finish: (rows) => line(rows, true),
  };
}
