// The ML brief as Markdown, with the chart (the candidate highlighted) as a file beside it.
// It says what the PDF says, from the same content (ml-brief.ts), at the roomiest fit level.
import type { Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { formatScore } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
import { followUpLearnedLabel, nothingLearnedText } from '../workshop/follow-up-words';
import { escapeMarkdownBlock, escapeMarkdownCell, escapeMarkdownInline, linkDestination } from './markdown-text';
import { briefContext, buildMlBrief, mlBriefFieldLabels, mlBriefMissing, mlBriefSections, mlBriefShortenedNote, type MlBrief } from './ml-brief';

export interface MlBriefMarkdownOptions {
  /** The chart image's file name, relative to the Markdown file; null when there is none. */
  chartImageFileName: string | null;
  generatedAt: Date;
}

function orMissing(text: string, missing: string): string {
  return text === '' ? `_${missing}_` : escapeMarkdownBlock(text);
}

function named(code: string, title: string): string {
  return `**${[code, title].map(escapeMarkdownInline).filter((part) => part !== '').join(' · ')}**`;
}

function planText(brief: MlBrief, value: string, missing: string, language: Language): string {
  return orMissing(value, brief.isFocus ? missing : mlBriefMissing(language).notFocusPlan);
}

function matrixLines(brief: MlBrief, chartImageFileName: string | null, language: Language): string[] {
  const t = textsIn(language);
  const lines: string[] = [];
  const label = t('documents:chart.altHighlighted', { candidate: escapeMarkdownInline(brief.code || brief.title) });
  lines.push(chartImageFileName !== null && chartImageFileName.trim() !== '' ? `![${label}](${linkDestination(chartImageFileName)})` : `_${mlBriefMissing(language).chart}_`, '');
  if (brief.matrix === null) {
    lines.push(`_${t('documents:brief.notOnMatrix')}_`, '');
  } else {
    const { quadrant, rank, of, impact, complexity } = brief.matrix;
    const parts = [
      `**${escapeMarkdownInline(quadrant)}**`,
      t('documents:brief.ranked', { rank: String(rank), of: String(of) }),
      t('documents:brief.impact', { value: formatScore(impact, language) }),
      t('documents:brief.complexity', { value: formatScore(complexity, language) }),
      ...(brief.effort.checklistSays === undefined ? [] : [t('documents:brief.checklistSuggests', { value: formatScore(brief.effort.checklistSays, language) })]),
    ];
    lines.push(parts.join(' · '), '');
  }
  if (brief.effort.flag !== null) lines.push(`> ${escapeMarkdownInline(brief.effort.flag)}`, '');
  return lines;
}

/** The brief of one candidate as Markdown in `language`: a title, then one `##` section per mlBriefSections entry. */
export function mlBriefMarkdown(session: Session, candidateId: string, options: MlBriefMarkdownOptions, language: Language): string {
  const t = textsIn(language);
  const SECTIONS = mlBriefSections(language);
  const MISSING = mlBriefMissing(language);
  const LABELS = mlBriefFieldLabels(language);
  /** A label in bold with its colon: "**Baseline:**". */
  const label = (text: string) => `**${t('documents:colon', { label: text })}**`;
  const brief = buildMlBrief(session, candidateId, options.generatedAt, 0, language);
  const out: string[] = [];
  const heading = (text: string) => out.push(`## ${text}`, '');

  out.push(`# ${t('documents:brief.heading', { candidate: named(brief.code, brief.title) })}`, '');
  out.push(`_${briefContext(brief, escapeMarkdownInline(brief.session.title), language)} · ${t('documents:brief.generated', { date: brief.generatedAt })}._`, '');

  heading(SECTIONS.problem);
  out.push(orMissing(brief.problem, MISSING.problem), '', `${label(LABELS.owner)} ${orMissing(brief.owner, MISSING.owner)}`, '');

  heading(SECTIONS.metric);
  const { keyMetric, baseline, target, measurement } = brief.metric;
  out.push(
    `- ${label(LABELS.keyMetric)} ${orMissing(keyMetric, MISSING.keyMetric)}`,
    `- ${label(LABELS.baseline)} ${orMissing(baseline, MISSING.baseline)}`,
    `- ${label(LABELS.target)} ${planText(brief, target, MISSING.target, language)}`,
    `- ${label(LABELS.measurement)} ${orMissing(measurement, MISSING.measurement)}`,
    '',
  );

  heading(SECTIONS.withoutMl);
  out.push(orMissing(brief.withoutMl, MISSING.withoutMl), '');
  heading(SECTIONS.data);
  out.push(escapeMarkdownInline(brief.data), '');
  heading(SECTIONS.startSmall);
  out.push(planText(brief, brief.firstVersion, MISSING.firstVersion, language), '');
  heading(SECTIONS.thinkBig);
  out.push(planText(brief, brief.horizon, MISSING.horizon, language), '');
  heading(SECTIONS.wrongPrediction);
  out.push(orMissing(brief.wrongPrediction, MISSING.wrongPrediction), '');

  heading(SECTIONS.matrix);
  out.push(...matrixLines(brief, options.chartImageFileName, language));

  heading(SECTIONS.whyThis);
  if (!brief.isFocus) out.push(escapeMarkdownInline(brief.whyThis.focusElsewhere ?? ''), '');
  else {
    out.push(orMissing(brief.whyThis.rationale, MISSING.rationale), '');
    if (brief.whyThis.runnersUp.length > 0) {
      out.push(
        ...brief.whyThis.runnersUp.map((runner) => `- ${t('documents:brief.notRunnerUp', { candidate: named(runner.code, runner.title), reason: orMissing(runner.reason, t('documents:missing.noReason')) })}`),
        '',
      );
    }
  }

  if (brief.followUp !== null) {
    const { followUp } = brief;
    out.push(`## ${escapeMarkdownInline(followUp.heading)}`, '', escapeMarkdownInline(followUp.sentence), '');
    if (followUp.status !== null) out.push(escapeMarkdownInline(followUp.status), '');
    if (followUp.learned !== null) out.push(`${label(followUpLearnedLabel(language))} ${orMissing(followUp.learned, nothingLearnedText(language))}`, '');
  }

  heading(SECTIONS.room);
  if (brief.room.people.length === 0) out.push(`_${MISSING.room}_`, '');
  else {
    const people = brief.room.people.map(escapeMarkdownInline).join(', ');
    out.push(brief.room.more > 0 ? t('documents:brief.peopleAndMore', { people, count: brief.room.more }) : people, '');
  }
  const when = [brief.session.date, brief.session.team].filter((part) => part !== '').map(escapeMarkdownInline).join(' · ');
  if (when !== '') out.push(when, '');

  heading(SECTIONS.readiness);
  if (brief.readiness.rows.length === 0) out.push(`_${MISSING.readiness}_`, '');
  else {
    const heads = (['item', 'answer', 'evidence', 'owner'] as const).map((column) => t(`documents:columns.${column}`));
    out.push(`| ${heads.join(' | ')} |`, '| --- | --- | --- | --- |');
    for (const row of brief.readiness.rows) out.push(`| ${[row.item, row.answer, row.evidence, row.owner].map(escapeMarkdownCell).join(' | ')} |`);
    out.push('');
    if (brief.readiness.others !== null) out.push(escapeMarkdownInline(brief.readiness.others), '');
  }

  heading(SECTIONS.openQuestions);
  if (brief.openQuestions.length === 0) out.push(`_${MISSING.openQuestions}_`, '');
  else {
    out.push(...brief.openQuestions.map((q) => `- ${escapeMarkdownInline(q.question)} — ${q.owner === '' ? `_${MISSING.noOwner}_` : escapeMarkdownInline(q.owner)}`), '');
    if (brief.moreQuestions > 0) out.push(t('documents:brief.moreQuestions', { count: brief.moreQuestions }), '');
  }
  if (brief.shortened) out.push(`_${mlBriefShortenedNote(language)}_`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
