// The decision record as Markdown (CommonMark with GitHub tables), with the chart image
// beside it as a separate file. Every piece of user text is escaped so it reads as typed:
// it cannot open a heading, a link, raw HTML or a new table cell.
import { fieldLabel } from '../session/candidate-fields';
import type { Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { formatPercent, formatScore } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
import { escapeMarkdownBlock, escapeMarkdownCell, escapeMarkdownInline, linkDestination } from './markdown-text';
import { paretoRuleText } from '../workshop/pareto';
import { moreSinceText, unchangedSinceText, type DecisionRecordSince, type ExportComparison } from './comparison-export';
import {
  buildDecisionRecord,
  decisionRecordMissing,
  decisionRecordSections,
  moreUpToKneeText,
  sinceCells,
  type DecisionRecordFollowUp,
} from './decision-record';
import { midSentenceIn } from '../i18n/sentence';
import { followUpLearnedLabel, nothingLearnedText } from '../workshop/follow-up-words';

export interface DecisionRecordMarkdownOptions {
  /** The chart image's file name, relative to the Markdown file; null when there is none. */
  chartImageFileName: string | null;
  generatedAt: Date;
  /** The candidates the chart draws by their code alone: listed with their whole titles after it. */
  chartKey?: readonly string[];
  /** The members of each numbered cluster the chart draws (cluster 1 first): listed under its number after it. */
  chartClusters?: readonly (readonly string[])[];
  /** The comparison in use (comparisonForExport): adds the "Since …" section after the 80/20. */
  comparison?: ExportComparison | null;
}

function orMissing(text: string, missing: string): string {
  return text.trim() === '' ? missing : escapeMarkdownBlock(text);
}

/** The "Since …" section's lines: the file compared with, then the sealed message, or the summary, the notes and the table of what changed. */
function sinceLines(since: DecisionRecordSince, language: Language): string[] {
  const t = textsIn(language);
  const out = [`## ${escapeMarkdownInline(since.heading)}`, '', `_${t('documents:since.comparedWith', { file: escapeMarkdownInline(since.fileName) })}_`, ''];
  if (since.kind === 'sealed') return [...out, escapeMarkdownInline(since.message), '', escapeMarkdownInline(since.counts), ''];
  out.push(escapeMarkdownInline(since.summary), '');
  if (since.notes.length > 0) out.push(...since.notes.map((note) => `- ${escapeMarkdownInline(note)}`), '');
  if (since.rows.length > 0) {
    const heads = (['code', 'candidate', 'quadrant', 'rank', 'impact', 'complexity', 'why'] as const).map((column) => t(`documents:columns.${column}`));
    out.push(`| ${heads.join(' | ')} |`, '| --- | --- | --- | ---: | ---: | ---: | --- |');
    for (const row of since.rows) {
      const cells = sinceCells(row, language);
      out.push(`| ${[cells.code, cells.candidate, cells.quadrant, cells.rank, cells.impact, cells.complexity, cells.why].map(escapeMarkdownCell).join(' | ')} |`);
    }
    out.push('');
    if (since.more > 0) out.push(moreSinceText(since.more, language), '');
  }
  if (since.unchanged > 0) out.push(unchangedSinceText(since.unchanged, language), '');
  return out;
}

/** A follow-up's section: "Last time we chose …", then the status and what was learned. */
function followUpLines(followUp: DecisionRecordFollowUp, language: Language): string[] {
  const out = [`## ${escapeMarkdownInline(followUp.heading)}`, '', escapeMarkdownInline(followUp.sentence), ''];
  if (followUp.status !== null) out.push(escapeMarkdownInline(followUp.status), '');
  if (followUp.learned !== null) out.push(`**${textsIn(language)('documents:colon', { label: followUpLearnedLabel(language) })}**`, '', orMissing(followUp.learned, nothingLearnedText(language)), '');
  return out;
}

/** The decision record as Markdown in `language`: a title, then one `##` section per decisionRecordSections entry (and "Since …" after the 80/20 with a comparison). */
export function decisionRecordMarkdown(session: Session, options: DecisionRecordMarkdownOptions, language: Language): string {
  const t = textsIn(language);
  const SECTIONS = decisionRecordSections(language);
  const MISSING = decisionRecordMissing(language);
  /** A label in bold with its colon: "**Target:**". */
  const label = (text: string) => `**${t('documents:colon', { label: text })}**`;
  const record = buildDecisionRecord(session, options.generatedAt, options.chartKey ?? [], options.chartClusters ?? [], options.comparison ?? null, language);
  const out: string[] = [];
  const heading = (text: string) => out.push(`## ${text}`, '');

  out.push(`# ${escapeMarkdownInline(record.title) || MISSING.title}`, '');
  const meta = [
    record.date !== '' ? `${label(t('documents:record.date'))} ${escapeMarkdownInline(record.date)}` : '',
    record.team !== '' ? `${label(t('documents:record.team'))} ${escapeMarkdownInline(record.team)}` : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  if (meta !== '') out.push(meta, '');
  out.push(`_${t('documents:record.generatedSentence', { date: record.generatedAt })}_`, '');

  heading(SECTIONS.goal);
  out.push(orMissing(record.goal, MISSING.goal), '');
  if (record.goalMetrics.length > 0) {
    out.push(label(t('documents:record.metrics')), '', ...record.goalMetrics.map((metric) => `- ${escapeMarkdownInline(metric)}`), '');
  } else {
    out.push(MISSING.goalMetrics, '');
  }

  heading(SECTIONS.room);
  if (record.room.length === 0) out.push(MISSING.room, '');
  else out.push(...record.room.map((person) => `- ${escapeMarkdownInline(person.name)} (${midSentenceIn(person.background, language)})`), '');

  if (record.followUp !== null) out.push(...followUpLines(record.followUp, language));

  heading(SECTIONS.chart);
  if (options.chartImageFileName !== null && options.chartImageFileName.trim() !== '') {
    out.push(`![${t('documents:chart.alt')}](${linkDestination(options.chartImageFileName)})`, '');
    // The key follows the picture: each point it draws by its code, with its whole title, then
    // each numbered cluster's members under its number.
    if (record.chartKey.length > 0) {
      out.push(label(t('documents:chart.key')), '');
      record.chartKey.forEach((entry, index) => {
        if (entry.cluster !== undefined && entry.cluster !== record.chartKey[index - 1]?.cluster) {
          out.push(`- *${t('documents:colon', { label: t('documents:chart.cluster', { number: String(entry.cluster) }) })}*`);
        }
        out.push(`${entry.cluster === undefined ? '' : '  '}- **${escapeMarkdownInline(entry.code)}** ${escapeMarkdownInline(entry.title)}`);
      });
      out.push('');
    }
  } else {
    out.push(MISSING.chart, '');
  }
  out.push(escapeMarkdownInline(record.chartSummary), '');

  heading(SECTIONS.topCandidates);
  if (record.top.length === 0) {
    out.push(MISSING.topCandidates, '');
  } else {
    const heads = (['rank', 'code', 'candidate', 'quadrant', 'impact', 'complexity', 'spread', 'dots'] as const).map((column) => t(`documents:columns.${column}`));
    out.push(`| ${heads.join(' | ')} |`, '| ---: | --- | --- | --- | ---: | ---: | ---: | ---: |');
    for (const row of record.top) {
      const cells = [
        String(row.rank),
        escapeMarkdownCell(row.code),
        escapeMarkdownCell(row.title),
        escapeMarkdownCell(row.quadrant),
        formatScore(row.impact, language),
        formatScore(row.complexity, language),
        formatScore(row.spread, language),
        String(row.dots),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('', `_${t('documents:record.rankingRule', { rule: escapeMarkdownInline(record.rankingRule) })}_`, '');
  }

  heading(SECTIONS.pareto);
  out.push(escapeMarkdownInline(record.pareto.sentence), '');
  if (record.pareto.upToKnee.length > 0) {
    const heads = ['#', ...(['code', 'candidate', 'impact', 'complexity', 'impactSoFar', 'effortSoFar'] as const).map((column) => t(`documents:columns.${column}`))];
    out.push(`| ${heads.join(' | ')} |`, '| ---: | --- | --- | ---: | ---: | ---: | ---: |');
    for (const row of record.pareto.upToKnee) {
      const cells = [
        String(row.rank),
        escapeMarkdownCell(row.code),
        escapeMarkdownCell(row.title),
        formatScore(row.impact, language),
        formatScore(row.complexity, language),
        formatPercent(row.impactPercent, language),
        formatPercent(row.effortPercent, language),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    if (record.pareto.moreUpToKnee > 0) out.push('', moreUpToKneeText(record.pareto.moreUpToKnee, language));
    out.push('', `_${paretoRuleText(language)}_`, '');
  }

  if (record.since !== null) out.push(...sinceLines(record.since, language));

  heading(SECTIONS.focus);
  const focus = record.focus;
  if (focus === null) {
    out.push(MISSING.focus, '');
  } else {
    const name = [focus.code, focus.title].map((part) => escapeMarkdownInline(part)).filter((part) => part !== '').join(' · ');
    out.push(`**${name}**${focus.quadrant !== undefined ? ` (${escapeMarkdownInline(focus.quadrant)})` : ''}`, '');
    out.push(label(t('documents:record.whyThisOne')), '', orMissing(focus.rationale, MISSING.rationale), '');
    out.push(`${label(fieldLabel('keyMetric', language))} ${focus.keyMetric.trim() === '' ? MISSING.keyMetric : escapeMarkdownInline(focus.keyMetric)}`, '');
    out.push(`${label(fieldLabel('measurement', language))} ${focus.measurement.trim() === '' ? MISSING.measurement : escapeMarkdownInline(focus.measurement)}`, '');
    out.push(`${label(t('documents:record.target'))} ${focus.target.trim() === '' ? MISSING.target : escapeMarkdownInline(focus.target)}`, '');
    out.push(label(t('documents:record.firstVersion')), '', orMissing(focus.firstVersion, MISSING.firstVersion), '');
    out.push(
      label(t('documents:record.readiness')),
      '',
      ...(focus.readiness.length === 0
        ? [MISSING.readiness]
        : focus.readiness.map(
            (row) =>
              `- ${t('documents:colon', { label: escapeMarkdownInline(row.item) })} **${row.answer}**${row.evidence === '' ? '' : ` — ${escapeMarkdownInline(row.evidence)}`}${row.owner === '' ? '' : ` ${t('documents:record.ownedBy', { owner: escapeMarkdownInline(row.owner) })}`}`,
          )),
      '',
    );
    out.push(label(t('documents:record.horizon')), '', orMissing(focus.horizon, MISSING.horizon), '');
  }

  heading(SECTIONS.beforeCommitting);
  const { flags, questions } = record.beforeCommitting;
  if (flags.length === 0 && questions.length === 0) out.push(MISSING.beforeCommitting, '');
  if (flags.length > 0) {
    out.push(label(t('documents:record.disagree')), '', ...flags.map((f) => `- **${escapeMarkdownInline(f.code)} · ${escapeMarkdownInline(f.title)}** — ${escapeMarkdownInline(f.sentence)}.`), '');
  }
  if (questions.length > 0) {
    out.push(label(t('documents:record.questions')), '');
    for (const q of questions) {
      out.push(`- **${escapeMarkdownInline(q.code)} · ${escapeMarkdownInline(q.title)}** (${escapeMarkdownInline(q.quadrant)})${q.notStarted ? ` — ${t('documents:record.notStarted')}` : ''}`);
      for (const u of q.unknown) out.push(`  - ${escapeMarkdownInline(u.question)} — ${u.owner === '' ? t('documents:missing.noOwner') : escapeMarkdownInline(u.owner)}`);
    }
    out.push('');
  }

  heading(SECTIONS.runnersUp);
  if (record.runnersUp.length === 0) out.push(record.focus === null ? MISSING.focus : MISSING.runnersUp, '');
  else
    out.push(
      ...record.runnersUp.map(
        (r) => `- **${escapeMarkdownInline(r.code)} · ${escapeMarkdownInline(r.title)}** — ${r.reason === '' ? MISSING.runnerUpReason : escapeMarkdownInline(r.reason)}`,
      ),
      '',
    );

  heading(SECTIONS.withoutMl);
  if (record.withoutMl.length === 0) out.push(MISSING.withoutMl, '');
  else
    out.push(
      ...record.withoutMl.map(
        (c) => `- **${escapeMarkdownInline(c.code)} · ${escapeMarkdownInline(c.title)}** — ${c.alternative === '' ? MISSING.nonMlAlternative : escapeMarkdownInline(c.alternative)}`,
      ),
      '',
    );

  return `${out.join('\n').trimEnd()}\n`;
}
