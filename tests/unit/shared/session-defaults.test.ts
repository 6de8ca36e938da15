import { beforeEach, describe, expect, it } from 'vitest';
import { createDefaultCriteria, createEmptySession, createId, defaultCriteria, defaultReadinessItems, defaultSettings, DEFAULT_CRITERIA, DEFAULT_READINESS_ITEM_IDS } from '../../../shared/session/defaults';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { disguiseTexts } from '../../../shared/i18n/texts';
import { fieldLabel } from '../../../shared/session/candidate-fields';
import { defaultReadinessItemNamed } from '../../../shared/session/readiness-item-names';
import { parseSession } from '../../../shared/session/parse';
import { createSampleSession, sampleSession } from '../../../shared/session/sample-session';
import { serializeSession } from '../../../shared/session/serialize';
import type { Session } from '../../../shared/session/schema';

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-${(n += 1)}`;
}

describe('createId', () => {
  it('makes readable, distinct, schema-valid ids', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => createId('cand')));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^cand-[0-9a-f]{12}$/);
  });
});

describe('createEmptySession', () => {
  const now = new Date('2025-06-02T12:00:00.000Z');
  // Made in each test, not once for the block: Stryker credits code to the tests that run it,
  // and code run while the tests are being collected belongs to none of them.
  let session: Session;
  beforeEach(() => {
    session = createEmptySession('en', now, counter());
  });

  it('is a valid session that survives a save and open', () => {
    const result = parseSession(serializeSession(session), 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.session).toEqual(session);
  });

  it('is stamped with the time given and ids from the factory given', () => {
    expect(session.createdAt).toBe('2025-06-02T12:00:00.000Z');
    expect(session.updatedAt).toBe(session.createdAt);
    expect(session.frame.date).toMatch(/^2025-06-0[123]$/);
    expect(session.id).toBe('session-1');
    expect(session.criteria.map((c) => c.id)).toEqual(['crit-2', 'crit-3', 'crit-4', 'crit-5', 'crit-6', 'crit-7', 'crit-8']);
  });

  it('leaves the framing blank for the room to fill in, bar the day', () => {
    expect(session.frame).toEqual({ title: '', date: session.frame.date, team: '', businessGoal: '', goalMetrics: [] });
  });

  it('has the default criteria, weighted as the method suggests', () => {
    expect(session.criteria.map((c) => [c.axis, c.name, c.weight])).toEqual([
      ['impact', 'Business value / ROI', 3],
      ['impact', 'Reach of the key metric', 2],
      ['impact', 'Urgency', 1],
      ['complexity', 'Data readiness', 2],
      ['complexity', 'Technical difficulty', 2],
      ['complexity', 'Production effort', 2],
      ['complexity', 'Know-how gap', 1],
    ]);
    const production = session.criteria.find((c) => c.name === 'Production effort')!;
    for (const word of ['infrastructure', 'scaling', 'availability', 'data security', 'integration', 'reproducibility']) {
      expect(production.description.toLowerCase()).toContain(word);
    }
  });

  it('writes its exports in the language it is made in (the interface’s, passed in), which a save and open keep', () => {
    const german = createEmptySession('de', now, counter());
    expect(german.settings.language).toBe('de');
    expect(createEmptySession('pt', now, counter()).settings.language).toBe('pt');
    const reopened = parseSession(serializeSession(german), 'en');
    expect(reopened.ok && reopened.session.settings.language).toBe('de');
  });

  it('starts blind, on 1–5, split at the midpoint, with nothing decided', () => {
    expect(session.settings).toEqual({ ...defaultSettings('en', 5), language: 'en' });
    expect(session.settings).toMatchObject({
      scale: 5,
      thresholds: { impact: 3, complexity: 3 },
      axisLabels: { impact: 'Impact', complexity: 'Complexity' },
      quadrantNames: { 'quick-wins': 'Quick wins', 'big-bets': 'Big bets', 'fill-ins': 'Fill-ins', 'money-pits': 'Money pits' },
      scoringMode: 'blind',
      aggregation: 'mean',
      revealed: false,
      dotsPerParticipant: 3,
      brainstormMinutes: 15,
    });
    expect(session.decision.focusCandidateId).toBeNull();
    expect([session.participants, session.candidates, session.scores, session.votes]).toEqual([[], [], [], []]);
  });

  it('tells the room what a 1 and a 5 mean on every default criterion, in every language', () => {
    for (const language of LANGUAGES) {
      for (const { name, description } of defaultCriteria(language)) {
        expect(description, `${language} ${name}`).toMatch(/\b1 = .+, 5 = .+\.$/);
      }
    }
  });

  it('gives the default criteria readable, distinct keys for the ids of the sample', () => {
    const keys = DEFAULT_CRITERIA.map((each) => each.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+$/);
    expect(sampleSession.criteria.map((each) => each.id)).toEqual(keys.map((key) => `crit-${key}`));
  });

  it('gives every call its own criteria', () => {
    expect(createDefaultCriteria('en', counter())).toHaveLength(DEFAULT_CRITERIA.length);
    expect(createEmptySession('en', now).criteria[0]!.id).not.toBe(createEmptySession('en', now).criteria[0]!.id);
  });
});

describe('a new session in another language', () => {
  const now = new Date('2025-06-02T12:00:00.000Z');
  const OTHERS = LANGUAGES.filter((language) => language !== 'en');
  /** The words a language writes as English does. */
  const SAME_IN: readonly (readonly [Language, string])[] = [
    ['de', 'Monitoring'],
    ['fr', 'Impact'],
    ['fr', 'Infrastructure'],
  ];
  /** Everything of a session but the words its starting content is written in. */
  const shape = (session: Session) => ({
    criteria: session.criteria.map(({ id, axis, weight }) => ({ id, axis, weight })),
    readinessItems: session.readinessItems.map((item) => item.id),
    settings: { ...session.settings, axisLabels: null, quadrantNames: null, language: null },
  });
  /** Every text of a session's starting content, in order. */
  const words = (session: Session) => [
    ...session.criteria.flatMap((criterion) => [criterion.name, criterion.description]),
    ...session.readinessItems.flatMap((item) => [item.name, item.question]),
    ...Object.values(session.settings.axisLabels),
    ...Object.values(session.settings.quadrantNames),
  ];

  it.each(OTHERS)('%s: criteria, readiness items, axis labels and quadrant names in that language, with the English session’s ids, axes and weights', (language) => {
    const english = createEmptySession('en', now, counter());
    const translated = createEmptySession(language, now, counter());
    expect(shape(translated)).toEqual(shape(english));
    expect(translated.readinessItems.map((item) => item.id)).toEqual([...DEFAULT_READINESS_ITEM_IDS]);
    // Not one text left in English: every name, description, question and label is translated.
    const [theirs, ours] = [words(translated), words(english)];
    expect(theirs).toHaveLength(ours.length);
    const untranslated = theirs.filter((text, i) => text === ours[i] && !SAME_IN.some(([lang, same]) => lang === language && same === text));
    expect(untranslated).toEqual([]);
    const reopened = parseSession(serializeSession(translated), 'en');
    expect(reopened.ok && reopened.session).toEqual(translated);
  });

  it('speaks the room’s words: German, French, Spanish and Portuguese examples', () => {
    const names = (language: Language) => {
      const session = createEmptySession(language, now, counter());
      return [session.criteria[0]!.name, session.readinessItems[0]!.name, session.settings.axisLabels.impact, session.settings.quadrantNames['quick-wins']];
    };
    expect(names('de')).toEqual(['Geschäftswert / ROI', 'Daten verfügbar', 'Wirkung', 'Quick Wins']);
    expect(names('fr')).toEqual(['Valeur métier / ROI', 'Données disponibles', 'Impact', 'Gains rapides']);
    expect(names('es')).toEqual(['Valor de negocio / ROI', 'Datos disponibles', 'Impacto', 'Victorias rápidas']);
    expect(names('pt')).toEqual(['Valor de negócio / ROI', 'Dados disponíveis', 'Impacto', 'Ganhos rápidos']);
  });

  it('names the data-available item as the candidate’s “Data available” field is named in that language', () => {
    for (const language of LANGUAGES) {
      const item = defaultReadinessItems(language).find((each) => each.id === 'data-available')!;
      expect([language, item.name]).toEqual([language, fieldLabel('dataAvailability', language)]);
    }
  });

  it('knows each default readiness item by its name in every language, which never names two items, for an import from a session that started in another', () => {
    for (const language of LANGUAGES) {
      for (const item of defaultReadinessItems(language)) {
        expect([language, item.name, defaultReadinessItemNamed(item.name)]).toEqual([language, item.name, item.id]);
        expect(defaultReadinessItemNamed(` ${item.name.toUpperCase()} `)).toBe(item.id);
      }
    }
    expect(defaultReadinessItemNamed('Carbon footprint')).toBeUndefined();
    expect(defaultReadinessItemNamed('')).toBeUndefined();
  });

  it('writes its starting content as it is, not disguised, while the pseudo-locale disguises Pickwise’s words', () => {
    disguiseTexts(true);
    try {
      expect(createEmptySession('en', now, counter()).criteria[0]!.name).toBe('Business value / ROI');
      expect(fieldLabel('title', 'en')).not.toBe('Title');
    } finally {
      disguiseTexts(false);
    }
  });
});

describe('sampleSession', () => {
  it('is valid as shipped', () => {
    const result = parseSession(serializeSession(sampleSession), 'en');
    expect(result.ok && result.migratedFrom).toBeNull();
  });

  it('has a full room and a full score sheet', () => {
    expect(new Set(sampleSession.participants.map((p) => p.background))).toEqual(new Set(['business', 'technical', 'domain', 'data']));
    expect(sampleSession.candidates).toHaveLength(12);
    expect(sampleSession.criteria).toHaveLength(7);
    expect(sampleSession.scores).toHaveLength(12 * 4 * 7);
    expect(sampleSession.settings.revealed).toBe(true);
    expect(sampleSession.votes.length).toBeGreaterThan(0);
  });

  it('fills every field, except one key metric left open so the flag shows', () => {
    const withoutMetric = sampleSession.candidates.filter((c) => c.keyMetric === '');
    expect(withoutMetric).toHaveLength(1);
    expect(sampleSession.candidates.map((c) => c.code)).toEqual(Array.from({ length: 12 }, (_, i) => `C${i + 1}`));
    for (const candidate of sampleSession.candidates) {
      for (const field of ['problem', 'owner', 'baseline', 'measurement', 'nonMlAlternative', 'wrongPredictionCost', 'notes'] as const) {
        expect(candidate[field], `${candidate.code}.${field}`).not.toBe('');
      }
      expect(candidate.tags.length).toBeGreaterThan(0);
    }
  });

  it('fills the framing, the room’s names and every runner-up’s reason, and shows the default settings revealed', () => {
    const { frame } = sampleSession;
    for (const field of ['title', 'date', 'team', 'businessGoal'] as const) expect(frame[field], field).not.toBe('');
    expect(frame.goalMetrics.length).toBeGreaterThan(0);
    for (const metric of frame.goalMetrics) expect(metric).not.toBe('');
    for (const { name } of sampleSession.participants) expect(name).toMatch(/^\S+ \S+$/);
    for (const { whyNotNow } of sampleSession.decision.runnersUp) expect(whyNotNow).not.toBe('');
    expect(sampleSession.readinessItems).toEqual(defaultReadinessItems('en'));
    expect(sampleSession.settings).toEqual({ ...defaultSettings('en', 5), revealed: true });
  });

  it('keeps the SQL job as its own outcome', () => {
    const buckets = sampleSession.candidates.find((c) => c.title.includes('Quantile bucketing'))!;
    expect(buckets).toMatchObject({ betterWithoutMl: true, status: 'non-ml' });
  });

  it('records a decision with three runners-up', () => {
    const { decision } = sampleSession;
    const focus = sampleSession.candidates.find((c) => c.id === decision.focusCandidateId)!;
    expect(focus.title).toMatch(/churn|ticket/i);
    expect(decision.runnersUp).toHaveLength(3);
    for (const field of ['rationale', 'target', 'firstVersion', 'horizon'] as const) {
      expect(decision[field]).not.toBe('');
    }
    expect(focus.keyMetric).not.toBe('');
  });

  it('has a real spread of scores: room to disagree', () => {
    const values = new Set(sampleSession.scores.map((s) => s.value));
    expect([...values].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('hands out copies that do not share state with the sample', () => {
    const copy = createSampleSession();
    copy.candidates[0]!.title = 'changed';
    expect(sampleSession.candidates[0]!.title).not.toBe('changed');
  });

  it('has no language of exports chosen; a copy opened as a new session writes its exports in the language passed', () => {
    expect(sampleSession.settings.language).toBeNull();
    expect(createSampleSession().settings.language).toBeNull();
    expect(createSampleSession('es').settings.language).toBe('es');
    expect(sampleSession.settings.language).toBeNull();
  });
});
