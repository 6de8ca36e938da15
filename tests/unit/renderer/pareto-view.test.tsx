// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, type Session } from '../../../shared';
import { useParetoCurve } from '../../../renderer/src/store/derived';
import { useSessionStore } from '../../../renderer/src/store/session-store';
import { DecideView } from '../../../renderer/src/views/decide/decide-view';
import { ParetoChart } from '../../../renderer/src/views/decide/pareto-chart';
import { formatRatio, formatShare } from '../../../renderer/src/views/common/format';
import { candidate, participant, session as makeSession } from '../shared/workshop-fixtures';

// The 80/20 view renders what shared/workshop/pareto.ts computed, through the store's derived
// state: the sentence, a named point per candidate with the knee marked, and the same as a table.

const at = (impact: number, complexity: number) => ({ override: { impact, complexity } });

/** C1 5/1, C2 4/2, C3 2/2, C4 1/5: the knee is the second (75 % of the impact for 30 % of the effort). */
function handExample(revealed: boolean): Session {
  return makeSession({
    participants: [participant('p1')],
    settings: { revealed },
    candidates: [
      candidate('c', { code: 'C3', title: 'Shelf gaps', ...at(2, 2) }),
      candidate('a', { code: 'C1', title: 'Returns triage', ...at(5, 1) }),
      candidate('d', { code: 'C4', title: 'Dynamic pricing', ...at(1, 5) }),
      candidate('b', { code: 'C2', title: 'Churn', ...at(4, 2) }),
      candidate('n', { code: 'C5', title: 'Spend buckets', ...at(5, 1), betterWithoutMl: true }),
    ],
  });
}

function Chart() {
  return <ParetoChart curve={useParetoCurve()} width={900} height={500} />;
}

// jsdom has no ResizeObserver and lays nothing out: the panel's chart frame measures 0 × 0 and
// draws nothing there; the chart itself is drawn at a fixed size below.
class NoResizeObserver {
  observe(): void {}
  disconnect(): void {}
}

beforeEach(() => {
  globalThis.ResizeObserver = NoResizeObserver as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

describe('the 80/20 in Decide', () => {
  beforeEach(() => {
    const session = handExample(true);
    useSessionStore.setState({ session, savedSession: session });
  });

  it('says the sentence and what is left out, and lists the candidates as a table with the knee marked', () => {
    render(<DecideView />);
    const panel = screen.getByRole('region', { name: '80/20' });
    expect(within(panel).getByTestId('pareto-sentence').textContent).toBe('The first 2 candidates give 75 % of the backlog’s impact for 30 % of its effort.');
    expect(within(panel).getByTestId('pareto-left-out').textContent).toBe('1 candidate set aside as better without ML is left out.');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show table' }));
    const rows = within(within(panel).getByRole('table', { name: '80/20 table' })).getAllByTestId('pareto-row');
    expect(rows.map((row) => [...row.querySelectorAll('td, th')].map((cell) => cell.textContent))).toEqual([
      ['1', 'C1 Returns triage', '5.0', '1.0', '5.00', '42 %', '10 %', ''],
      ['2', 'C2 Churn', '4.0', '2.0', '2.00', '75 %', '30 %', 'Knee'],
      ['3', 'C3 Shelf gaps', '2.0', '2.0', '1.00', '92 %', '50 %', ''],
      ['4', 'C4 Dynamic pricing', '1.0', '5.0', '0.20', '100 %', '100 %', ''],
    ]);
    expect(within(panel).getByRole('button', { name: 'Show chart' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('draws a point per candidate, named by code and title, and rings and labels the knee', () => {
    const { container } = render(<Chart />);
    const points = [...container.querySelectorAll('[data-testid="pareto-point"]')];
    expect(points.map((point) => point.getAttribute('aria-label'))).toEqual([
      '1. C1 Returns triage: 42 % of the impact for 10 % of the effort so far',
      '2. C2 Churn: 75 % of the impact for 30 % of the effort so far',
      '3. C3 Shelf gaps: 92 % of the impact for 50 % of the effort so far',
      '4. C4 Dynamic pricing: 100 % of the impact for 100 % of the effort so far',
    ]);
    expect(points.map((point) => point.getAttribute('role'))).toEqual(['img', 'img', 'img', 'img']);
    const knee = container.querySelector('[data-testid="pareto-knee"]')!;
    expect(knee.textContent).toBe('Knee: the first 2 candidates75 % of the impact, 30 % of the effort');
    // The ring sits on the second point.
    const ring = knee.querySelector('circle')!;
    expect([ring.getAttribute('cx'), ring.getAttribute('cy')]).toEqual([points[1]!.getAttribute('cx'), points[1]!.getAttribute('cy')]);
    // Codes up to the knee only.
    expect([...container.querySelectorAll('.pareto-code')].map((code) => code.textContent)).toEqual(['C1', 'C2']);
  });

  it('draws no knee when there is none', () => {
    const session = handExample(true);
    session.candidates = session.candidates.filter((c) => c.code === 'C1');
    useSessionStore.setState({ session });
    const { container } = render(<Chart />);
    expect(container.querySelectorAll('[data-testid="pareto-point"]')).toHaveLength(1);
    expect(container.querySelector('[data-testid="pareto-knee"]')).toBeNull();
  });
});

describe('the 80/20 before the reveal', () => {
  beforeEach(() => {
    const session = handExample(false);
    useSessionStore.setState({ session, savedSession: session });
  });

  it('says it is sealed and shows nothing computed from the scores', () => {
    render(<DecideView />);
    const panel = screen.getByRole('region', { name: '80/20' });
    expect(within(panel).getByTestId('sealed-scores').textContent).toMatch(/^The 80\/20 stays empty until the scores are revealed\./);
    expect(screen.queryByTestId('pareto-sentence')).toBeNull();
    expect(screen.queryByTestId('pareto-point')).toBeNull();
  });
});

describe('the sample session', () => {
  it('has its 80/20 in Decide once revealed', () => {
    const session = createSampleSession();
    useSessionStore.setState({ session, savedSession: session });
    render(<DecideView />);
    expect(screen.getByTestId('pareto-sentence').textContent).toMatch(/^The first \d+ candidates give \d+ % of the backlog’s impact for \d+ % of its effort\.$/);
  });
});

describe('the 80/20’s numbers as the table writes them', () => {
  it('a ratio with two decimals, ∞ for no complexity; a share as a whole percent, as in the sentence', () => {
    expect(formatRatio(1.25, 'en')).toBe('1.25');
    expect(formatRatio(2 / 3, 'en')).toBe('0.67');
    expect(formatRatio(Infinity, 'en')).toBe('∞');
    expect(formatShare(4 / 15, 'en')).toBe('27 %');
    expect(formatShare(0.605, 'en')).toBe('61 %');
  });

  it('in German: a decimal comma, and a no-break space before the percent sign', () => {
    expect(formatRatio(1.25, 'de')).toBe('1,25');
    expect(formatShare(0.605, 'de')).toBe('61\u00a0%');
  });
});
