import type { Language } from '../i18n/languages';
import { defaultCriteria, defaultReadinessItems } from './defaults';
import { SESSION_VERSION, type Candidate, type Criterion, type Participant, type ReadinessAnswer, type ReadinessEntry, type Score, type Session } from './schema';

// A realistic finished workshop, shipped with the app ("Open sample") and used by the tests:
// every field filled, every participant's scores in, a decision taken. Ids are readable on
// purpose so the file reads well when opened in an editor. Its content is English in every
// language, a fixed demo: its criteria, readiness items, axis labels and quadrant names are the
// English defaults, as its candidates, notes and decision are written for them.

const participants: Participant[] = [
  { id: 'part-maria', name: 'Maria Lopez', background: 'business', scoringDone: true },
  { id: 'part-priya', name: 'Priya Nair', background: 'technical', scoringDone: true },
  { id: 'part-tom', name: 'Tom Becker', background: 'domain', scoringDone: true },
  { id: 'part-jonas', name: 'Jonas Eriksen', background: 'data', scoringDone: true },
];

const criteria: Criterion[] = defaultCriteria('en').map(({ key, axis, name, description, weight }) => ({
  id: `crit-${key}`,
  axis,
  name,
  description,
  weight,
}));

const at = (time: string) => `2025-03-12T${time}:00.000Z`;

/** A checklist from item id → [answer, evidence, owner], in the default items' order. */
function checklist(answers: Record<string, readonly [ReadinessAnswer, string, string?]>): ReadinessEntry[] {
  return defaultReadinessItems('en')
    .filter((item) => answers[item.id] !== undefined)
    .map((item) => {
      const [answer, evidence, owner = ''] = answers[item.id]!;
      return { itemId: item.id, answer, evidence, owner };
    });
}

// The top three candidates carry checklists. Support-ticket routing is the one the room scored
// easy and the checklist does not: the ticketing tool is replaced in Q3 and nobody has asked
// whether ticket texts may be used, so Pickwise flags it (shared/workshop/readiness.ts).
const READINESS: Record<string, ReadinessEntry[]> = {
  'cand-churn': checklist({
    'data-available': ['ready', 'Four years of loyalty-card history in the warehouse.'],
    'data-quality': ['ready', 'Churn is labelled by 90 days without a purchase; checked on 2023.'],
    'access-rights': ['partly', 'Consent covers CRM marketing; scoring for it needs a note from legal.', 'Maria Lopez'],
    infrastructure: ['ready', 'A weekly batch in the existing warehouse.'],
    scaling: ['ready', '1.2 M active members: minutes per run.'],
    availability: ['ready', 'A missed run delays one campaign by a week.'],
    security: ['partly', 'Scores stay in the warehouse; the CRM export needs the usual review.', 'Priya Nair'],
    compatibility: ['ready', 'The CRM imports segments as CSV today.'],
    reproducibility: ['partly', 'Code in Git; training data snapshots still to set up.', 'Jonas Eriksen'],
    monitoring: ['unknown', 'Nobody owns win-back results yet.', 'Tom Becker'],
    'know-how': ['ready', 'Jonas built the retention model at his last job.'],
  }),
  'cand-demand': checklist({
    'data-available': ['partly', 'Till data yes; the promotions calendar lives in spreadsheets.', 'Tom Becker'],
    'data-quality': ['partly', 'Stock-outs hide true demand on 4% of days.'],
    infrastructure: ['ready', 'Nightly batch next to the replenishment job.'],
    scaling: ['ready', '40 stores × 8,000 products a night.'],
    compatibility: ['partly', 'The replenishment system takes a forecast file; format to agree.', 'Priya Nair'],
    'know-how': ['ready', 'Forecasting is the data team’s daily work.'],
  }),
  'cand-tickets': checklist({
    'data-available': ['ready', '300,000 tickets with the queue that closed them.'],
    'data-quality': ['partly', 'Queues were renamed in 2024; old labels need mapping.', 'Jonas Eriksen'],
    'access-rights': ['unknown', 'Ticket texts hold customers’ personal data; nobody has asked yet.', 'Maria Lopez'],
    infrastructure: ['missing', 'Routing must answer in real time; we only run batch jobs today.', 'Priya Nair'],
    availability: ['missing', 'A router that is down stops every ticket; no fallback designed.', 'Priya Nair'],
    compatibility: ['missing', 'The ticketing tool is replaced in Q3; its successor is not chosen.', 'Tom Becker'],
    monitoring: ['unknown', '', ''],
  }),
};

const candidates: Candidate[] = [
  {
    id: 'cand-fraud',
    code: 'C1',
    title: 'Fraud detection for card payments',
    problem: 'Chargebacks on web-shop card payments doubled last year; the fixed rules block good customers and still miss organised fraud.',
    owner: 'Head of Payments',
    keyMetric: 'Chargeback losses as % of card revenue',
    baseline: '0.42% of card revenue (2024)',
    measurement: 'Chargebacks booked by the payment provider, monthly',
    dataAvailability: 'partly',
    nonMlAlternative: 'Tighten the payment provider’s rule set and add 3-D Secure for baskets over €300.',
    betterWithoutMl: false,
    wrongPredictionCost: 'A missed fraud costs the basket plus a €15 fee; a false block loses the sale and often the customer.',
    tags: ['payments', 'risk'],
    notes: 'Needs a real-time decision inside the checkout (under 150 ms). Labels come from chargebacks, 60–90 days late.',
    readiness: READINESS['cand-fraud'] ?? [],
    status: 'open',
    override: null,
    createdAt: at('09:14'),
  },
  {
    id: 'cand-recs',
    code: 'C2',
    title: 'Product recommendations in the web shop',
    problem: 'Product pages show the same “bestsellers” to everyone; basket size online lags the stores.',
    owner: 'E-commerce Manager',
    keyMetric: 'Average basket value online',
    baseline: '€46.80',
    measurement: 'Web-shop analytics: revenue ÷ orders, A/B test against today’s page',
    dataAvailability: 'yes',
    nonMlAlternative: 'Hand-curated “goes well with” lists for the top 200 products.',
    betterWithoutMl: false,
    wrongPredictionCost: 'Low: an irrelevant suggestion is ignored.',
    tags: ['e-commerce', 'revenue'],
    notes: 'The shop platform has a recommendations slot; the vendor module costs extra per month.',
    readiness: READINESS['cand-recs'] ?? [],
    status: 'open',
    override: null,
    createdAt: at('09:15'),
  },
  {
    id: 'cand-freight',
    code: 'C3',
    title: 'Freight distribution channel optimisation',
    problem: 'Store replenishment goes by road from two depots; rail and partner carriers are booked by gut feeling.',
    owner: 'Logistics Director',
    keyMetric: 'Freight cost per pallet delivered',
    baseline: '€38.50 per pallet',
    measurement: 'Carrier invoices ÷ pallets delivered, per quarter',
    dataAvailability: 'partly',
    nonMlAlternative: 'A fixed routing table per store and season, reviewed quarterly.',
    betterWithoutMl: false,
    wrongPredictionCost: 'Late deliveries leave shelves empty; a wrong channel booking costs a cancellation fee.',
    tags: ['logistics', 'cost'],
    notes: 'This is an optimisation problem first; forecasting only feeds it. Partner carrier prices sit in PDFs.',
    readiness: READINESS['cand-freight'] ?? [],
    status: 'parked',
    override: null,
    createdAt: at('09:16'),
  },
  {
    id: 'cand-feed',
    code: 'C4',
    title: 'Personalised video feed in the app',
    problem: 'Recipe and styling videos in the app get few views after the first week; the feed is sorted by date.',
    owner: 'Head of Digital Marketing',
    keyMetric: 'Engagement rate (videos watched past 50% per session)',
    baseline: '0.8 per app session',
    measurement: 'App analytics events, compared per release',
    dataAvailability: 'partly',
    nonMlAlternative: 'Sort by popularity in the last 7 days and pin seasonal content.',
    betterWithoutMl: false,
    wrongPredictionCost: 'Low per view; a feed that feels off drives people out of the app.',
    tags: ['app', 'engagement'],
    notes: 'Strong disagreement on impact: marketing sees it as the app’s future, data sees little reach (12% of customers use the app).',
    readiness: READINESS['cand-feed'] ?? [],
    status: 'parked',
    override: null,
    createdAt: at('09:18'),
  },
  {
    id: 'cand-churn',
    code: 'C5',
    title: 'Churn prediction for loyalty members',
    problem: 'About one in five loyalty members stops buying within a year, and we notice only when they are gone.',
    owner: 'Head of CRM',
    keyMetric: '12-month retention of loyalty members',
    baseline: '78% retained',
    measurement: 'Members still buying 12 months on, from the loyalty-card data; win-back group vs. a control group',
    dataAvailability: 'yes',
    nonMlAlternative: 'Win-back e-mail to everyone without a purchase for 90 days.',
    betterWithoutMl: false,
    wrongPredictionCost: 'A missed churner is lost revenue; a false alarm costs one voucher (about €5).',
    tags: ['customer', 'retention'],
    notes: 'Loyalty card history goes back 4 years and is already in the warehouse. CRM can run targeted campaigns weekly.',
    readiness: READINESS['cand-churn'] ?? [],
    status: 'focus',
    override: null,
    createdAt: at('09:19'),
  },
  {
    id: 'cand-demand',
    code: 'C6',
    title: 'Demand forecasting for store replenishment',
    problem: 'Fresh products are ordered per store by spreadsheet; waste is high on weekdays and shelves run empty on Saturdays.',
    owner: 'Supply Chain Planning Lead',
    keyMetric: 'Fresh-food waste as % of sales',
    baseline: '6.1% of fresh sales',
    measurement: 'Write-offs booked at the tills ÷ fresh sales, weekly per store, pilot stores vs. the rest',
    dataAvailability: 'partly',
    nonMlAlternative: 'Same weekday last year plus a manual uplift for promotions.',
    betterWithoutMl: false,
    wrongPredictionCost: 'Over-forecast: waste; under-forecast: empty shelves and lost sales on the busiest day.',
    tags: ['supply chain', 'stores'],
    notes: 'Till data is complete; promotions calendar lives in a separate tool. Weather would help.',
    readiness: READINESS['cand-demand'] ?? [],
    status: 'shortlisted',
    override: null,
    createdAt: at('09:21'),
  },
  {
    id: 'cand-tickets',
    code: 'C7',
    title: 'Support-ticket routing',
    problem: 'Every customer e-mail lands in one queue; agents re-assign a third of them by hand, and refunds wait two days.',
    owner: 'Customer Service Manager',
    keyMetric: 'Median time to first answer',
    baseline: '26 hours',
    measurement: 'Ticket timestamps in the help desk: first agent reply minus creation, monthly median',
    dataAvailability: 'yes',
    nonMlAlternative: 'Keyword rules in the ticketing tool (already tried: they cover about half).',
    betterWithoutMl: false,
    wrongPredictionCost: 'A mis-routed ticket is re-assigned, costing a few hours; nothing is lost.',
    tags: ['customer service', 'text'],
    notes: '180,000 past tickets with their final team as labels. The ticketing tool is being replaced in Q3.',
    readiness: READINESS['cand-tickets'] ?? [],
    status: 'shortlisted',
    override: null,
    createdAt: at('09:22'),
  },
  {
    id: 'cand-buckets',
    code: 'C8',
    title: 'Quantile bucketing of customers by spend',
    problem: 'Marketing wants customers split into spend tiers for the newsletter and asked for “an AI segmentation”.',
    owner: 'CRM Analyst',
    keyMetric: 'Newsletter click-through rate per tier',
    baseline: '2.3% overall',
    measurement: 'Newsletter tool’s click reports, per tier',
    dataAvailability: 'yes',
    nonMlAlternative: 'A nightly SQL job: NTILE(5) over 12-month spend per member, written to the CRM.',
    betterWithoutMl: true,
    wrongPredictionCost: 'None: the tiers are defined, not predicted.',
    tags: ['customer', 'reporting'],
    notes: 'Agreed in the room: this is a SQL job, half a day of work. Hand it to the BI team.',
    readiness: READINESS['cand-buckets'] ?? [],
    status: 'non-ml',
    override: null,
    createdAt: at('09:23'),
  },
  {
    id: 'cand-invoices',
    code: 'C9',
    title: 'Supplier invoice data extraction',
    problem: 'Accounts payable types 9,000 supplier invoices a month from PDFs into the ERP.',
    owner: 'Finance Operations Lead',
    keyMetric: 'Minutes of manual handling per invoice',
    baseline: '4.5 minutes',
    measurement: 'Time tracking in the accounts-payable tool, sampled for a month',
    dataAvailability: 'partly',
    nonMlAlternative: 'Ask the top 30 suppliers to send e-invoices (covers about 60% of volume).',
    betterWithoutMl: false,
    wrongPredictionCost: 'A wrong amount is caught by the three-way match; a wrong bank account is a fraud risk.',
    tags: ['finance', 'documents'],
    notes: 'Moved on the chart by the room: an off-the-shelf extraction service makes it much simpler than scored.',
    readiness: READINESS['cand-invoices'] ?? [],
    status: 'open',
    override: { impact: 2.8, complexity: 2.2 },
    createdAt: at('09:25'),
  },
  {
    id: 'cand-vans',
    code: 'C10',
    title: 'Predictive maintenance of delivery vans',
    problem: 'Home-delivery vans break down on the road about twice a week, and each breakdown cancels a round.',
    owner: 'Fleet Manager',
    keyMetric: '',
    baseline: 'About 100 breakdowns a year',
    measurement: 'Workshop repair log and roadside-assistance calls',
    dataAvailability: 'no',
    nonMlAlternative: 'Service the vans on the manufacturer’s schedule instead of stretching intervals.',
    betterWithoutMl: false,
    wrongPredictionCost: 'A missed failure cancels a delivery round; a false alarm takes a van off the road for a day.',
    tags: ['logistics', 'fleet'],
    notes: 'No telematics in the vans yet. The room could not agree whether to measure breakdowns, cancelled rounds or repair cost.',
    readiness: READINESS['cand-vans'] ?? [],
    status: 'open',
    override: null,
    createdAt: at('09:26'),
  },
  {
    id: 'cand-pricing',
    code: 'C11',
    title: 'Price elasticity for promotions',
    problem: 'Promotion discounts are set by habit; nobody knows which ones pay for themselves.',
    owner: 'Head of Pricing',
    keyMetric: 'Incremental gross margin per promotion',
    baseline: 'Not measured today',
    measurement: 'Margin from the finance cube, promotion weeks vs. forecast without promotion',
    dataAvailability: 'partly',
    nonMlAlternative: 'A/B test discount levels on a few categories and keep a promotion post-mortem sheet.',
    betterWithoutMl: false,
    wrongPredictionCost: 'Margin given away on promotions that would have sold anyway.',
    tags: ['pricing', 'revenue'],
    notes: 'Causal question, not just prediction: promotions are never random. Needs an econometrics skill we lack.',
    readiness: READINESS['cand-pricing'] ?? [],
    status: 'open',
    override: null,
    createdAt: at('09:27'),
  },
  {
    id: 'cand-search',
    code: 'C12',
    title: 'Web-shop search ranking',
    problem: 'One search in six returns nothing useful; shoppers leave instead of browsing.',
    owner: 'E-commerce Manager',
    keyMetric: 'Search exit rate',
    baseline: '17% of searches',
    measurement: 'Search sessions that end without a click, from the web-shop analytics',
    dataAvailability: 'yes',
    nonMlAlternative: 'Add synonyms and spelling corrections for the top 500 queries.',
    betterWithoutMl: false,
    wrongPredictionCost: 'Low: a poor ranking costs a click, not a customer.',
    tags: ['e-commerce', 'search'],
    notes: 'Search logs are kept 13 months. The synonym list could be a first step either way.',
    readiness: READINESS['cand-search'] ?? [],
    status: 'open',
    override: null,
    createdAt: at('09:29'),
  },
];

/*
 * One digit per criterion, in DEFAULT_CRITERIA order: value, reach, urgency | data,
 * difficulty, production, know-how (higher = harder). Columns are Maria (business), Priya
 * (technical), Tom (domain) and Jonas (data).
 */
const SCORE_TABLE: Record<string, readonly [string, string, string, string]> = {
  'cand-fraud': ['5453454', '4452554', '5443443', '5452454'],
  'cand-recs': ['4433343', '3432443', '4322333', '3422343'],
  'cand-freight': ['4334454', '3234554', '4444444', '3234454'],
  'cand-feed': ['5442334', '2214454', '3323443', '2214454'],
  'cand-churn': ['5442122', '4442232', '4432222', '5542122'],
  'cand-demand': ['5543232', '4432332', '5543233', '4432333'],
  'cand-tickets': ['3341221', '3341222', '4351221', '3331222'],
  'cand-buckets': ['2321111', '1221111', '2321111', '2221111'],
  'cand-invoices': ['3233332', '2233432', '3243332', '3233333'],
  'cand-vans': ['3222343', '2124444', '4334334', '2225444'],
  'cand-pricing': ['5433444', '4333543', '4333434', '4324544'],
  'cand-search': ['3422332', '3422432', '3432332', '3422333'],
};

function expandScores(): Score[] {
  const scores: Score[] = [];
  for (const candidate of candidates) {
    // Stryker disable next-line ArrayDeclaration: every candidate has a row in the table
    const row = SCORE_TABLE[candidate.id] ?? [];
    row.forEach((digits, p) => {
      const participantId = participants[p]!.id;
      criteria.forEach((criterion, k) => {
        scores.push({ participantId, candidateId: candidate.id, criterionId: criterion.id, value: Number(digits[k]) });
      });
    });
  }
  return scores;
}

export const sampleSession: Session = {
  format: 'pickwise-session',
  version: SESSION_VERSION,
  id: 'session-northwind-sample',
  createdAt: '2025-03-12T09:02:00.000Z',
  updatedAt: '2025-03-12T10:04:00.000Z',
  frame: {
    title: 'Northwind Retail — ML opportunities workshop',
    date: '2025-03-12',
    team: 'Northwind Retail, Digital & Data',
    businessGoal:
      'Grow repeat purchases by loyalty members by 10% in 2025 without raising the cost to serve, and pick the one ML problem worth a first production release this year.',
    goalMetrics: ['Repeat-purchase rate', 'Gross margin %', 'Cost to serve per order'],
  },
  participants,
  criteria,
  readinessItems: defaultReadinessItems('en'),
  candidates,
  scores: expandScores(),
  consensusScores: [],
  votes: [
    { participantId: 'part-maria', candidateId: 'cand-churn', dots: 2 },
    { participantId: 'part-maria', candidateId: 'cand-demand', dots: 1 },
    { participantId: 'part-priya', candidateId: 'cand-tickets', dots: 2 },
    { participantId: 'part-priya', candidateId: 'cand-churn', dots: 1 },
    { participantId: 'part-tom', candidateId: 'cand-demand', dots: 2 },
    { participantId: 'part-tom', candidateId: 'cand-tickets', dots: 1 },
    { participantId: 'part-jonas', candidateId: 'cand-churn', dots: 2 },
    { participantId: 'part-jonas', candidateId: 'cand-search', dots: 1 },
  ],
  settings: {
    scale: 5,
    thresholds: { impact: 3, complexity: 3 },
    axisLabels: { impact: 'Impact', complexity: 'Complexity' },
    quadrantNames: {
      'quick-wins': 'Quick wins',
      'big-bets': 'Big bets',
      'fill-ins': 'Fill-ins',
      'money-pits': 'Money pits',
    },
    scoringMode: 'blind',
    aggregation: 'mean',
    scoreByBackground: false,
    revealed: true,
    dotsPerParticipant: 3,
    brainstormMinutes: 15,
    language: null,
  },
  decision: {
    focusCandidateId: 'cand-churn',
    rationale:
      'The clearest quick win: high impact on the workshop’s goal, four years of clean loyalty data, and CRM can act on a weekly list without any new system. Most dots in the vote.',
    target: 'From 78% to 81% retained by the end of 2025',
    firstVersion:
      'A weekly batch score of churn risk for active members, exported to the CRM as a segment; one win-back campaign on the top 10% against a random control group.',
    horizon:
      'Next-best-action per member across e-mail, app and store; feed the churn score into recommendations and service priority.',
    runnersUp: [
      {
        candidateId: 'cand-tickets',
        whyNotNow: 'The ticketing tool is replaced in Q3; routing after the move avoids integrating twice.',
      },
      {
        candidateId: 'cand-demand',
        whyNotNow: 'Needs the promotions calendar joined to till data first; the data work starts now, the model in Q4.',
      },
      {
        candidateId: 'cand-search',
        whyNotNow: 'The product catalogue is cleaned up in Q2; ranking on today’s patchy attributes would be rebuilt after it.',
      },
    ],
  },
  followUp: null,
};

/**
 * A copy the caller may change freely; `sampleSession` itself is shared by everyone, and has no
 * language of exports chosen. Opened in the app it is a new session, whose exports are written
 * in `language`, the interface's as it opens (the tests' copies leave it unchosen).
 */
export function createSampleSession(language?: Language): Session {
  const copy = structuredClone(sampleSession);
  if (language !== undefined) copy.settings.language = language;
  return copy;
}
