// The ML brief as a self-contained, print-ready HTML page for one A4 or Letter page: inline CSS,
// no scripts, nothing from outside, the chart inlined as a data: URL, every piece of user text
// HTML-escaped. Main prints it (Chromium) and checks it is one page (see ml-brief.ts).
import type { Session } from '../session/schema';
import { formatRecordNumber } from './decision-record';
import { followUpBlock } from './decision-record-html';
import { buildMlBrief, ML_BRIEF_COMPACT_LEVEL, ML_BRIEF_FIELD_LABELS as LABELS, ML_BRIEF_MISSING as MISSING, ML_BRIEF_SECTIONS as SECTIONS, ML_BRIEF_SHORTENED_NOTE, type MlBrief } from './ml-brief';
import { escapeHtml, isChartImageDataUrl, printHead, type Paper } from './print-html';

export interface MlBriefHtmlOptions {
  /** The chart with the candidate highlighted, as a base64 data: URL; null, or anything else, leaves it out. */
  chartImageDataUrl: string | null;
  generatedAt: Date;
  paper: Paper;
  /** The fit level (0 roomiest; see ML_BRIEF_BUDGETS). */
  level: number;
}

// Both papers share one layout: the content box is the smaller of the two (A4's width, Letter's height).
const css = (paper: Paper) => `
@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1d2430; background: #fff; font: 8.4pt/1.34 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif; overflow-wrap: anywhere; }
main { max-width: 186mm; margin: 0 auto; }
.kicker { margin: 0; font-size: 7.6pt; letter-spacing: 0.08em; text-transform: uppercase; color: #27415f; font-weight: 600; }
h1 { font-size: 14pt; line-height: 1.2; margin: 0.4mm 0 0.8mm; }
h2 { font-size: 8.6pt; margin: 0 0 0.8mm; padding-bottom: 0.4mm; border-bottom: 0.3mm solid #c9d1dc; color: #27415f; text-transform: uppercase; letter-spacing: 0.04em; }
p, ul, table, dl { margin: 0 0 1mm; }
ul { padding-left: 4mm; }
li { margin: 0 0 0.3mm; }
.meta { color: #5a6675; margin-bottom: 2.4mm; }
.columns { display: grid; grid-template-columns: minmax(0, 1.12fr) minmax(0, 0.88fr); gap: 0 5mm; }
section { break-inside: avoid; margin-bottom: 1.8mm; }
.missing { color: #6b7480; font-style: italic; }
.small { font-size: 7.4pt; color: #5a6675; }
.chart img { display: block; width: 100%; max-height: 58mm; object-fit: contain; margin: 0 0 0.8mm; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.3mm 2.4mm; }
dt { font-weight: 600; }
dd { margin: 0; }
.flag { border-left: 0.8mm solid #b26a00; padding-left: 1.6mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 7.6pt; }
col.item { width: 23%; } col.answer { width: 9%; } col.owner { width: 21%; }
th, td { text-align: left; padding: 0.4mm 1mm; border-bottom: 0.2mm solid #dde3ea; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; }
.answer-missing, .answer-unknown { font-weight: 600; }
/* The tightest fit levels (ML_BRIEF_COMPACT_LEVEL on) also set smaller type and a smaller chart. */
body.compact { font-size: 7.8pt; }
body.compact h1 { font-size: 12pt; }
body.compact section { margin-bottom: 1.2mm; }
body.compact .chart img { max-height: 46mm; }
body.compact table { font-size: 7.2pt; }
`;

function text(value: string, missing: string): string {
  return value === '' ? `<span class="missing">${escapeHtml(missing)}</span>` : escapeHtml(value);
}

function section(title: string, body: string, className = ''): string {
  return `<section${className === '' ? '' : ` class="${className}"`}><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function named(code: string, title: string): string {
  return `<strong>${escapeHtml([code, title].filter((part) => part.trim() !== '').join(' · '))}</strong>`;
}

function planText(brief: MlBrief, value: string, missing: string): string {
  return `<p>${text(value, brief.isFocus ? missing : MISSING.notFocusPlan)}</p>`;
}

function metric(brief: MlBrief): string {
  const { keyMetric, baseline, target, measurement } = brief.metric;
  return (
    `<dl><dt>${LABELS.keyMetric}</dt><dd>${text(keyMetric, MISSING.keyMetric)}</dd>` +
    `<dt>${LABELS.baseline}</dt><dd>${text(baseline, MISSING.baseline)}</dd>` +
    `<dt>${LABELS.target}</dt><dd>${text(target, brief.isFocus ? MISSING.target : MISSING.notFocusPlan)}</dd>` +
    `<dt>${LABELS.measurement}</dt><dd>${text(measurement, MISSING.measurement)}</dd></dl>`
  );
}

function matrix(brief: MlBrief, chartImageDataUrl: string | null): string {
  const image =
    chartImageDataUrl !== null && isChartImageDataUrl(chartImageDataUrl)
      ? `<img src="${escapeHtml(chartImageDataUrl)}" alt="Impact versus complexity matrix with ${escapeHtml(brief.code || brief.title)} highlighted">`
      : `<p class="missing">${escapeHtml(MISSING.chart)}</p>`;
  const place =
    brief.matrix === null
      ? '<p class="missing">Not on the matrix: not scored yet, or set apart as better solved without ML.</p>'
      : `<p><strong>${escapeHtml(brief.matrix.quadrant)}</strong> · ranked ${brief.matrix.rank} of ${brief.matrix.of} · impact ${formatRecordNumber(brief.matrix.impact)} · complexity ${formatRecordNumber(brief.matrix.complexity)}` +
        (brief.effort.checklistSays === undefined ? '' : ` · the checklist suggests ${formatRecordNumber(brief.effort.checklistSays)}`) +
        '</p>';
  const flag = brief.effort.flag === null ? '' : `<p class="flag">${escapeHtml(brief.effort.flag)}</p>`;
  return image + place + flag;
}

function whyThis(brief: MlBrief): string {
  if (!brief.isFocus) return `<p>${escapeHtml(brief.whyThis.focusElsewhere ?? '')}</p>`;
  const runners = brief.whyThis.runnersUp
    .map((runner) => `<li>Not ${named(runner.code, runner.title)}: ${text(runner.reason, 'no reason recorded')}</li>`)
    .join('');
  return `<p>${text(brief.whyThis.rationale, MISSING.rationale)}</p>${runners === '' ? '' : `<ul>${runners}</ul>`}`;
}

/** A follow-up's section: "Last time we chose …", the status and what was learned (the record's words). */
function followUpSection(brief: MlBrief): string {
  const { followUp } = brief;
  if (followUp === null) return '';
  return `${section(followUp.heading, followUpBlock(followUp, text), 'follow-up')}\n`;
}

function room(brief: MlBrief): string {
  const when = [brief.session.date, brief.session.team].filter((part) => part !== '').map(escapeHtml).join(' · ');
  const people = brief.room.people.length === 0 ? `<span class="missing">${MISSING.room}</span>` : escapeHtml(brief.room.people.join(', ')) + (brief.room.more > 0 ? ` and ${brief.room.more} more` : '');
  return `<p>${people}</p>${when === '' ? '' : `<p class="small">${when}</p>`}`;
}

function readiness(brief: MlBrief): string {
  const { rows, others } = brief.readiness;
  if (rows.length === 0) return `<p class="missing">${MISSING.readiness}</p>`;
  const body = rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.item)}</td><td class="answer-${row.answer.toLowerCase()}">${escapeHtml(row.answer)}</td><td>${escapeHtml(row.evidence)}</td><td>${escapeHtml(row.owner)}</td></tr>`,
    )
    .join('');
  return (
    '<table><colgroup><col class="item"><col class="answer"><col><col class="owner"></colgroup>' +
    `<thead><tr><th>Item</th><th>Answer</th><th>Evidence</th><th>Owner</th></tr></thead><tbody>${body}</tbody></table>` +
    (others === null ? '' : `<p class="small">${escapeHtml(others)}</p>`)
  );
}

function openQuestions(brief: MlBrief): string {
  if (brief.openQuestions.length === 0) return `<p class="missing">${MISSING.openQuestions}</p>`;
  const items = brief.openQuestions.map((q) => `<li>${escapeHtml(q.question)} — ${q.owner === '' ? `<span class="missing">${MISSING.noOwner}</span>` : escapeHtml(q.owner)}</li>`).join('');
  return `<ul>${items}</ul>${brief.moreQuestions > 0 ? `<p class="small">And ${brief.moreQuestions} more, in the readiness table above.</p>` : ''}`;
}

/** The brief of one candidate as a complete HTML document (see the file header). */
export function mlBriefHtml(session: Session, candidateId: string, options: MlBriefHtmlOptions): string {
  const brief = buildMlBrief(session, candidateId, options.generatedAt, options.level);
  const heading = [brief.code, brief.title].filter((part) => part !== '').join(' · ');
  const context = `${brief.isFocus ? 'The focus of' : 'A candidate of'} ${brief.session.title || 'an untitled workshop'}`;
  const meta = [context, `generated by Pickwise on ${brief.generatedAt}`].map(escapeHtml).join(' · ');
  const problem = `<p>${text(brief.problem, MISSING.problem)}</p><p><strong>${LABELS.owner}:</strong> ${text(brief.owner, MISSING.owner)}</p>`;

  return `<!DOCTYPE html>
<html lang="en">
${printHead(`${heading} — ML brief`, css(options.paper))}
<body${options.level >= ML_BRIEF_COMPACT_LEVEL ? ' class="compact"' : ''}>
<main>
<p class="kicker">ML brief</p>
<h1>${escapeHtml(heading)}</h1>
<p class="meta">${meta}</p>
<div class="columns">
<div>
${section(SECTIONS.problem, problem)}
${section(SECTIONS.metric, metric(brief))}
${section(SECTIONS.withoutMl, `<p>${text(brief.withoutMl, MISSING.withoutMl)}</p>`)}
${section(SECTIONS.data, `<p>${escapeHtml(brief.data)}</p>`)}
${section(SECTIONS.startSmall, planText(brief, brief.firstVersion, MISSING.firstVersion))}
${section(SECTIONS.thinkBig, planText(brief, brief.horizon, MISSING.horizon))}
${section(SECTIONS.wrongPrediction, `<p>${text(brief.wrongPrediction, MISSING.wrongPrediction)}</p>`)}
</div>
<div>
${section(SECTIONS.matrix, matrix(brief, options.chartImageDataUrl), 'chart')}
${section(SECTIONS.whyThis, whyThis(brief))}
${followUpSection(brief)}${section(SECTIONS.room, room(brief))}
</div>
</div>
${section(SECTIONS.readiness, readiness(brief))}
${section(SECTIONS.openQuestions, openQuestions(brief))}
${brief.shortened ? `<p class="small">${escapeHtml(ML_BRIEF_SHORTENED_NOTE)}</p>` : ''}
</main>
</body>
</html>
`;
}
