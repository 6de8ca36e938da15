// A problem in a session file, said the way a person reads the session rather than the way
// the code stores it: "candidate 4 (“Churn prediction”) has no title", not
// `candidates[3].title: missing`. Used by every check that reads a file (schema, references,
// structure, migrations), so a message never quotes a parser's or validator's own words.

type Path = readonly PropertyKey[];

/** What a problem is about: whose field ("candidate 4 (“Churn prediction”)") and which field ("title"). */
export interface Place {
  owner: string;
  /** Null when the problem is the owner itself (a candidate that is not an object). */
  field: string | null;
}

/** A problem found in a file: where (its path, to find its line) and what, as a sentence. */
export interface NamedProblem {
  path: Path;
  /** The field is absent: its line is its parent's. */
  absent: boolean;
  /** Lower-case, without a full stop: "candidate 4 (“Churn prediction”) has no title". */
  sentence: string;
}

/** The first few problems of a file, and how many it has in all. */
export interface ProblemList {
  named: NamedProblem[];
  total: number;
}

/**
 * Where problems are in the file when the file holds the session in another form than the
 * checks read (a version-2 file's score tables, file-tables.ts): the path in the file for a
 * path in the checked session, and the file's data to name things from.
 */
export interface FilePlaces {
  path(path: Path): Path;
  data: unknown;
}

/** How many problems a message names before it says "and N more". */
export const PROBLEMS_NAMED = 3;

const SESSION_FIELDS: Record<string, string> = {
  format: 'format',
  version: 'version',
  id: 'id',
  createdAt: 'creation time',
  updatedAt: 'time of last change',
  frame: 'framing section (title, date, team and goal)',
  participants: 'list of participants',
  criteria: 'list of criteria',
  readinessItems: 'list of readiness items',
  candidates: 'list of candidates',
  scores: 'score table',
  consensusScores: 'consensus score table',
  votes: 'list of dot votes',
  settings: 'settings section',
  decision: 'decision section',
  followUp: 'follow-up section (the earlier session and what became of its focus)',
};

const FRAME_FIELDS: Record<string, string> = {
  title: 'title',
  date: 'date',
  team: 'team',
  businessGoal: 'business goal',
  goalMetrics: 'list of goal metrics',
};

const PARTICIPANT_FIELDS: Record<string, string> = {
  id: 'id',
  name: 'name',
  background: 'background',
  scoringDone: '“done scoring” mark',
};

const CRITERION_FIELDS: Record<string, string> = {
  id: 'id',
  axis: 'axis',
  name: 'name',
  description: 'description',
  weight: 'weight',
};

const READINESS_ITEM_FIELDS: Record<string, string> = {
  id: 'id',
  name: 'name',
  question: 'question',
};

const READINESS_ANSWER_FIELDS: Record<string, string> = {
  itemId: 'readiness item',
  answer: 'answer',
  evidence: 'evidence',
  owner: 'owner',
};

const CANDIDATE_FIELDS: Record<string, string> = {
  id: 'id',
  code: 'code',
  title: 'title',
  problem: 'problem statement',
  owner: 'owner',
  keyMetric: 'key metric',
  baseline: 'baseline',
  measurement: 'measurement',
  dataAvailability: 'data availability',
  nonMlAlternative: 'non-ML alternative',
  betterWithoutMl: '“better without ML” mark',
  wrongPredictionCost: 'cost of a wrong prediction',
  tags: 'list of tags',
  notes: 'notes',
  readiness: 'readiness checklist',
  status: 'status',
  override: 'place on the map',
  createdAt: 'creation time',
};

const SCORE_FIELDS: Record<string, string> = {
  participantId: 'participant',
  candidateId: 'candidate',
  criterionId: 'criterion',
  value: 'value',
  dots: 'number of dots',
};

const SETTINGS_FIELDS: Record<string, string> = {
  scale: 'scoring scale',
  thresholds: 'thresholds',
  axisLabels: 'axis titles',
  quadrantNames: 'quadrant names',
  scoringMode: 'scoring mode',
  aggregation: 'way of combining scores (mean or median)',
  scoreByBackground: '“score by background” mark',
  revealed: '“scores revealed” mark',
  dotsPerParticipant: 'number of dots per participant',
  brainstormMinutes: 'length of the brainstorm in minutes',
};

const DECISION_FIELDS: Record<string, string> = {
  focusCandidateId: 'focus problem',
  rationale: 'reason for the focus',
  keyMetric: 'key metric',
  target: 'target',
  firstVersion: 'first small version',
  horizon: 'long-term horizon',
  runnersUp: 'list of runners-up',
};

/** The follow-up's fields (schema.ts `followUp`), by part: the earlier session, its focus, the outcome. */
const FOLLOW_UP_FIELDS: Record<string, Record<string, string>> = {
  earlier: { sessionId: 'id of the earlier session', title: 'title of the earlier session', date: 'date of the earlier session', fileName: 'file name of the earlier session' },
  focus: {
    candidateId: 'candidate id of the earlier focus',
    title: 'title of the earlier focus',
    keyMetric: 'key metric of the earlier focus',
    baseline: 'baseline of the earlier focus',
    target: 'target of the earlier focus',
  },
  outcome: { status: 'status of the earlier focus', metricNow: 'key metric’s value now', learned: 'note of what was learned' },
};

const FOLLOW_UP_PARTS: Record<string, string> = { earlier: 'earlier session', focus: 'earlier focus', outcome: 'outcome of the earlier focus' };

function followUpField(rest: Path): string {
  const [part, key, ...more] = rest;
  // Stryker disable next-line ConditionalExpression: a number names no part: the table has no key such as "0".
  const fields = typeof part === 'string' && Object.hasOwn(FOLLOW_UP_FIELDS, part) ? FOLLOW_UP_FIELDS[part]! : null;
  if (fields === null || key === undefined) return deeper(fieldWord(FOLLOW_UP_PARTS, part), rest.slice(1));
  return deeper(fieldWord(fields, key), more);
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(value: unknown, key: PropertyKey | undefined): unknown {
  if (Array.isArray(value) && typeof key === 'number') return value[key];
  if (isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key)) return value[key];
  return undefined;
}

/** The value at `path` in `data`, or undefined when any step is absent. */
export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) value = child(value, key);
  return value;
}

/** Whether the value at `path` is absent from `data` (JSON has no undefined, so undefined is absent). */
export function isAbsent(data: unknown, path: Path): boolean {
  return path.length > 0 && valueAt(data, path) === undefined;
}

/** Text from a file, made safe and short to quote: one line, at most 40 characters. */
export function quoteText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  const short = [...flat].length > 40 ? `${[...flat].slice(0, 39).join('')}…` : flat;
  return `“${short}”`;
}

/** A value from the file in words: `42`, `“sales”`, `a list`, `empty text`. */
export function valueWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'string') return value === '' ? 'empty text' : `the text ${quoteText(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number too large to read';
  if (typeof value === 'boolean') return String(value);
  if (isRecord(value)) return 'an object';
  return 'nothing';
}

/** " (“Churn prediction”)" from the item's name or title, else " (C4)" from its code, else nothing. */
function nameOf(item: unknown, nameKey: string, codeKey?: string): string {
  const name = quotable(child(item, nameKey));
  if (name !== null) return ` (${name})`;
  const code = quotable(child(item, codeKey));
  return code === null ? '' : ` (${code.slice(1, -1)})`;
}

/** The value quoted, or null when it is no text or nothing would show of it. */
function quotable(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const quoted = quoteText(value);
  return quoted === '“”' ? null : quoted;
}

function itemNamed(list: unknown, id: unknown, key: string): string | null {
  if (typeof id !== 'string' || !Array.isArray(list)) return null;
  return quotable(child(list.find((each) => child(each, 'id') === id), key));
}

/** "by “Ana”, for “Churn prediction”, on “Urgency”": what a score is about, as far as the file says. */
function scoreContext(data: unknown, entry: unknown): string {
  const parts = [
    ['by', itemNamed(child(data, 'participants'), child(entry, 'participantId'), 'name')],
    ['for', itemNamed(child(data, 'candidates'), child(entry, 'candidateId'), 'title')],
    ['on', itemNamed(child(data, 'criteria'), child(entry, 'criterionId'), 'name')],
  ].filter(([, name]) => name !== null);
  return parts.length === 0 ? '' : ` (${parts.map(([word, name]) => `${word} ${name}`).join(', ')})`;
}

function fieldWord(table: Record<string, string>, key: PropertyKey | undefined): string {
  if (typeof key === 'string') return table[key] ?? `field ${quoteText(key)}`;
  if (typeof key === 'number') return `item ${key + 1}`;
  return 'field';
}

// Numbered fields read without an article: "tag 2 of candidate 4", "the title of candidate 4".
const NUMBERED = /^(tag|goal metric|item|field|criterion column|score in column|readiness answer) /;

function withArticle(field: string): string {
  return NUMBERED.test(field) ? field : `the ${field}`;
}

/** The rest of a path below a known field, for the rare problem deeper than the format goes. */
function deeper(field: string, rest: Path): string {
  if (rest.length === 0) return field;
  const parts = rest.map((key) => (typeof key === 'number' ? `item ${key + 1}` : typeof key === 'string' ? `field ${quoteText(key)}` : 'field'));
  return `${parts.reverse().join(' of ')} of ${withArticle(field)}`;
}

function listItem(data: unknown, list: string, index: number, rest: Path): Place {
  const item = valueAt(data, [list, index]);
  const n = index + 1;
  switch (list) {
    case 'participants':
      return { owner: `participant ${n}${nameOf(item, 'name')}`, field: rest.length === 0 ? null : deeper(fieldWord(PARTICIPANT_FIELDS, rest[0]), rest.slice(1)) };
    case 'criteria':
      return { owner: `criterion ${n}${nameOf(item, 'name')}`, field: rest.length === 0 ? null : deeper(fieldWord(CRITERION_FIELDS, rest[0]), rest.slice(1)) };
    case 'readinessItems':
      return { owner: `readiness item ${n}${nameOf(item, 'name')}`, field: rest.length === 0 ? null : deeper(fieldWord(READINESS_ITEM_FIELDS, rest[0]), rest.slice(1)) };
    case 'candidates':
      return { owner: `candidate ${n}${nameOf(item, 'title', 'code')}`, field: rest.length === 0 ? null : candidateField(rest) };
    case 'scores':
      return { owner: `score ${n}${scoreContext(data, item)}`, field: rest.length === 0 ? null : deeper(fieldWord(SCORE_FIELDS, rest[0]), rest.slice(1)) };
    case 'consensusScores':
      return { owner: `consensus score ${n}${scoreContext(data, item)}`, field: rest.length === 0 ? null : deeper(fieldWord(SCORE_FIELDS, rest[0]), rest.slice(1)) };
    case 'votes':
      return { owner: `dot vote ${n}${scoreContext(data, item)}`, field: rest.length === 0 ? null : deeper(fieldWord(SCORE_FIELDS, rest[0]), rest.slice(1)) };
    default:
      return { owner: 'the session', field: deeper(fieldWord(SESSION_FIELDS, list), [index, ...rest]) };
  }
}

function candidateField(rest: Path): string {
  const [key, sub, ...more] = rest;
  if (key === 'tags' && typeof sub === 'number') return deeper(`tag ${sub + 1}`, more);
  if (key === 'readiness' && typeof sub === 'number') {
    const answer = `readiness answer ${sub + 1}`;
    return more.length === 0 ? answer : deeper(`${fieldWord(READINESS_ANSWER_FIELDS, more[0])} of ${answer}`, more.slice(1));
  }
  if (key === 'override' && (sub === 'impact' || sub === 'complexity')) return deeper(`${sub} of the place on the map`, more);
  return deeper(fieldWord(CANDIDATE_FIELDS, key), rest.slice(1));
}

function settingsField(rest: Path): string {
  const [key, sub, ...more] = rest;
  if (key === 'thresholds' && (sub === 'impact' || sub === 'complexity')) return deeper(`${sub} threshold`, more);
  if (key === 'axisLabels' && (sub === 'impact' || sub === 'complexity')) return deeper(`title of the ${sub} axis`, more);
  if (key === 'quadrantNames' && typeof sub === 'string') return deeper(`name of the ${sub} quadrant`, more);
  return deeper(fieldWord(SETTINGS_FIELDS, key), rest.slice(1));
}

/**
 * A place in a version-2 score table (score-table.ts): "criterion column 3 of the score
 * table", "the score on “Urgency” of score row 12 (by “Ana”, for “Churn prediction”)".
 */
function tablePlace(data: unknown, table: 'scores' | 'consensusScores', part: 'criteria' | 'rows', rest: Path): Place {
  const consensus = table === 'consensusScores';
  const owner = consensus ? 'the consensus score table' : 'the score table';
  const [index, cell, ...more] = rest;
  if (part === 'criteria') {
    // A column is named by a criterion's id, a text: no problem lies deeper than the column.
    return { owner, field: typeof index === 'number' ? `criterion column ${index + 1}` : 'list of criterion columns' };
  }
  if (typeof index !== 'number') return { owner, field: deeper('list of rows', rest) };
  const row = valueAt(data, [table, 'rows', index]);
  const leading = consensus ? 1 : 2;
  const named = [
    consensus ? null : ['by', itemNamed(child(data, 'participants'), child(row, 1), 'name')],
    ['for', itemNamed(child(data, 'candidates'), child(row, 0), 'title')],
  ].filter((part): part is [string, string] => part !== null && part[1] !== null);
  const rowOwner = `${consensus ? 'consensus score' : 'score'} row ${index + 1}${named.length === 0 ? '' : ` (${named.map(([word, name]) => `${word} ${name}`).join(', ')})`}`;
  if (typeof cell !== 'number') return { owner: rowOwner, field: cell === undefined ? null : deeper(fieldWord({}, cell), more) };
  if (cell < leading) return { owner: rowOwner, field: deeper(cell === 0 ? 'candidate' : 'participant', more) };
  const criterion = itemNamed(child(data, 'criteria'), valueAt(data, [table, 'criteria', cell - leading]), 'name');
  return { owner: rowOwner, field: deeper(criterion === null ? `score in column ${cell - leading + 1}` : `score on ${criterion}`, more) };
}

/** Where a problem is, in words (see Place). `data` is the file's content, for names. */
export function placeOf(path: Path, data: unknown): Place {
  const [top, second, ...rest] = path;
  if (top === undefined) return { owner: 'the session', field: null };
  // Stryker disable next-line ConditionalExpression: only the score tables have fields named criteria or rows.
  if ((top === 'scores' || top === 'consensusScores') && (second === 'criteria' || second === 'rows')) return tablePlace(data, top, second, rest);
  if (top === 'frame' && second !== undefined) {
    if (second === 'goalMetrics' && typeof rest[0] === 'number') return { owner: 'the session', field: deeper(`goal metric ${rest[0] + 1}`, rest.slice(1)) };
    return { owner: 'the session', field: deeper(fieldWord(FRAME_FIELDS, second), rest) };
  }
  if (typeof top === 'string' && typeof second === 'number') return listItem(data, top, second, rest);
  if (top === 'settings' && second !== undefined) return { owner: 'the settings', field: settingsField([second, ...rest]) };
  if (top === 'decision' && second !== undefined) {
    if (second === 'runnersUp' && typeof rest[0] === 'number') {
      const [index, key, ...more] = rest;
      const named = itemNamed(child(data, 'candidates'), valueAt(data, ['decision', 'runnersUp', index, 'candidateId']), 'title');
      const owner = `runner-up ${index + 1}${named === null ? '' : ` (${named})`} of the decision`;
      if (key === undefined) return { owner, field: null };
      return { owner, field: deeper(key === 'whyNotNow' ? 'reason why not now' : key === 'candidateId' ? 'candidate' : fieldWord({}, key), more) };
    }
    return { owner: 'the decision', field: deeper(fieldWord(DECISION_FIELDS, second), rest) };
  }
  if (top === 'followUp' && second !== undefined) return { owner: 'the follow-up', field: followUpField([second, ...rest]) };
  return { owner: 'the session', field: deeper(fieldWord(SESSION_FIELDS, top), [second, ...rest].filter((key) => key !== undefined)) };
}

/** "the title of candidate 4 (“Churn prediction”)", or the owner alone. */
export function subjectOf(place: Place): string {
  return place.field === null ? place.owner : `${withArticle(place.field)} of ${place.owner}`;
}

// The few subjects that are plural: "the notes of candidate 3 are …", "the settings have …".
const PLURAL = /^(the )?(notes|thresholds|axis titles|quadrant names|settings)($| of )/;

/** "is" or "are", "has" or "have", as the subject needs. */
export function verb(subject: string, singular: 'is' | 'has'): string {
  if (!PLURAL.test(subject)) return singular;
  return singular === 'is' ? 'are' : 'have';
}

/** "candidate 4 (“Churn prediction”) has no title" */
export function missingSentence(place: Place): string {
  return place.field === null ? `${place.owner} is missing` : `${place.owner} ${verb(place.owner, 'has')} no ${place.field}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One message for several problems: the first PROBLEMS_NAMED of them, then "and N more", so a
 * person sees at once how much is wrong. Sentences come lower-case and without a full stop.
 */
export function problemsMessage(sentences: readonly string[], total: number): string {
  if (sentences.length === 0) return 'The file does not match the format of a Pickwise session.';
  if (total <= 1) return `${capitalised(sentences[0]!)}.`;
  const named = sentences.slice(0, PROBLEMS_NAMED);
  const more = total - named.length;
  return `The file has ${total} problems: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}
