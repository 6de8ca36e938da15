import { describe, expect, it } from 'vitest';
import {
  comparisonNotes,
  createSampleSession,
  criterionChangeWords,
  decisionRecordMarkdown,
  decisionRecordHtml,
  mlBriefMarkdown,
  readinessFlags,
  readinessFlagSentence,
  sinceHeading,
} from '../../../shared';
import { textsIn } from '../../../shared/i18n/texts';
import { unpackTable } from '../../../shared/session/score-table';

// The texts Pickwise writes carry their numbers and dates as their language writes them
// (shared/i18n/numbers.ts, dates.ts): the comparison's notes, the readiness flag, the decision
// record and the ML brief. English stays exactly as it was; the others' tests are beside it.

const AT = new Date(2025, 2, 12, 16, 5);
const STILL = { impact: 3, complexity: 3 };
const LABELS = { impact: 'Wert', complexity: 'Aufwand' };

describe('the comparison’s words', () => {
  it('writes moved thresholds and weights with a decimal comma in German', () => {
    const notes = comparisonNotes(
      { thresholds: { before: STILL, after: { impact: 3.5, complexity: 2.25 }, moved: true }, criteria: [{ name: 'Daten', before: { axis: 'impact', weight: 1 }, after: { axis: 'impact', weight: 1.5 } }], rescaledFrom: null },
      LABELS,
      'de',
    );
    expect(notes[0]).toBe('Schwellen verschoben: Wert 3,0 → 3,5, Aufwand 3,0 → 2,3.');
    expect(notes[1]).toBe('Kriterien geändert: Daten: Gewichtung 1 → 1,5.');
    expect(criterionChangeWords({ name: 'Data', before: { axis: 'impact', weight: 1 }, after: { axis: 'impact', weight: 1.5 } }, 'en')).toBe('Data: weight 1 → 1.5');
  });

  it('names the earlier session by its date as the language writes it', () => {
    const earlier = { title: 'Q1 workshop', date: '2025-03-12' };
    expect(sinceHeading(earlier, 'en')).toBe('Since “Q1 workshop”, 2025-03-12');
    expect(sinceHeading(earlier, 'de')).toBe('Seit „Q1 workshop“, 12.03.2025');
    expect(sinceHeading(earlier, 'fr')).toContain('12/03/2025');
  });
});

describe('the readiness flag', () => {
  it('says what the checklist suggests as the language writes it (the sample’s C7: 4.5)', () => {
    const session = createSampleSession();
    const flag = readinessFlags(session).get('cand-tickets')!;
    expect(readinessFlagSentence(flag, 'en')).toContain('the checklist says 4.5');
    expect(readinessFlagSentence(flag, 'de')).toContain('die Checkliste sagt 4,5');
    expect(readinessFlagSentence(flag, 'pt')).toContain('4,5');
  });
});

describe('the decision record and the brief', () => {
  const sample = createSampleSession();

  it('write scores, percents and dates in German as German writes them', () => {
    const md = decisionRecordMarkdown(sample, { chartImageFileName: null, generatedAt: AT }, 'de');
    expect(md).toContain('12.03.2025');
    expect(md).toContain('Entscheidungsprotokoll, erstellt von Pickwise am 12.03.2025, 16:05.');
    expect(md).toMatch(/\| \d,\d \| \d,\d \|/u);
    expect(md).not.toMatch(/\| \d\.\d \|/u);
    expect(md).toMatch(/\| \d+\u00a0% \|/u);
    expect(md).not.toContain('2025-03-12');
    const page = decisionRecordHtml(sample, { chartImageDataUrl: null, generatedAt: AT }, 'de');
    expect(page).toMatch(/<td class="num">\d,\d<\/td>/u);
    expect(page).not.toMatch(/<td class="num">\d\.\d<\/td>/u);
  });

  it('write them in English as they always have', () => {
    const md = decisionRecordMarkdown(sample, { chartImageFileName: null, generatedAt: AT }, 'en');
    expect(md).toContain('2025-03-12 16:05');
    expect(md).toMatch(/\| \d\.\d \| \d\.\d \|/u);
    expect(md).toMatch(/\| \d+ % \|/u);
  });

  it('write the brief’s numbers and date in the language it is written in', () => {
    const brief = mlBriefMarkdown(sample, 'cand-churn', { chartImageFileName: null, generatedAt: AT }, 'fr');
    expect(brief).toContain('12/03/2025 16:05');
    expect(brief).toMatch(/impact \d,\d · complexité \d,\d/u);
  });
});

describe('a file’s problems', () => {
  it('count a limit as the language groups it', () => {
    const rows = Array.from({ length: 501 }, (_, i) => [`cand-${i}`, `p-${i}`, 1, 2]);
    const tooMany = unpackTable({ criteria: ['a', 'b'], rows }, 'scores', 'de', 1000);
    if (tooMany.ok || 'issues' in tooMany) throw new Error('expected the table refused as too large');
    expect(tooMany.problems[0]!.sentence('Die Tabelle', textsIn('de'))).toBe('Die Tabelle enthält mehr als 1.000 Bewertungen');
  });
});
