// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, type Session } from '../../../shared';
import { texts, textsIn } from '../../../shared/i18n/texts';
import type { Language } from '../../../shared/i18n/languages';
import { useMatrixPoints } from '../../../renderer/src/store/derived';
import { useSessionStore } from '../../../renderer/src/store/session-store';
import { MatrixSettings } from '../../../renderer/src/views/map/matrix-settings';
import { MatrixTable } from '../../../renderer/src/views/map/matrix-table';
import { CriteriaEditor } from '../../../renderer/src/views/score/criteria-editor';
import { ResultsTable } from '../../../renderer/src/views/score/results-table';
import { candidate, criterion, participant, session as makeSession } from '../shared/workshop-fixtures';

// Numbers follow the interface's language (shared/i18n/numbers.ts): the tables write 4,3 in
// German, and a threshold or a weight typed with a decimal comma is read where the comma is
// the language's decimal separator, and refused with a word beside the field where it is not.

/** A revealed session of one candidate the room placed at impact 4.3, complexity 2. */
function placed(): Session {
  return makeSession({
    participants: [participant('p1')],
    criteria: [criterion('i1', 'impact', 1), criterion('c1', 'complexity', 1)],
    settings: { revealed: true },
    candidates: [candidate('a', { code: 'C1', title: 'Returns triage', override: { impact: 4.3, complexity: 2 } })],
  });
}

function show(session: Session) {
  useSessionStore.setState({ session, savedSession: session });
}

const current = () => useSessionStore.getState().session;

async function speak(language: Language) {
  await texts.changeLanguage(language);
}

afterEach(async () => {
  cleanup();
  await speak('en');
});

function BoardTable() {
  return <MatrixTable points={useMatrixPoints()} />;
}

describe('the tables in the interface’s language', () => {
  it('writes the Map’s table with a decimal comma in German, and a point in English', async () => {
    show(placed());
    await speak('de');
    const { unmount } = render(<BoardTable />);
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent)).toEqual(['4,3', '2,0']);
    unmount();
    await speak('en');
    render(<BoardTable />);
    expect(within(screen.getAllByRole('row')[1]!).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent)).toEqual(['4.3', '2.0']);
  });

  it('writes the checklist’s suggestion in the Map’s notes as the language writes it (C7 of the sample: 4,5)', async () => {
    show(createSampleSession());
    await speak('de');
    render(<BoardTable />);
    const row = screen.getAllByRole('row').find((each) => each.textContent?.includes('C7'))!;
    expect(row.textContent).toContain('4,5');
    expect(row.textContent).not.toContain('4.5');
  });

  it('writes the Score results in German with a decimal comma', async () => {
    show(placed());
    await speak('de');
    render(<ResultsTable />);
    const row = screen.getAllByRole('row').find((each) => each.textContent?.includes('C1'))!;
    expect(row.textContent).toContain('4,3');
    expect(row.textContent).not.toMatch(/\d\.\d/u);
  });
});

describe('a decimal typed with a comma', () => {
  const thresholdField = (language: Language) => screen.getByRole('textbox', { name: textsIn(language)('map:settings.thresholdValue', { axis: 'Impact' }) });
  const weightField = (language: Language) => screen.getByRole('textbox', { name: textsIn(language)('score:criteriaEditor.weightOf', { name: 'i1' }) });

  beforeEach(() => show(placed()));

  it('sets the threshold in German, “3,5” as “3.5” does', async () => {
    await speak('de');
    render(<MatrixSettings />);
    const field = thresholdField('de');
    expect(field.getAttribute('inputmode')).toBe('decimal');
    expect((field as HTMLInputElement).value).toBe('3');
    fireEvent.change(field, { target: { value: '3,5' } });
    expect(current().settings.thresholds.impact).toBe(3.5);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(field, { target: { value: '2.5' } });
    expect(current().settings.thresholds.impact).toBe(2.5);
    // What was typed stays as typed: the field is not rewritten under the cursor.
    expect((field as HTMLInputElement).value).toBe('2.5');
  });

  it('refuses “3,5” in English with a word beside the field, and changes nothing', async () => {
    render(<MatrixSettings />);
    const field = thresholdField('en');
    const before = current();
    fireEvent.change(field, { target: { value: '3,5' } });
    expect(current()).toBe(before);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const refusal = screen.getByRole('alert');
    expect(refusal.textContent).toBe('Type decimals with a point: 3.5.');
    expect(field.getAttribute('aria-describedby')).toBe(refusal.id);
    fireEvent.change(field, { target: { value: '3.5' } });
    expect(current().settings.thresholds.impact).toBe(3.5);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a threshold off the scale, and text that is no number, saying so in the language', async () => {
    await speak('de');
    render(<MatrixSettings />);
    const field = thresholdField('de');
    const before = current();
    fireEvent.change(field, { target: { value: '7,5' } });
    expect(screen.getByRole('alert').textContent).toBe('Geben Sie eine Zahl von 1 bis 5 ein.');
    fireEvent.change(field, { target: { value: '3,5,1' } });
    expect(screen.getByRole('alert').textContent).toBe('Das ist keine Zahl: Geben Sie eine Zahl wie 3,5 ein.');
    expect(current()).toBe(before);
  });

  it('returns an emptied field to the value on blur', () => {
    render(<MatrixSettings />);
    const field = thresholdField('en') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe('Type a number.');
    fireEvent.blur(field);
    expect(field.value).toBe('3');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sets a criterion’s weight in German from “2,5”, and steps it with the arrow keys', async () => {
    await speak('de');
    render(<CriteriaEditor />);
    const field = weightField('de') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '2,5' } });
    expect(current().criteria.find((each) => each.id === 'i1')!.weight).toBe(2.5);
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(current().criteria.find((each) => each.id === 'i1')!.weight).toBe(3);
    expect(field.value).toBe('3');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    // Not below the field's minimum (0).
    expect(current().criteria.find((each) => each.id === 'i1')!.weight).toBe(0);
  });

  it('refuses a weight typed “2,5” in English, and keeps the weight', () => {
    render(<CriteriaEditor />);
    const field = weightField('en');
    fireEvent.change(field, { target: { value: '2,5' } });
    expect(current().criteria.find((each) => each.id === 'i1')!.weight).toBe(1);
    expect(screen.getByRole('alert').textContent).toBe('Type decimals with a point: 3.5.');
  });
});
