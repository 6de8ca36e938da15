// The decision record as a self-contained, print-ready HTML page: inline CSS sized for one
// A4 page, no scripts, no external resources (a Content-Security-Policy says so too), the
// chart inlined as a data: URL, and every piece of user text HTML-escaped. Chromium prints it
// to PDF (webContents.printToPDF in Electron, page.pdf in the Playwright harness).
import { fieldLabel } from '../session/candidate-fields';
import type { Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { formatPercent, formatScore } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
import {
  buildDecisionRecord,
  decisionRecordMissing,
  decisionRecordSections,
  moreUpToKneeText,
  sinceCells,
  type DecisionRecord,
  type DecisionRecordFollowUp,
} from './decision-record';
import { midSentenceIn } from '../i18n/sentence';
import { followUpLearnedLabel, nothingLearnedText } from '../workshop/follow-up-words';
import { moreSinceText, unchangedSinceText, type DecisionRecordSince, type ExportComparison } from './comparison-export';
import { paretoRuleText } from '../workshop/pareto';
import { escapeHtml, isChartImageDataUrl, printHead } from './print-html';

export interface DecisionRecordHtmlOptions {
  /** The chart as a base64 data: URL (PNG, JPEG, WebP or SVG); null, or anything else, leaves it out. */
  chartImageDataUrl: string | null;
  generatedAt: Date;
  /** The candidates the chart draws by their code alone: listed with their whole titles after it. */
  chartKey?: readonly string[];
  /** The members of each numbered cluster the chart draws (cluster 1 first): listed under its number after it. */
  chartClusters?: readonly (readonly string[])[];
  /** The comparison in use (comparisonForExport): adds the "Since …" section after the 80/20. */
  comparison?: ExportComparison | null;
}

const CSS = `
@page { size: A4; margin: 11mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1d2430; background: #fff; font: 8.6pt/1.36 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif; overflow-wrap: anywhere; }
main { max-width: 186mm; margin: 0 auto; }
h1 { font-size: 15pt; line-height: 1.2; margin: 0 0 1mm; }
h2 { font-size: 9.4pt; margin: 0 0 1.2mm; padding-bottom: 0.6mm; border-bottom: 0.3mm solid #c9d1dc; color: #27415f; text-transform: uppercase; letter-spacing: 0.04em; }
p, ul, table { margin: 0 0 1.4mm; }
ul { padding-left: 4.2mm; }
li { margin: 0 0 0.4mm; }
.meta { color: #5a6675; margin-bottom: 3mm; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2.4mm 5mm; }
section { break-inside: avoid; }
.wide { grid-column: 1 / -1; }
.pair { grid-column: 1 / -1; display: grid; grid-template-columns: minmax(0, 0.78fr) minmax(0, 1.22fr); gap: 2.4mm 5mm; }
.text { white-space: pre-line; }
.missing { color: #6b7480; font-style: italic; }
.chart img { display: block; max-width: 100%; max-height: 60mm; margin: 0 auto 1mm; object-fit: contain; }
.small { font-size: 7.6pt; color: #5a6675; }
ul.chart-key { list-style: none; padding-left: 0; columns: 2; column-gap: 4mm; font-size: 7.6pt; }
ul.chart-key li { break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 8pt; }
th, td { text-align: left; padding: 0.6mm 1mm; border-bottom: 0.2mm solid #dde3ea; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; overflow-wrap: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.focus-name { font-size: 10pt; font-weight: 600; margin-bottom: 1.2mm; }
.focus { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap: 0 5mm; }
dl { margin: 0; }
dt { font-weight: 600; margin-top: 0.8mm; }
dd { margin: 0 0 0.6mm; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin-bottom: 0.6mm; }
`;

function text(value: string, missing: string): string {
  return value.trim() === '' ? `<span class="missing">${escapeHtml(missing)}</span>` : `<span class="text">${escapeHtml(value.trim())}</span>`;
}

function section(title: string, body: string, className = ''): string {
  return `<section${className !== '' ? ` class="${className}"` : ''}><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function named(code: string, title: string): string {
  return `<strong>${escapeHtml([code, title].filter((part) => part.trim() !== '').join(' · '))}</strong>`;
}

/** A table's head row: `#` and the columns' words, the numeric ones right-aligned. */
function headRow(columns: readonly (readonly [column: string, numeric: boolean])[]): string {
  return `<tr>${columns.map(([column, numeric]) => `<th${numeric ? ' class="num"' : ''}>${escapeHtml(column)}</th>`).join('')}</tr>`;
}

function topTable(record: DecisionRecord, language: Language): string {
  const t = textsIn(language);
  if (record.top.length === 0) return `<p class="missing">${escapeHtml(decisionRecordMissing(language).topCandidates)}</p>`;
  const head = headRow([
    ['#', true],
    [t('documents:columns.code'), false],
    [t('documents:columns.candidate'), false],
    [t('documents:columns.quadrant'), false],
    [t('documents:columns.impact'), true],
    [t('documents:columns.complexity'), true],
    [t('documents:columns.spread'), true],
    [t('documents:columns.dots'), true],
  ]);
  const rows = record.top
    .map(
      (row) =>
        `<tr><td class="num">${row.rank}</td><td>${escapeHtml(row.code)}</td><td>${escapeHtml(row.title)}</td><td>${escapeHtml(row.quadrant)}</td>` +
        `<td class="num">${formatScore(row.impact, language)}</td><td class="num">${formatScore(row.complexity, language)}</td>` +
        `<td class="num">${formatScore(row.spread, language)}</td><td class="num">${row.dots}</td></tr>`,
    )
    .join('');
  return `<table><thead>${head}</thead><tbody>${rows}</tbody></table><p class="small">${escapeHtml(t('documents:record.rankingRule', { rule: record.rankingRule }))}</p>`;
}

function paretoBlock(record: DecisionRecord, language: Language): string {
  const t = textsIn(language);
  const { sentence, upToKnee, moreUpToKnee } = record.pareto;
  if (upToKnee.length === 0) return `<p>${escapeHtml(sentence)}</p>`;
  const head = headRow([
    ['#', true],
    [t('documents:columns.code'), false],
    [t('documents:columns.candidate'), false],
    [t('documents:columns.impact'), true],
    [t('documents:columns.complexity'), true],
    [t('documents:columns.impactSoFar'), true],
    [t('documents:columns.effortSoFar'), true],
  ]);
  const rows = upToKnee
    .map(
      (row) =>
        `<tr><td class="num">${row.rank}</td><td>${escapeHtml(row.code)}</td><td>${escapeHtml(row.title)}</td>` +
        `<td class="num">${formatScore(row.impact, language)}</td><td class="num">${formatScore(row.complexity, language)}</td>` +
        `<td class="num">${formatPercent(row.impactPercent, language)}</td><td class="num">${formatPercent(row.effortPercent, language)}</td></tr>`,
    )
    .join('');
  const more = moreUpToKnee > 0 ? `<p class="small">${escapeHtml(moreUpToKneeText(moreUpToKnee, language))}</p>` : '';
  return `<p>${escapeHtml(sentence)}</p><table><thead>${head}</thead><tbody>${rows}</tbody></table>${more}<p class="small">${escapeHtml(paretoRuleText(language))}</p>`;
}

/** The "Since …" section's body: the file compared with, then the sealed message, or the summary, the notes and the table of what changed. */
function sinceBlock(since: DecisionRecordSince, language: Language): string {
  const t = textsIn(language);
  const compared = `<p class="small">${escapeHtml(t('documents:since.comparedWith', { file: since.fileName }))}</p>`;
  if (since.kind === 'sealed') return `${compared}<p>${escapeHtml(since.message)}</p><p class="small">${escapeHtml(since.counts)}</p>`;
  const notes = since.notes.length === 0 ? '' : `<ul>${since.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`;
  const head = headRow([
    [t('documents:columns.code'), false],
    [t('documents:columns.candidate'), false],
    [t('documents:columns.quadrant'), false],
    [t('documents:columns.rank'), true],
    [t('documents:columns.impact'), true],
    [t('documents:columns.complexity'), true],
    [t('documents:columns.why'), false],
  ]);
  const rows = since.rows
    .map((row) => {
      const cells = sinceCells(row, language);
      return (
        `<tr class="since-${row.status}"><td>${escapeHtml(cells.code)}</td><td>${escapeHtml(cells.candidate)}</td><td>${escapeHtml(cells.quadrant)}</td>` +
        `<td class="num">${escapeHtml(cells.rank)}</td><td class="num">${escapeHtml(cells.impact)}</td><td class="num">${escapeHtml(cells.complexity)}</td><td>${escapeHtml(cells.why)}</td></tr>`
      );
    })
    .join('');
  const table = since.rows.length === 0 ? '' : `<table><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  const more = since.more > 0 ? `<p class="small">${escapeHtml(moreSinceText(since.more, language))}</p>` : '';
  const unchanged = since.unchanged > 0 ? `<p class="small">${escapeHtml(unchangedSinceText(since.unchanged, language))}</p>` : '';
  return `${compared}<p>${escapeHtml(since.summary)}</p>${notes}${table}${more}${unchanged}`;
}

/**
 * A follow-up's section body: "Last time we chose …", then the status and what was learned.
 * The ML brief prints the same body, with its own way of showing a missing text.
 */
export function followUpBlock(followUp: DecisionRecordFollowUp, textOf: (value: string, missing: string) => string, language: Language): string {
  const status = followUp.status === null ? '' : `<p>${escapeHtml(followUp.status)}</p>`;
  const learned =
    followUp.learned === null
      ? ''
      : `<p><strong>${escapeHtml(textsIn(language)('documents:colon', { label: followUpLearnedLabel(language) }))}</strong> ${textOf(followUp.learned, nothingLearnedText(language))}</p>`;
  return `<p>${escapeHtml(followUp.sentence)}</p>${status}${learned}`;
}

function focusBlock(record: DecisionRecord, language: Language): string {
  const t = textsIn(language);
  const MISSING = decisionRecordMissing(language);
  const focus = record.focus;
  if (focus === null) return `<p class="missing">${escapeHtml(MISSING.focus)}</p>`;
  const quadrant = focus.quadrant !== undefined ? ` <span class="small">(${escapeHtml(focus.quadrant)})</span>` : '';
  const checklist =
    focus.readiness.length === 0
      ? `<p class="missing">${escapeHtml(MISSING.readiness)}</p>`
      : `<ul class="checklist">${focus.readiness
          .map(
            (row) =>
              `<li><strong>${escapeHtml(t('documents:colon', { label: row.item }))}</strong> ${escapeHtml(row.answer)}${row.evidence === '' ? '' : ` — ${escapeHtml(row.evidence)}`}${row.owner === '' ? '' : ` <span class="small">${escapeHtml(t('documents:record.ownedBy', { owner: row.owner }))}</span>`}</li>`,
          )
          .join('')}</ul>`;
  return (
    `<p class="focus-name">${named(focus.code, focus.title)}${quadrant}</p><div class="focus"><dl>` +
    `<dt>${escapeHtml(t('documents:record.whyThisOne'))}</dt><dd>${text(focus.rationale, MISSING.rationale)}</dd>` +
    `<dt>${escapeHtml(fieldLabel('keyMetric', language))}</dt><dd>${text(focus.keyMetric, MISSING.keyMetric)}</dd>` +
    `<dt>${escapeHtml(fieldLabel('measurement', language))}</dt><dd>${text(focus.measurement, MISSING.measurement)}</dd>` +
    `<dt>${escapeHtml(t('documents:record.target'))}</dt><dd>${text(focus.target, MISSING.target)}</dd>` +
    `<dt>${escapeHtml(t('documents:record.firstVersion'))}</dt><dd>${text(focus.firstVersion, MISSING.firstVersion)}</dd></dl><dl>` +
    `<dt>${escapeHtml(t('documents:record.readiness'))}</dt><dd>${checklist}</dd>` +
    `<dt>${escapeHtml(t('documents:record.horizon'))}</dt><dd>${text(focus.horizon, MISSING.horizon)}</dd></dl></div>`
  );
}

/** The decision record as a complete HTML document in `language` (see the file header). */
export function decisionRecordHtml(session: Session, options: DecisionRecordHtmlOptions, language: Language): string {
  const t = textsIn(language);
  const SECTIONS = decisionRecordSections(language);
  const MISSING = decisionRecordMissing(language);
  /** A label in bold with its colon, as a paragraph. */
  const label = (words: string) => `<p><strong>${escapeHtml(t('documents:colon', { label: words }))}</strong></p>`;
  const record = buildDecisionRecord(session, options.generatedAt, options.chartKey ?? [], options.chartClusters ?? [], options.comparison ?? null, language);
  const title = record.title || MISSING.title;
  const meta = [record.date, record.team, t('documents:record.generated', { date: record.generatedAt })].filter((part) => part !== '').map(escapeHtml).join(' · ');

  const goal =
    `<p>${text(record.goal, MISSING.goal)}</p>` +
    (record.goalMetrics.length > 0
      ? `${label(t('documents:record.metrics'))}<ul>${record.goalMetrics.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`
      : `<p class="missing">${escapeHtml(MISSING.goalMetrics)}</p>`);
  const room =
    record.room.length === 0
      ? `<p class="missing">${escapeHtml(MISSING.room)}</p>`
      : `<ul>${record.room.map((p) => `<li>${escapeHtml(p.name)} <span class="small">(${escapeHtml(midSentenceIn(p.background, language))})</span></li>`).join('')}</ul>`;
  const image = options.chartImageDataUrl;
  const drawn = image !== null && isChartImageDataUrl(image);
  // The key follows the picture: each point it draws by its code, with its whole title.
  const key =
    drawn && record.chartKey.length > 0
      ? `<p class="small"><strong>${escapeHtml(t('documents:chart.key'))}</strong></p><ul class="chart-key">${record.chartKey
          .map(
            (entry, index) =>
              (entry.cluster !== undefined && entry.cluster !== record.chartKey[index - 1]?.cluster
                ? `<li class="chart-key-cluster"><em>${escapeHtml(t('documents:chart.cluster', { number: String(entry.cluster) }))}</em></li>`
                : '') +
              `<li><strong>${escapeHtml(entry.code)}</strong> ${escapeHtml(entry.title)}</li>`,
          )
          .join('')}</ul>`
      : '';
  const chart =
    (drawn ? `<img src="${escapeHtml(image)}" alt="${escapeHtml(t('documents:chart.alt'))}">${key}` : `<p class="missing">${escapeHtml(MISSING.chart)}</p>`) +
    `<p class="small">${escapeHtml(record.chartSummary)}</p>`;
  const runnersUp =
    record.runnersUp.length === 0
      ? `<p class="missing">${escapeHtml(record.focus === null ? MISSING.focus : MISSING.runnersUp)}</p>`
      : `<ul>${record.runnersUp.map((r) => `<li>${named(r.code, r.title)} — ${r.reason === '' ? `<span class="missing">${escapeHtml(MISSING.runnerUpReason)}</span>` : escapeHtml(r.reason)}</li>`).join('')}</ul>`;
  const { flags, questions } = record.beforeCommitting;
  const beforeCommitting =
    flags.length === 0 && questions.length === 0
      ? `<p class="missing">${escapeHtml(MISSING.beforeCommitting)}</p>`
      : (flags.length === 0
          ? ''
          : `${label(t('documents:record.disagree'))}<ul>${flags.map((f) => `<li>${named(f.code, f.title)} — ${escapeHtml(f.sentence)}.</li>`).join('')}</ul>`) +
        (questions.length === 0
          ? ''
          : `${label(t('documents:record.questions'))}<ul>${questions
              .map(
                (q) =>
                  `<li>${named(q.code, q.title)} <span class="small">(${escapeHtml(q.quadrant)})</span>` +
                  (q.notStarted
                    ? ` — ${escapeHtml(t('documents:record.notStarted'))}`
                    : `<ul>${q.unknown.map((u) => `<li>${escapeHtml(u.question)} — ${u.owner === '' ? `<span class="missing">${escapeHtml(t('documents:missing.noOwner'))}</span>` : escapeHtml(u.owner)}</li>`).join('')}</ul>`) +
                  '</li>',
              )
              .join('')}</ul>`);
  const withoutMl =
    record.withoutMl.length === 0
      ? `<p class="missing">${escapeHtml(MISSING.withoutMl)}</p>`
      : `<ul>${record.withoutMl.map((c) => `<li>${named(c.code, c.title)} — ${c.alternative === '' ? `<span class="missing">${escapeHtml(MISSING.nonMlAlternative)}</span>` : escapeHtml(c.alternative)}</li>`).join('')}</ul>`;

  return `<!DOCTYPE html>
<html lang="${language}">
${printHead(t('documents:record.pageTitle', { title }), CSS)}
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta}</p>
<div class="grid">
${section(SECTIONS.goal, goal)}
${section(SECTIONS.room, room)}
${record.followUp === null ? '' : `${section(record.followUp.heading, followUpBlock(record.followUp, text, language), 'wide follow-up')}\n`}<div class="pair">
${section(SECTIONS.chart, chart, 'chart')}
${section(SECTIONS.topCandidates, topTable(record, language))}
</div>
${section(SECTIONS.pareto, paretoBlock(record, language), 'wide')}
${record.since === null ? '' : `${section(record.since.heading, sinceBlock(record.since, language), 'wide since')}\n`}${section(SECTIONS.focus, focusBlock(record, language), 'wide')}
${section(SECTIONS.beforeCommitting, beforeCommitting, 'wide')}
${section(SECTIONS.runnersUp, runnersUp)}
${section(SECTIONS.withoutMl, withoutMl)}
</div>
</main>
</body>
</html>
`;
}
