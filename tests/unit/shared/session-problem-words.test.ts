import { describe, expect, it } from 'vitest';
import {
  isAbsent,
  missingSentence,
  placeOf,
  problemsMessage,
  quoteText,
  subjectOf,
  valueAt,
  valueWords,
} from '../../../shared/session/problem-words';
import { sampleSession } from '../../../shared/session/sample-session';
import { serializeSession } from '../../../shared/session/serialize';

// How a message names a place in the file (problem-words.ts): every field of the format in the
// words a facilitator reads, never the name the code gives it.

const data = JSON.parse(JSON.stringify(sampleSession)) as unknown;
const where = (...path: PropertyKey[]) => subjectOf(placeOf(path, data, 'en'));

describe('placeOf: the follow-up section of a version-3 file', () => {
  it('names each field of its parts, a part alone, an unknown part or field, and the section itself', () => {
    expect(where('followUp', 'outcome', 'status')).toBe('the status of the earlier focus of the follow-up');
    expect(where('followUp', 'earlier', 'fileName')).toBe('the file name of the earlier session of the follow-up');
    expect(where('followUp', 'outcome')).toBe('the outcome of the earlier focus of the follow-up');
    expect(where('followUp', 'focus', 'colour')).toBe('field “colour” of the follow-up');
    expect(where('followUp', 'mood', 'level')).toBe('field “level” of field “mood” of the follow-up');
    expect(where('followUp')).toBe('the follow-up section (the earlier session and what became of its focus) of the session');
  });
});

describe('placeOf: the score tables of a version-2 file', () => {
  const file = JSON.parse(serializeSession(sampleSession)) as unknown;
  const inFile = (...path: PropertyKey[]) => subjectOf(placeOf(path, file, 'en'));

  it('names a row by who gave it and for which candidate, and a cell by its criterion', () => {
    expect(inFile('scores', 'rows', 5)).toBe('score row 6 (by “Priya Nair”, for “Product recommendations in the web shop”)');
    expect(inFile('scores', 'rows', 5, 0)).toBe('the candidate of score row 6 (by “Priya Nair”, for “Product recommendations in the web shop”)');
    expect(inFile('scores', 'rows', 5, 1)).toBe('the participant of score row 6 (by “Priya Nair”, for “Product recommendations in the web shop”)');
    expect(inFile('scores', 'rows', 5, 3)).toBe('the score on “Reach of the key metric” of score row 6 (by “Priya Nair”, for “Product recommendations in the web shop”)');
    expect(inFile('scores', 'rows', 5, 'x')).toBe('field “x” of score row 6 (by “Priya Nair”, for “Product recommendations in the web shop”)');
    expect(inFile('scores', 'rows', 500)).toBe('score row 501');
    expect(inFile('scores', 'rows', 500, 9)).toBe('score in column 8 of score row 501');
    expect(inFile('scores', 'rows')).toBe('the list of rows of the score table');
    expect(inFile('scores', 'rows', 'x')).toBe('field “x” of the list of rows of the score table');
  });

  it('names a column by its number, and a consensus row by its candidate', () => {
    expect(inFile('scores', 'criteria', 2)).toBe('criterion column 3 of the score table');
    expect(inFile('scores', 'criteria')).toBe('the list of criterion columns of the score table');
    expect(inFile('consensusScores', 'criteria', 0)).toBe('criterion column 1 of the consensus score table');
    const consensus = JSON.parse(serializeSession({ ...sampleSession, consensusScores: [{ candidateId: 'cand-feed', criterionId: 'crit-urgency', value: 2 }] })) as unknown;
    expect(subjectOf(placeOf(['consensusScores', 'rows', 0], consensus, 'en'))).toBe('consensus score row 1 (for “Personalised video feed in the app”)');
    expect(subjectOf(placeOf(['consensusScores', 'rows', 0, 3], consensus, 'en'))).toBe('the score on “Urgency” of consensus score row 1 (for “Personalised video feed in the app”)');
    expect(subjectOf(placeOf(['consensusScores', 'rows', 0, 0], consensus, 'en'))).toBe('the candidate of consensus score row 1 (for “Personalised video feed in the app”)');
  });
});

describe('placeOf: every field of the file in words', () => {
  it.each([
    ['format', 'the format of the session'],
    ['version', 'the version of the session'],
    ['id', 'the id of the session'],
    ['createdAt', 'the creation time of the session'],
    ['updatedAt', 'the time of last change of the session'],
    ['frame', 'the framing section (title, date, team and goal) of the session'],
    ['participants', 'the list of participants of the session'],
    ['criteria', 'the list of criteria of the session'],
    ['readinessItems', 'the list of readiness items of the session'],
    ['candidates', 'the list of candidates of the session'],
    ['scores', 'the score table of the session'],
    ['consensusScores', 'the consensus score table of the session'],
    ['votes', 'the list of dot votes of the session'],
    ['settings', 'the settings section of the session'],
    ['decision', 'the decision section of the session'],
    ['colour', 'field “colour” of the session'],
  ])('the session’s %s', (key, words) => {
    expect(where(key)).toBe(words);
  });

  it.each([
    ['title', 'the title of the session'],
    ['date', 'the date of the session'],
    ['team', 'the team of the session'],
    ['businessGoal', 'the business goal of the session'],
    ['goalMetrics', 'the list of goal metrics of the session'],
    ['mood', 'field “mood” of the session'],
  ])('the frame’s %s', (key, words) => {
    expect(where('frame', key)).toBe(words);
  });

  it('a goal metric by its number', () => {
    expect(where('frame', 'goalMetrics', 1)).toBe('goal metric 2 of the session');
    expect(where('frame', 'goalMetrics', 1, 'x')).toBe('field “x” of goal metric 2 of the session');
  });

  it.each([
    ['id', 'the id of participant 2 (“Priya Nair”)'],
    ['name', 'the name of participant 2 (“Priya Nair”)'],
    ['background', 'the background of participant 2 (“Priya Nair”)'],
    ['scoringDone', 'the “done scoring” mark of participant 2 (“Priya Nair”)'],
  ])('a participant’s %s', (key, words) => {
    expect(where('participants', 1, key)).toBe(words);
  });

  it.each([
    ['id', 'the id'],
    ['axis', 'the axis'],
    ['name', 'the name'],
    ['description', 'the description'],
    ['weight', 'the weight'],
  ])('a criterion’s %s', (key, words) => {
    expect(where('criteria', 2, key)).toBe(`${words} of criterion 3 (“Urgency”)`);
  });

  it.each([
    ['id', 'the id'],
    ['code', 'the code'],
    ['title', 'the title'],
    ['problem', 'the problem statement'],
    ['owner', 'the owner'],
    ['keyMetric', 'the key metric'],
    ['baseline', 'the baseline'],
    ['measurement', 'the measurement'],
    ['dataAvailability', 'the data availability'],
    ['nonMlAlternative', 'the non-ML alternative'],
    ['betterWithoutMl', 'the “better without ML” mark'],
    ['wrongPredictionCost', 'the cost of a wrong prediction'],
    ['tags', 'the list of tags'],
    ['notes', 'the notes'],
    ['status', 'the status'],
    ['override', 'the place on the map'],
    ['createdAt', 'the creation time'],
  ])('a candidate’s %s', (key, words) => {
    expect(where('candidates', 0, key)).toBe(`${words} of candidate 1 (“Fraud detection for card payments”)`);
  });

  it('a candidate’s tag, and each axis of its place on the map', () => {
    expect(where('candidates', 0, 'tags', 1)).toBe('tag 2 of candidate 1 (“Fraud detection for card payments”)');
    expect(where('candidates', 0, 'override', 'impact')).toBe('the impact of the place on the map of candidate 1 (“Fraud detection for card payments”)');
    expect(where('candidates', 0, 'override', 'complexity')).toBe('the complexity of the place on the map of candidate 1 (“Fraud detection for card payments”)');
    expect(where('candidates', 0, 'override', 'size')).toBe('field “size” of the place on the map of candidate 1 (“Fraud detection for card payments”)');
  });

  it('a candidate without a title by its code, and without either by its number alone', () => {
    const untitled = { candidates: [{ code: 'C9', title: '  ' }, { title: 3 }] };
    expect(subjectOf(placeOf(['candidates', 0, 'owner'], untitled, 'en'))).toBe('the owner of candidate 1 (C9)');
    expect(subjectOf(placeOf(['candidates', 1, 'owner'], untitled, 'en'))).toBe('the owner of candidate 2');
  });

  it.each([
    ['participantId', 'participant'],
    ['candidateId', 'candidate'],
    ['criterionId', 'criterion'],
    ['value', 'value'],
  ])('a score’s %s', (key, words) => {
    expect(where('scores', 0, key)).toBe(`the ${words} of score 1 (by “Maria Lopez”, for “Fraud detection for card payments”, on “Business value / ROI”)`);
  });

  it('a consensus score and a dot vote, named by what the file says of them', () => {
    const room = {
      participants: [{ id: 'p', name: 'Ana' }],
      candidates: [{ id: 'c', title: 'Churn' }],
      criteria: [{ id: 'k', name: 'Urgency' }],
      consensusScores: [{ candidateId: 'c', criterionId: 'k' }, { candidateId: 'gone' }],
      votes: [{ participantId: 'p', candidateId: 'c' }],
    };
    expect(subjectOf(placeOf(['consensusScores', 0, 'value'], room, 'en'))).toBe('the value of consensus score 1 (for “Churn”, on “Urgency”)');
    expect(subjectOf(placeOf(['consensusScores', 1], room, 'en'))).toBe('consensus score 2');
    expect(subjectOf(placeOf(['votes', 0, 'dots'], room, 'en'))).toBe('the number of dots of dot vote 1 (by “Ana”, for “Churn”)');
    expect(subjectOf(placeOf(['votes', 0], room, 'en'))).toBe('dot vote 1 (by “Ana”, for “Churn”)');
  });

  it.each([
    ['scale', 'the scoring scale'],
    ['thresholds', 'the thresholds'],
    ['axisLabels', 'the axis titles'],
    ['quadrantNames', 'the quadrant names'],
    ['scoringMode', 'the scoring mode'],
    ['aggregation', 'the way of combining scores (mean or median)'],
    ['scoreByBackground', 'the “score by background” mark'],
    ['revealed', 'the “scores revealed” mark'],
    ['dotsPerParticipant', 'the number of dots per participant'],
    ['brainstormMinutes', 'the length of the brainstorm in minutes'],
  ])('a setting: %s', (key, words) => {
    expect(where('settings', key)).toBe(`${words} of the settings`);
  });

  it('a threshold, an axis title and a quadrant name by their axis or quadrant', () => {
    expect(where('settings', 'thresholds', 'impact')).toBe('the impact threshold of the settings');
    expect(where('settings', 'thresholds', 'complexity')).toBe('the complexity threshold of the settings');
    expect(where('settings', 'thresholds', 'x')).toBe('field “x” of the thresholds of the settings');
    expect(where('settings', 'axisLabels', 'impact')).toBe('the title of the impact axis of the settings');
    expect(where('settings', 'axisLabels', 'complexity')).toBe('the title of the complexity axis of the settings');
    expect(where('settings', 'axisLabels', 2)).toBe('item 3 of the axis titles of the settings');
    expect(where('settings', 'quadrantNames', 'big-bets')).toBe('the name of the big-bets quadrant of the settings');
    expect(where('settings', 'quadrantNames', 0)).toBe('item 1 of the quadrant names of the settings');
  });

  it.each([
    ['focusCandidateId', 'the focus problem'],
    ['rationale', 'the reason for the focus'],
    ['keyMetric', 'the key metric'],
    ['target', 'the target'],
    ['firstVersion', 'the first small version'],
    ['horizon', 'the long-term horizon'],
    ['runnersUp', 'the list of runners-up'],
  ])('the decision’s %s', (key, words) => {
    expect(where('decision', key)).toBe(`${words} of the decision`);
  });

  it('a readiness item by its number and name, and a candidate’s readiness answer by its number', () => {
    expect(where('readinessItems', 1)).toBe('readiness item 2 (“Data quality and labels”)');
    expect(where('readinessItems', 1, 'question')).toBe('the question of readiness item 2 (“Data quality and labels”)');
    expect(where('readinessItems', 1, 'colour')).toBe('field “colour” of readiness item 2 (“Data quality and labels”)');
    expect(where('candidates', 4, 'readiness')).toBe('the readiness checklist of candidate 5 (“Churn prediction for loyalty members”)');
    expect(where('candidates', 4, 'readiness', 2)).toBe('readiness answer 3 of candidate 5 (“Churn prediction for loyalty members”)');
    expect(where('candidates', 4, 'readiness', 2, 'owner')).toBe('the owner of readiness answer 3 of candidate 5 (“Churn prediction for loyalty members”)');
    expect(where('candidates', 4, 'readiness', 2, 'itemId')).toBe('the readiness item of readiness answer 3 of candidate 5 (“Churn prediction for loyalty members”)');
    expect(where('candidates', 4, 'readiness', 2, 'answer', 0)).toBe('item 1 of the answer of readiness answer 3 of candidate 5 (“Churn prediction for loyalty members”)');
  });

  it('a runner-up by its number, with its title', () => {
    expect(where('decision', 'runnersUp', 0)).toBe('runner-up 1 (“Support-ticket routing”) of the decision');
    expect(where('decision', 'runnersUp', 0, 'whyNotNow')).toBe('the reason why not now of runner-up 1 (“Support-ticket routing”) of the decision');
    expect(where('decision', 'runnersUp', 1, 'candidateId')).toBe('the candidate of runner-up 2 (“Demand forecasting for store replenishm…”) of the decision');
    expect(where('decision', 'runnersUp', 1, 'rank')).toBe('field “rank” of runner-up 2 (“Demand forecasting for store replenishm…”) of the decision');
    expect(where('decision', 'runnersUp', 5)).toBe('runner-up 6 of the decision');
  });

  it('goes below the format’s own fields item by item', () => {
    expect(where('candidates', 0, 'notes', 2, 'x')).toBe('field “x” of item 3 of the notes of candidate 1 (“Fraud detection for card payments”)');
    expect(where('participants', 0, 'name', 0)).toBe('item 1 of the name of participant 1 (“Maria Lopez”)');
    expect(where('criteria', 0, 'weight', 'x')).toBe('field “x” of the weight of criterion 1 (“Business value / ROI”)');
    expect(where('scores', 0, 'value', 0)).toBe(
      'item 1 of the value of score 1 (by “Maria Lopez”, for “Fraud detection for card payments”, on “Business value / ROI”)',
    );
    expect(where('settings', 'scale', 0)).toBe('item 1 of the scoring scale of the settings');
    expect(where('decision', 'rationale', 0)).toBe('item 1 of the reason for the focus of the decision');
    expect(where('frame', 'title', 0)).toBe('item 1 of the title of the session');
    expect(where('id', 'x')).toBe('field “x” of the id of the session');
    expect(where('colour', 4)).toBe('item 5 of field “colour” of the session');
    expect(where()).toBe('the session');
  });

  it('a field found under another field is no axis of the map or of the settings', () => {
    expect(where('candidates', 0, 'baseline', 'impact')).toBe('field “impact” of the baseline of candidate 1 (“Fraud detection for card payments”)');
    expect(where('settings', 'scale', 'complexity')).toBe('field “complexity” of the scoring scale of the settings');
  });

  it('a quadrant named in the file by words that start a numbered field still takes its article', () => {
    expect(where('settings', 'quadrantNames', 'field trials')).toBe('the name of the field trials quadrant of the settings');
  });

  it('a field by its number where the file has a list instead of an object', () => {
    expect(where('participants', 0, 3)).toBe('item 4 of participant 1 (“Maria Lopez”)');
    expect(where('scores', 1, 0)).toMatch(/^item 1 of score 2 \(by /);
  });

  it('a step of a path that JSON cannot hold (a symbol) is called a field, never quoted', () => {
    expect(where('participants', 0, Symbol('s'))).toBe('the field of participant 1 (“Maria Lopez”)');
    expect(where('candidates', 0, 'notes', Symbol('s'))).toBe('field of the notes of candidate 1 (“Fraud detection for card payments”)');
  });

  it('a score names only who and what its own ids point at, and nothing when the list it points into is no list', () => {
    const room = {
      participants: [{ name: 'Ana' }],
      candidates: { c: { id: 'c', title: 'Churn' } },
      criteria: [{ id: 'k', name: 'Urgency' }],
      scores: [{ candidateId: 'c', criterionId: 'k' }],
    };
    expect(subjectOf(placeOf(['scores', 0, 'value'], room, 'en'))).toBe('the value of score 1 (on “Urgency”)');
  });

  it('names an item of a list by its number, and the list item itself as the owner', () => {
    expect(placeOf(['participants', 0], data, 'en')).toMatchObject({ owner: 'participant 1 (“Maria Lopez”)', field: null });
    expect(placeOf(['criteria', 0], data, 'en')).toMatchObject({ owner: 'criterion 1 (“Business value / ROI”)', field: null });
    expect(placeOf(['candidates', 0], data, 'en')).toMatchObject({ owner: 'candidate 1 (“Fraud detection for card payments”)', field: null });
    expect(placeOf(['settings'], data, 'en')).toMatchObject({ owner: 'the session', field: 'settings section' });
  });
});

describe('missingSentence and the plural: the sentence for an absent field', () => {
  it('says who has no such field, in the number the subject needs', () => {
    expect(missingSentence(placeOf(['candidates', 0, 'title'], {}, 'en'), 'en')).toBe('candidate 1 has no title');
    expect(missingSentence(placeOf(['settings', 'scale'], {}, 'en'), 'en')).toBe('the settings have no scoring scale');
    expect(missingSentence(placeOf(['candidates', 3], {}, 'en'), 'en')).toBe('candidate 4 is missing');
  });

  it.each([
    [['candidates', 2, 'notes'], true],
    [['settings', 'thresholds'], true],
    [['settings', 'axisLabels'], true],
    [['settings', 'quadrantNames'], true],
    [['settings'], false],
    [['candidates', 2, 'title'], false],
    [['candidates', 2, 'notes', 2], false],
    [['settings', 'thresholds', 'impact'], false],
    [['settings', 'x'], false],
  ])('%j: a subject English says “are” and “have” of, or not', (path, plural) => {
    expect(placeOf(path, data, 'en').plural).toBe(plural);
  });

  it('the settings as a whole are plural too, as a subject and as an owner', () => {
    expect(placeOf(['settings', 'scale'], data, 'en')).toMatchObject({ subject: 'the scoring scale of the settings', plural: false, ownerPlural: true });
  });
});

describe('quoteText: text from the file, safe and short', () => {
  it('flattens line breaks, tabs and other control characters to single spaces', () => {
    expect(quoteText('  Churn\n\tprediction\u0000\u0085now\u2028x  ', 'en')).toBe('“Churn prediction now x”');
  });

  it('collapses each run of spaces, however wide, to one', () => {
    expect(quoteText('Churn   prediction \u00a0 now', 'en')).toBe('“Churn prediction now”');
  });

  it('keeps 40 characters whole and shortens 41 to 39 and an ellipsis, counting characters, not code units', () => {
    expect(quoteText('a'.repeat(40), 'en')).toBe(`“${'a'.repeat(40)}”`);
    expect(quoteText('a'.repeat(41), 'en')).toBe(`“${'a'.repeat(39)}…”`);
    expect(quoteText('😀'.repeat(40), 'en')).toBe(`“${'😀'.repeat(40)}”`);
    expect(quoteText('😀'.repeat(41), 'en')).toBe(`“${'😀'.repeat(39)}…”`);
  });
});

describe('valueWords: a value from the file in words', () => {
  it.each([
    [null, 'null'],
    [[], 'an empty list'],
    [[1], 'a list'],
    ['', 'empty text'],
    ['sales', 'the text “sales”'],
    [42, '42'],
    [Infinity, 'a number too large to read'],
    [false, 'false'],
    [true, 'true'],
    [{}, 'an object'],
    [undefined, 'nothing'],
  ])('%j reads “%s”', (value, words) => {
    expect(valueWords(value, 'en')).toBe(words);
  });
});

describe('valueAt and isAbsent', () => {
  it('walk own fields and list items only', () => {
    const file = { a: [{ b: 1 }], c: null };
    expect(valueAt(file, ['a', 0, 'b'])).toBe(1);
    expect(valueAt(file, ['a', '0'])).toBeUndefined();
    expect(valueAt({ a: { 0: 'x' } }, ['a', 0])).toBeUndefined();
    expect(valueAt(file, ['a', 0, 'toString'])).toBeUndefined();
    expect(valueAt(file, ['c', 'd'])).toBeUndefined();
    expect(valueAt(file, [Symbol('s')])).toBeUndefined();
    expect(isAbsent(file, ['c'])).toBe(false);
    expect(isAbsent(file, ['a', 1])).toBe(true);
    expect(isAbsent(undefined, [])).toBe(false);
  });
});

describe('problemsMessage: one message for several problems', () => {
  it('says the one problem as a sentence', () => {
    expect(problemsMessage(['the title of candidate 1 is empty'], 1, null, 'en')).toBe('The title of candidate 1 is empty.');
  });

  it('has a sentence of its own when no problem could be named', () => {
    expect(problemsMessage([], 0, null, 'en')).toBe('The file does not match the format of a Pickwise session.');
  });

  it('counts the problems, names the first three and says how many more', () => {
    expect(problemsMessage(['a', 'b'], 2, null, 'en')).toBe('The file has 2 problems: a; b.');
    expect(problemsMessage(['a', 'b', 'c'], 3, null, 'en')).toBe('The file has 3 problems: a; b; c.');
    expect(problemsMessage(['a', 'b', 'c', 'd'], 5, null, 'en')).toBe('The file has 5 problems: a; b; c; and 2 more.');
    expect(problemsMessage(['a'], 4, null, 'en')).toBe('The file has 4 problems: a; and 3 more.');
  });
});

describe('the words of another language (shared/i18n/catalogues/<language>/files.ts)', () => {
  it('names a place with the language’s words and quotes, the file’s own text left as it is', () => {
    expect(placeOf(['candidates', 0, 'title'], data, 'de').subject).toBe('Feld „Titel“ von Kandidat 1 („Fraud detection for card payments“)');
    expect(placeOf(['candidates', 0, 'tags', 1], data, 'fr').subject).toBe('l’étiquette 2 du candidat 1 («\u00a0Fraud detection for card payments\u00a0»)');
    expect(missingSentence(placeOf(['settings', 'scale'], {}, 'es'), 'es')).toBe('la configuración no tiene el campo «escala de puntuación»');
    expect(valueWords('sales', 'pt')).toBe('o texto “sales”');
  });

  it('says several problems, and the upgrade they came after, in whole sentences of the language', () => {
    expect(problemsMessage(['a', 'b', 'c', 'd'], 4, null, 'de')).toBe('Die Datei hat 4 Probleme: a; b; c; und 1 weiteres.');
    expect(problemsMessage(['le candidat 1 manque'], 1, 0, 'fr')).toBe('Le candidat 1 manque (après la mise à jour depuis la version 0).');
  });
});
