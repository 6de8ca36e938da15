import { summarize, type Summary } from './stats';

type Unit = 'ms' | '×' | 'kB' | 'MB';

interface Budget {
  /** The figure must be at most this (in the figure's unit). */
  max: number;
  /** Which statistic is held to the budget. */
  on: 'median' | 'p95';
}

/** One line of the report. */
export interface Figure {
  id: string;
  name: string;
  unit: Unit;
  /** How it was measured, in a sentence. */
  method: string;
  /** Median (and the rest) of all samples; for one-off figures a single sample. */
  summary: Summary;
  /** Spread across runs: the lowest and highest per-run value of the budgeted statistic. */
  runSpread: { min: number; max: number } | null;
  /** The baseline measured side by side, in its own unit. */
  baseline: { name: string; unit: Unit; summary: Summary } | null;
  budget: Budget | null;
  /** The statistic the figure is about (and held to its budget). */
  stat: 'median' | 'p95';
  /** null when there is no budget (reported figures, smoke runs). */
  met: boolean | null;
  /** Anything else worth keeping (sizes, counts). */
  details?: Record<string, unknown>;
}

function judge(summary: Summary, budget: Budget | null): boolean | null {
  if (budget === null) return null;
  return summary[budget.on] <= budget.max;
}

/** A figure from raw samples. `perRun` gives each run's samples when a run has many. */
export function figure(spec: Omit<Figure, 'summary' | 'runSpread' | 'met' | 'stat'> & { samples: number[]; perRun?: number[][]; useBudgets: boolean; stat?: 'median' | 'p95' }): Figure {
  const { samples, perRun, useBudgets, stat, ...rest } = spec;
  const summary = summarize(samples);
  const on = stat ?? rest.budget?.on ?? 'median';
  const runValues = perRun && perRun.length > 1 ? perRun.map((run) => summarize(run)[on]) : null;
  const budget = useBudgets ? rest.budget : null;
  return {
    ...rest,
    budget,
    stat: on,
    summary,
    runSpread: runValues ? { min: Math.min(...runValues), max: Math.max(...runValues) } : null,
    met: judge(summary, budget),
  };
}

function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case '×':
      return `${value.toFixed(2)}×`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
    case 'kB':
      return `${value.toFixed(1)} kB`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
  }
}


/** The rows of the report table, as text cells. */
function tableRows(figures: readonly Figure[]): string[][] {
  const header = ['Figure', 'Value', 'Spread', 'Baseline (median)', 'Budget', 'Met'];
  const rows = figures.map((each) => {
    const stat = each.stat;
    const value = each.summary[stat];
    const spread =
      each.summary.runs <= 1
        ? '–'
        : each.runSpread
          ? `runs ${formatValue(each.runSpread.min, each.unit)} – ${formatValue(each.runSpread.max, each.unit)}`
          : `${formatValue(each.summary.min, each.unit)} – ${formatValue(each.summary.max, each.unit)}`;
    const baseline = each.baseline ? `${each.baseline.name}: ${formatValue(each.baseline.summary.median, each.baseline.unit)}` : '–';
    const budget = each.budget ? `${stat} ≤ ${formatValue(each.budget.max, each.unit)}` : 'reported';
    const met = each.met === null ? '–' : each.met ? 'met' : 'MISSED';
    return [each.name, `${formatValue(value, each.unit)} (${stat}, n=${each.summary.runs})`, spread, baseline, budget, met];
  });
  return [header, ...rows];
}

/** A plain-text table for the terminal. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = tableRows(figures);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for the README. */
export function formatMarkdown(figures: readonly Figure[]): string {
  const rows = tableRows(figures);
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}
