import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './build';
import { formatMarkdown, formatTable } from './report';
import { FIGURE_GROUPS, FULL, runBench, SMOKE, type FigureGroup } from './suite';

// `npm run bench`: builds the app when out/ is missing or stale, runs every figure, prints
// the table and writes bench/results.json.
//
//   --smoke          tiny sizes, two runs, no budgets
//   --only=a,b       only these figures (open, save, drag, edit, start, export, size)
//   --no-build       use out/ as it is
//   --out=path       where the JSON goes (default bench/results.json)
//   --markdown       also print the table as Markdown

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(`--${name}`);
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = (value('only')?.split(',').filter(Boolean) ?? []) as FigureGroup[];
  const unknown = only.filter((group) => !FIGURE_GROUPS.includes(group));
  if (unknown.length > 0) throw new Error(`Unknown figure(s): ${unknown.join(', ')}; choose from ${FIGURE_GROUPS.join(', ')}.`);
  const config = { ...(flag('smoke') ? SMOKE : FULL), only };
  if (!flag('no-build')) ensureBuilt();
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') console.warn('(run with node --expose-gc for a collection between Node timings)');

  console.log(`Pickwise benchmark${flag('smoke') ? ' (smoke: tiny sizes, no budgets)' : ''}`);
  const result = await runBench(config);
  const out = value('out') ?? join(ROOT, 'bench/results.json');
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

  const { machine } = result;
  console.log('');
  console.log(formatTable(result.figures));
  if (flag('markdown')) console.log(`\n${formatMarkdown(result.figures)}`);
  console.log('');
  console.log(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium ?? '–'}, ${machine.platform}`);
  console.log(`Load average before ${machine.loadBefore.map((each) => each.toFixed(2)).join(' ')}, after ${machine.loadAfter.map((each) => each.toFixed(2)).join(' ')}; ${result.seconds.toFixed(0)} s`);
  console.log(`Written to ${out}`);
  for (const [id, name] of [['open', 'Open'], ['save', 'Save']] as const) {
    const profile = result.figures.find((each) => each.id === id)?.details?.['profileMs'] as Record<string, number> | undefined;
    if (profile) console.log(`${name} profile (median ms): ${Object.entries(profile).map(([part, ms]) => `${part} ${ms}`).join(', ')}`);
  }
  const missed = result.figures.filter((each) => each.met === false);
  if (missed.length > 0) console.log(`Budgets missed: ${missed.map((each) => each.name).join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
