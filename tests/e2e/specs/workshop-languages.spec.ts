import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Background, Language } from '../../../shared';
import { expect, test } from '../fixtures';
import { addParticipantIn, captureCandidateIn, gotoPhaseIn, rawKeysIn, scoreTurnIn, textsOf, type Phase } from './session-page-languages';

// A small workshop walked through all six phases in each language the interface speaks, on a
// system in that language. Every name a locator looks for comes from that language's catalogue,
// so a screen that shows a raw key, English or nothing where the language has a text fails here;
// each phase's main region is also searched for a key or a {{placeholder}} left unresolved.

interface Room {
  locales: string[];
  title: string;
  goal: string;
  participants: readonly { name: string; background: Background }[];
  candidates: readonly string[];
  rationale: string;
}

// The session's own content, in the room's language: typed, never translated.
const ROOMS: Record<Language, Room> = {
  en: {
    locales: ['en-US'],
    title: 'Northwind — ML opportunities',
    goal: 'Grow repeat purchases by 10% this year.',
    participants: [
      { name: 'Maria Lopez', background: 'business' },
      { name: 'Priya Nair', background: 'technical' },
      { name: 'Jonas Eriksen', background: 'data' },
    ],
    candidates: ['Churn prediction', 'Demand forecasting', 'Support-ticket routing'],
    rationale: 'A quick win with data we already have.',
  },
  de: {
    locales: ['de-DE', 'en-US'],
    title: 'Nordwind — ML-Chancen',
    goal: 'Wiederholungskäufe in diesem Jahr um 10 % steigern.',
    participants: [
      { name: 'Jürgen Weiß', background: 'business' },
      { name: 'Anke Groß', background: 'technical' },
      { name: 'Özlem Yılmaz', background: 'data' },
    ],
    candidates: ['Kündigungsprognose', 'Absatzplanung', 'Ticket-Zuordnung im Support'],
    rationale: 'Ein schneller Erfolg mit Daten, die wir schon haben.',
  },
  fr: {
    locales: ['fr-FR'],
    title: 'Vent du Nord — opportunités ML',
    goal: 'Augmenter les achats répétés de 10 % cette année.',
    participants: [
      { name: 'Hélène Dubois', background: 'business' },
      { name: 'François Lefèvre', background: 'technical' },
      { name: 'Chloé Martin', background: 'data' },
    ],
    candidates: ['Prédiction de l’attrition', 'Prévision de la demande', 'Routage des tickets'],
    rationale: 'Un gain rapide avec des données que nous avons déjà.',
  },
  es: {
    locales: ['es-ES'],
    title: 'Viento del Norte — oportunidades de ML',
    goal: 'Aumentar las compras repetidas un 10 % este año.',
    participants: [
      { name: 'Begoña Muñoz', background: 'business' },
      { name: 'Íñigo Sánchez', background: 'technical' },
      { name: 'Lucía Gómez', background: 'data' },
    ],
    candidates: ['Predicción de bajas', 'Previsión de la demanda', 'Asignación de incidencias'],
    rationale: 'Una victoria rápida con datos que ya tenemos.',
  },
  pt: {
    locales: ['pt-BR'],
    title: 'Vento Norte — oportunidades de ML',
    goal: 'Aumentar as compras repetidas em 10% este ano.',
    participants: [
      { name: 'João Araújo', background: 'business' },
      { name: 'Conceição Simões', background: 'technical' },
      { name: 'Gonçalo Leão', background: 'data' },
    ],
    candidates: ['Previsão de cancelamentos', 'Previsão de procura', 'Encaminhamento de chamados'],
    rationale: 'Uma vitória rápida com dados que já temos.',
  },
};

/** Each candidate's place on the matrix, a little different from one participant to the next. */
function scoreOf(participant: number, candidate: number, axis: 'impact' | 'complexity'): number {
  const base = axis === 'impact' ? [5, 3, 2][candidate]! : [2, 4, 3][candidate]!;
  return Math.min(5, Math.max(1, base + (participant === 1 ? -1 : participant === 2 ? 1 : 0)));
}

for (const [language, room] of Object.entries(ROOMS) as [Language, Room][]) {
  test.describe(`in ${language}`, () => {
    test.use({ systemLocales: room.locales });

    test(`a small workshop through all six phases speaks ${language} on every screen, and the decision record too`, async ({ app }) => {
      const { page } = app;
      const say = textsOf(language);
      const expectNoRawKeys = async (phase: Phase) => expect(await rawKeysIn(page), `texts of ${phase} that are keys or placeholders, not words`).toEqual([]);

      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('combobox', { name: say('common:documentBar.language'), exact: true })).toHaveValue('system');

      // Frame: the session, its goal, and three people from business, tech and data.
      await gotoPhaseIn(page, say, 'frame');
      await page.getByLabel(say('frame:frameView.title'), { exact: true }).fill(room.title);
      await page.getByLabel(say('frame:frameView.businessGoal'), { exact: true }).fill(room.goal);
      for (const participant of room.participants) await addParticipantIn(page, say, participant.name, participant.background);
      await expect(page.getByRole('heading', { name: say('frame:participantsEditor.participants'), exact: true })).toBeVisible();
      await expectNoRawKeys('frame');

      // Collect: three candidates from the capture line.
      await gotoPhaseIn(page, say, 'collect');
      for (const title of room.candidates) await captureCandidateIn(page, say, title);
      await expect(page.getByRole('heading', { name: say('collect:candidateList.candidates'), exact: true })).toBeVisible();
      await expect(page.getByRole('list', { name: say('collect:candidateList.list'), exact: true })).toBeVisible();
      await expectNoRawKeys('collect');

      // Score: each participant's blind turn by keyboard, then the reveal.
      await gotoPhaseIn(page, say, 'score');
      await expect(page.getByRole('heading', { name: say('score:blindRoom.title'), exact: true })).toBeVisible();
      await expectNoRawKeys('score');
      for (const [index, participant] of room.participants.entries()) {
        await scoreTurnIn(page, say, participant.name, room.candidates.length, (candidate, axis) => scoreOf(index, candidate, axis));
      }
      await expect(page.getByTestId('reveal-progress')).toHaveText(say('score:blindRoom.progress', { finished: '3', total: '3' }));
      await page.getByRole('button', { name: say('score:blindRoom.revealAll'), exact: true }).click();
      await expect(page.getByRole('heading', { name: say('score:blindRoom.revealedTitle'), exact: true })).toBeVisible();
      await expect(page.getByRole('table', { name: say('score:resultsTable.label'), exact: true }).getByTestId('result-row')).toHaveCount(3);
      await expectNoRawKeys('score');

      // Map: the matrix draws the three candidates, with its legend.
      await gotoPhaseIn(page, say, 'map');
      const matrix = page.getByRole('region', { name: say('map:impactVersusComplexity'), exact: true });
      await expect(matrix.getByTestId('matrix-point')).toHaveCount(3);
      for (const [index, title] of room.candidates.entries()) {
        // Each point is named as the catalogue says: its code and title, then its place (whose numbers are left out here).
        const gap = '\u0000';
        const named = say('map:point.description', { code: `C${index + 1}`, title, impact: gap, complexity: gap, quadrant: gap }).split(gap)[0]!;
        await expect(matrix.locator(`[data-testid="matrix-point"][aria-label^=${JSON.stringify(named)}]`), `the point named “${named}…”`).toHaveCount(1);
      }
      await expect(matrix).toContainText(say('map:footer.shown', { shown: '3', count: 3 }));
      const legend = page.getByRole('list', { name: say('map:legend.title'), exact: true });
      await expect(legend).toContainText(say('map:legend.dashed'));
      await expectNoRawKeys('map');

      // Decide: a dot, the focus and why.
      await gotoPhaseIn(page, say, 'decide');
      await expect(page.getByTestId('ranked-row')).toHaveCount(3);
      const voters = page.getByRole('group', { name: say('decide:dotVoting.whoIsVoting'), exact: true });
      const voter = voters.getByRole('button', { name: new RegExp(`^${escapeRegExp(room.participants[0]!.name)} `) });
      await voter.click();
      await expect(page.getByRole('list', { name: say('decide:dotVoting.votersDots', { name: room.participants[0]!.name }), exact: true })).toBeVisible();
      await page.getByRole('button', { name: say('decide:dotVoting.addDot', { code: 'C1' }), exact: true }).click();
      await expect(voter).toContainText(say('decide:dotVoting.dotsLeft', { count: 2 }));
      await expect(page.getByTestId('vote-row').filter({ hasText: room.candidates[0]! }).getByLabel(say('decide:dotVoting.dots', { count: 1 }), { exact: true })).toBeVisible();
      await page.getByRole('button', { name: say('decide:rankedList.chooseAsFocusLabel', { code: 'C1', title: room.candidates[0]! }), exact: true }).click();
      await expect(page.getByTestId('ranked-row').filter({ hasText: room.candidates[0]! })).toContainText(say('decide:columns.focus'));
      await expect(page.getByLabel(say('decide:focusDecision.focusProblem'), { exact: true })).toHaveValue(/./u);
      await page.getByLabel(say('decide:focusDecision.whyThisOne'), { exact: true }).fill(room.rationale);
      await expect(page.getByRole('region', { name: say('decide:focusDecision.readinessOfFocus'), exact: true })).toBeVisible();
      await expectNoRawKeys('decide');

      // Share: the decision record as Markdown, written in the session's language of exports
      // (a new session's is the interface's).
      await gotoPhaseIn(page, say, 'share');
      await expect(page.getByRole('heading', { name: say('share:shareView.decisionRecord.title'), exact: true })).toBeVisible();
      await expectNoRawKeys('share');
      const recordFile = join(app.folder, 'record.md');
      await app.answerExportDialog(recordFile);
      await page.getByRole('button', { name: say('share:shareView.decisionRecord.exportMarkdown'), exact: true }).click();
      await expect.poll(() => readFile(recordFile, 'utf8').then((body) => body.length, () => 0), { message: 'the decision record is written' }).toBeGreaterThan(100);
      const record = await readFile(recordFile, 'utf8');
      expect(record).toContain(room.title);
      expect(record).toContain(room.rationale);
      for (const participant of room.participants) expect(record).toContain(participant.name);
      // A new session starts in the room's language: the focus's quadrant (a quick win) is named as the starter catalogue names it there.
      expect(record, 'the quadrant names of a new session in the room’s language').toContain(say('starter:quadrantNames.quick-wins'));
      expect(record, 'the record’s headings in the session’s language').toContain(`## ${say('documents:record.sections.goal')}\n`);
      expect(record).toContain(`## ${say('documents:record.sections.focus')}\n`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    });
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
