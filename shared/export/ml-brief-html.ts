// The ML brief as a self-contained, print-ready HTML page for one A4 or Letter page: inline CSS,
// no scripts, nothing from outside, the chart inlined as a data: URL, every piece of user text
// HTML-escaped. Main prints it (Chromium) and checks it is one page (see ml-brief.ts).
import type { Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { formatScore } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
import { followUpBlock } from './decision-record-html';
import { briefContext, buildMlBrief, ML_BRIEF_COMPACT_LEVEL, mlBriefFieldLabels, mlBriefMissing, mlBriefSections, mlBriefShortenedNote, type MlBrief } from './ml-brief';
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

function planText(brief: MlBrief, value: string, missing: string, language: Language): string {
  return `<p>${text(value, brief.isFocus ? missing : mlBriefMissing(language).notFocusPlan)}</p>`;
}

function metric(brief: MlBrief, language: Language): string {
  const MISSING = mlBriefMissing(language);
  const LABELS = mlBriefFieldLabels(language);
  const { keyMetric, baseline, target, measurement } = brief.metric;
  return (
    `<dl><dt>${LABELS.keyMetric}</dt><dd>${text(keyMetric, MISSING.keyMetric)}</dd>` +
    `<dt>${LABELS.baseline}</dt><dd>${text(baseline, MISSING.baseline)}</dd>` +
    `<dt>${escapeHtml(LABELS.target)}</dt><dd>${text(target, brief.isFocus ? MISSING.target : MISSING.notFocusPlan)}</dd>` +
    `<dt>${LABELS.measurement}</dt><dd>${text(measurement, MISSING.measurement)}</dd></dl>`
  );
}

function matrix(brief: MlBrief, chartImageDataUrl: string | null, language: Language): string {
  const t = textsIn(language);
  const image =
    chartImageDataUrl !== null && isChartImageDataUrl(chartImageDataUrl)
      ? `<img src="${escapeHtml(chartImageDataUrl)}" alt="${escapeHtml(t('documents:chart.altHighlighted', { candidate: brief.code || brief.title }))}">`
      : `<p class="missing">${escapeHtml(mlBriefMissing(language).chart)}</p>`;
  const place =
    brief.matrix === null
      ? `<p class="missing">${escapeHtml(t('documents:brief.notOnMatrix'))}</p>`
      : `<p>${[
          `<strong>${escapeHtml(brief.matrix.quadrant)}</strong>`,
          ...[
            t('documents:brief.ranked', { rank: String(brief.matrix.rank), of: String(brief.matrix.of) }),
            t('documents:brief.impact', { value: formatScore(brief.matrix.impact, language) }),
            t('documents:brief.complexity', { value: formatScore(brief.matrix.complexity, language) }),
            ...(brief.effort.checklistSays === undefined ? [] : [t('documents:brief.checklistSuggests', { value: formatScore(brief.effort.checklistSays, language) })]),
          ].map(escapeHtml),
        ].join(' · ')}</p>`;
  const flag = brief.effort.flag === null ? '' : `<p class="flag">${escapeHtml(brief.effort.flag)}</p>`;
  return image + place + flag;
}

function whyThis(brief: MlBrief, language: Language): string {
  const t = textsIn(language);
  if (!brief.isFocus) return `<p>${escapeHtml(brief.whyThis.focusElsewhere ?? '')}</p>`;
  const runners = brief.whyThis.runnersUp
    .map((runner) => `<li>${t('documents:brief.notRunnerUp', { candidate: named(runner.code, runner.title), reason: text(runner.reason, t('documents:missing.noReason')) })}</li>`)
    .join('');
  return `<p>${text(brief.whyThis.rationale, mlBriefMissing(language).rationale)}</p>${runners === '' ? '' : `<ul>${runners}</ul>`}`;
}

/** A follow-up's section: "Last time we chose …", the status and what was learned (the record's words). */
function followUpSection(brief: MlBrief, language: Language): string {
  const { followUp } = brief;
  if (followUp === null) return '';
  return `${section(followUp.heading, followUpBlock(followUp, text, language), 'follow-up')}\n`;
}

function room(brief: MlBrief, language: Language): string {
  const when = [brief.session.date, brief.session.team].filter((part) => part !== '').map(escapeHtml).join(' · ');
  const names = brief.room.people.join(', ');
  const people =
    brief.room.people.length === 0
      ? `<span class="missing">${escapeHtml(mlBriefMissing(language).room)}</span>`
      : escapeHtml(brief.room.more > 0 ? textsIn(language)('documents:brief.peopleAndMore', { people: names, count: brief.room.more }) : names);
  return `<p>${people}</p>${when === '' ? '' : `<p class="small">${when}</p>`}`;
}

function readiness(brief: MlBrief, language: Language): string {
  const t = textsIn(language);
  const { rows, others } = brief.readiness;
  if (rows.length === 0) return `<p class="missing">${escapeHtml(mlBriefMissing(language).readiness)}</p>`;
  const body = rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.item)}</td><td class="answer-${row.status}">${escapeHtml(row.answer)}</td><td>${escapeHtml(row.evidence)}</td><td>${escapeHtml(row.owner)}</td></tr>`,
    )
    .join('');
  const heads = (['item', 'answer', 'evidence', 'owner'] as const).map((column) => `<th>${escapeHtml(t(`documents:columns.${column}`))}</th>`).join('');
  return (
    '<table><colgroup><col class="item"><col class="answer"><col><col class="owner"></colgroup>' +
    `<thead><tr>${heads}</tr></thead><tbody>${body}</tbody></table>` +
    (others === null ? '' : `<p class="small">${escapeHtml(others)}</p>`)
  );
}

function openQuestions(brief: MlBrief, language: Language): string {
  const MISSING = mlBriefMissing(language);
  if (brief.openQuestions.length === 0) return `<p class="missing">${escapeHtml(MISSING.openQuestions)}</p>`;
  const items = brief.openQuestions.map((q) => `<li>${escapeHtml(q.question)} — ${q.owner === '' ? `<span class="missing">${escapeHtml(MISSING.noOwner)}</span>` : escapeHtml(q.owner)}</li>`).join('');
  const more = brief.moreQuestions > 0 ? `<p class="small">${escapeHtml(textsIn(language)('documents:brief.moreQuestions', { count: brief.moreQuestions }))}</p>` : '';
  return `<ul>${items}</ul>${more}`;
}

/** The brief of one candidate as a complete HTML document in `language` (see the file header). */
export function mlBriefHtml(session: Session, candidateId: string, options: MlBriefHtmlOptions, language: Language): string {
  const t = textsIn(language);
  const SECTIONS = mlBriefSections(language);
  const MISSING = mlBriefMissing(language);
  const brief = buildMlBrief(session, candidateId, options.generatedAt, options.level, language);
  const heading = [brief.code, brief.title].filter((part) => part !== '').join(' · ');
  const meta = [briefContext(brief, brief.session.title, language), t('documents:brief.generated', { date: brief.generatedAt })].map(escapeHtml).join(' · ');
  const owner = escapeHtml(t('documents:colon', { label: mlBriefFieldLabels(language).owner }));
  const problem = `<p>${text(brief.problem, MISSING.problem)}</p><p><strong>${owner}</strong> ${text(brief.owner, MISSING.owner)}</p>`;

  return `<!DOCTYPE html>
<html lang="${language}">
${printHead(t('documents:brief.pageTitle', { heading }), css(options.paper))}
<body${options.level >= ML_BRIEF_COMPACT_LEVEL ? ' class="compact"' : ''}>
<main>
<p class="kicker">${escapeHtml(t('documents:brief.name'))}</p>
<h1>${escapeHtml(heading)}</h1>
<p class="meta">${meta}</p>
<div class="columns">
<div>
${section(SECTIONS.problem, problem)}
${section(SECTIONS.metric, metric(brief, language))}
${section(SECTIONS.withoutMl, `<p>${text(brief.withoutMl, MISSING.withoutMl)}</p>`)}
${section(SECTIONS.data, `<p>${escapeHtml(brief.data)}</p>`)}
${section(SECTIONS.startSmall, planText(brief, brief.firstVersion, MISSING.firstVersion, language))}
${section(SECTIONS.thinkBig, planText(brief, brief.horizon, MISSING.horizon, language))}
${section(SECTIONS.wrongPrediction, `<p>${text(brief.wrongPrediction, MISSING.wrongPrediction)}</p>`)}
</div>
<div>
${section(SECTIONS.matrix, matrix(brief, options.chartImageDataUrl, language), 'chart')}
${section(SECTIONS.whyThis, whyThis(brief, language))}
${followUpSection(brief, language)}${section(SECTIONS.room, room(brief, language))}
</div>
</div>
${section(SECTIONS.readiness, readiness(brief, language))}
${section(SECTIONS.openQuestions, openQuestions(brief, language))}
${brief.shortened ? `<p class="small">${escapeHtml(mlBriefShortenedNote(language))}</p>` : ''}
</main>
</body>
</html>
`;
}
