// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, readinessFlags, setReadinessAnswer, type Session } from '../../../shared';
import { useMatrixPoints } from '../../../renderer/src/store/derived';
import { useSessionStore } from '../../../renderer/src/store/session-store';
import { BoardChart } from '../../../renderer/src/views/map/board-chart';
import { MatrixTable } from '../../../renderer/src/views/map/matrix-table';

// The Map marks a candidate whose readiness checklist disagrees with the room's complexity
// (shared/workshop/readiness.ts) on its point itself, in words too: the point's accessible
// name and the table's notes. The sample session flags C7 (support-ticket routing) alone.

let session: Session;

beforeEach(() => {
  session = createSampleSession();
  useSessionStore.setState({ session, savedSession: session });
});
afterEach(cleanup);

const pointOf = (container: HTMLElement, code: string) => {
  const id = session.candidates.find((candidate) => candidate.code === code)!.id;
  return container.querySelector<SVGGElement>(`[data-testid="matrix-point"][data-candidate-id="${id}"]`)!;
};

/** The Map's table view of the whole board. */
function BoardTable() {
  return <MatrixTable points={useMatrixPoints()} />;
}

function drawChart() {
  return render(<BoardChart width={1000} height={700} selectedId={null} />).container;
}

describe('the readiness mark on the Map', () => {
  it('marks the flagged candidate’s point, and names the disagreement in the point’s accessible name', () => {
    expect([...readinessFlags(session).keys()]).toEqual(['cand-tickets']);
    const chart = drawChart();
    const flagged = pointOf(chart, 'C7');
    expect(flagged.querySelectorAll('[data-testid="readiness-mark"]')).toHaveLength(1);
    expect(flagged.getAttribute('aria-label')).toMatch(/, its readiness checklist disagrees with the room’s complexity \(the checklist says 4\.5\)$/);
  });

  it('leaves an unflagged candidate’s point unmarked, a candidate with a checklist of its own too', () => {
    const chart = drawChart();
    for (const code of ['C5', 'C6', 'C1']) {
      expect(pointOf(chart, code).querySelector('[data-testid="readiness-mark"]')).toBeNull();
      expect(pointOf(chart, code).getAttribute('aria-label')).not.toContain('checklist');
    }
    expect(chart.querySelectorAll('[data-testid="readiness-mark"]')).toHaveLength(1);
  });

  it('takes the mark away once the checklist and the room agree', () => {
    let agreed = session;
    for (const item of session.readinessItems) agreed = setReadinessAnswer(agreed, 'cand-tickets', item.id, { answer: 'ready' });
    useSessionStore.setState({ session: agreed });
    expect(drawChart().querySelector('[data-testid="readiness-mark"]')).toBeNull();
  });

  it('says it in the table’s notes, for the flagged candidate only', () => {
    const rows = render(<BoardTable />).container.querySelectorAll<HTMLTableRowElement>('[data-testid="matrix-row"]');
    const notes = new Map([...rows].map((row) => [row.dataset['candidateId'], row.cells[row.cells.length - 1]!.textContent]));
    expect(notes.get('cand-tickets')).toContain('Checklist disagrees with the room’s complexity (it says 4.5)');
    expect([...notes.values()].filter((note) => note?.includes('Checklist'))).toHaveLength(1);
  });
});
