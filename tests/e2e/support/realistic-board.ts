import type { Session } from '../../../shared';
import { bigBoardSession } from './big-board';

// Titles as rooms write them: short names and whole problem statements, 20 to 90 characters.
const TITLES = [
  'Fraud detection for card payments',
  'Churn prediction for loyalty members',
  'Support-ticket routing',
  'Demand forecasting for store replenishment across all regional warehouses',
  'Quantile bucketing of customers by spend',
  'Predict late deliveries from carrier scan events before the customer calls',
  'Invoice data extraction',
  'Detect duplicate supplier master records after the ERP migration',
  'Forecast call-centre volume per half hour for staff rostering',
  'Price elasticity for promotions',
  'Classify returned goods by reason from free-text return notes and photos',
  'Web-shop search ranking',
  'Spot anomalies in daily sales per store',
  'Recommend the next best offer in the customer service chat',
  'Predict which leads convert within 30 days',
  'Route maintenance requests to the right facility team',
  'Estimate delivery time windows shown at checkout from historical route data',
  'Flag unusual expense claims for audit',
  'Optimise markdown pricing for end-of-season stock in fashion stores',
  'Summarise customer reviews per product',
  'Match bank transactions to open invoices automatically',
  'Predict equipment failure on the packing lines from vibration sensors',
  'Detect fake accounts at sign-up',
  'Personalised video feed in the app to lift engagement rate',
  'Forecast energy use of the cold stores',
  'Translate product descriptions for the new markets',
  'Triage incoming emails to the finance shared-service centre by topic and urgency',
  'Score credit risk of new B2B customers',
  'Optimise picking routes in the central warehouse',
  'Predict no-shows for in-store appointments',
  'Detect counterfeit listings on the marketplace from images and seller history',
  'Cluster stores by assortment needs',
  'Auto-tag product images with colour and pattern',
  'Forecast cash needs per branch for the next two weeks',
  'Predict employee attrition in the logistics workforce',
  'Detect shelf gaps from in-store camera images',
  'Suggest reorder quantities for slow movers',
  'Rank suppliers by delivery reliability using inbound quality inspection results',
  'Recognise handwritten delivery notes',
  'Predict customer lifetime value at first purchase',
  'Optimise the timing of marketing emails per customer',
  'Detect payment card testing attacks',
  'Forecast spare-part demand for the service vans',
  'Identify cross-sell opportunities for business customers from order history',
  'Sentiment of social media mentions',
  'Predict the cost of warranty claims per product line for the annual budget',
  'Classify incoming documents in the mailroom',
  'Estimate the carbon footprint of each shipment',
  'Detect water leaks in stores from the building sensors',
  'Recommend substitutes when an online order item is out of stock',
  'Forecast footfall per store hour',
  'Predict which invoices will be paid late by customers',
  'Extract contract terms from supplier agreements',
  'Optimise van loading to cut the number of delivery trips',
  'Detect label errors on the production line with a camera',
  'Propose store opening hours from local demand and staffing costs',
  'Answer HR policy questions for staff',
  'Predict stock-outs of promotional items before the campaign starts',
  'Segment web visitors by intent',
  'Flag risky code changes before release using past incident data',
] as const;

const PLACES = ['in the Nordics', 'for the B2B shop', 'in Germany', 'for the outlet stores', 'in Spain and Portugal', 'for the franchise partners', 'in the UK'] as const;

/** The `index`th realistic title: the list, then the list again with a place, kept to 90 characters. */
function realisticTitle(index: number): string {
  const title = TITLES[index % TITLES.length]!;
  const round = Math.floor(index / TITLES.length);
  if (round === 0) return title;
  const place = PLACES[(round - 1 + index) % PLACES.length]!;
  const longer = `${title} ${place}`;
  return longer.length <= 90 ? longer : `${title.slice(0, 90 - place.length - 1).trimEnd()} ${place}`;
}

/**
 * A board of `count` candidates as a real backlog scores: each candidate has an impact and a
 * complexity of its own, spread over the whole matrix, which every participant scores on every
 * criterion within a point of it (so the whiskers are as long as a room's disagreement), and a
 * realistic title of 20–90 characters. Deterministic: the same count gives the same board.
 */
export function realisticBoardSession(count: number): Session {
  const board = bigBoardSession(count);
  let seed = 20_251;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const scores: Session['scores'] = [];
  const candidates = board.candidates.map((candidate, index) => {
    const centre = { impact: 1.3 + random() * 3.5, complexity: 1.3 + random() * 3.5 };
    for (const participant of board.participants) {
      for (const criterion of board.criteria) {
        const value = Math.round(centre[criterion.axis] + (random() * 2 - 1));
        scores.push({ participantId: participant.id, candidateId: candidate.id, criterionId: criterion.id, value: Math.min(5, Math.max(1, value)) });
      }
    }
    return { ...candidate, title: realisticTitle(index), override: null };
  });
  return { ...board, candidates, scores, votes: [] };
}
