// Prints the mutation score of each folder that `npm run mutate` covers, one line per folder,
// from Stryker's JSON report, and fails when a folder is below the goal the README promises.
// Usage: tsx scripts/mutation-summary.ts [report.json ...] [--files]
// Several reports (say one per folder, from runs with --mutate) are read as one: where two
// hold the same file, the one named later wins.
import { readFileSync } from 'node:fs';
import mutatedFolders from './mutation-folders.json';

/** The score every folder must reach (README, "Mutation testing"). */
const GOAL = 85;

interface ReportMutant {
  status: string;
}
interface MutationReport {
  files: Record<string, { mutants: ReportMutant[] }>;
}

interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  invalid: number;
}

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const reportPaths = named.length > 0 ? named : ['reports/mutation/mutation.json'];
const perFile = args.includes('--files');

function emptyTally(): Tally {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, invalid: 0 };
}

function add(tally: Tally, status: string): void {
  if (status === 'Killed') tally.killed++;
  else if (status === 'Timeout') tally.timeout++;
  else if (status === 'Survived') tally.survived++;
  else if (status === 'NoCoverage') tally.noCoverage++;
  else if (status === 'Ignored') tally.ignored++;
  else tally.invalid++; // CompileError, RuntimeError: not a behaviour change a test could see
}

/** Stryker's mutation score: detected (killed or timed out) over valid mutants, in percent. */
function score(t: Tally): number | undefined {
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return valid === 0 ? undefined : (100 * detected) / valid;
}

function line(name: string, t: Tally, width: number): string {
  const s = score(t);
  const shown = s === undefined ? '    n/a' : `${s.toFixed(2).padStart(6)} %`;
  const detail = `killed ${t.killed}, timed out ${t.timeout}, survived ${t.survived}, no coverage ${t.noCoverage}, ignored ${t.ignored}`;
  return `${name.padEnd(width)}  ${shown}  (${detail})`;
}

const reportFiles: MutationReport['files'] = {};
for (const reportPath of reportPaths) Object.assign(reportFiles, (JSON.parse(readFileSync(reportPath, 'utf8')) as MutationReport).files);
const folders = new Map(mutatedFolders.map((folder) => [folder, emptyTally()]));
const files = new Map<string, Tally>();
for (const [file, { mutants }] of Object.entries(reportFiles)) {
  const path = file.replace(/\\/g, '/');
  const folder = mutatedFolders.find((f) => path.startsWith(`${f}/`) || path.includes(`/${f}/`));
  const fileTally = emptyTally();
  for (const m of mutants) {
    add(fileTally, m.status);
    if (folder !== undefined) add(folders.get(folder)!, m.status);
  }
  files.set(path, fileTally);
}

const width = Math.max(...[...folders.keys(), ...(perFile ? files.keys() : [])].map((n) => n.length));
console.log(`Mutation score per folder (goal: at least ${GOAL} % each)`);
const below: string[] = [];
for (const [folder, tally] of folders) {
  const s = score(tally);
  if (s === undefined) continue; // not mutated in this run (e.g. a --mutate subset)
  console.log(line(folder, tally, width));
  if (s < GOAL) below.push(folder);
}
if (perFile) {
  console.log('\nPer file:');
  for (const [file, tally] of [...files].sort(([a], [b]) => a.localeCompare(b))) console.log(line(file, tally, width));
}
if (below.length > 0) {
  console.error(`Below the ${GOAL} % goal: ${below.join(', ')}.`);
  process.exitCode = 1;
}
