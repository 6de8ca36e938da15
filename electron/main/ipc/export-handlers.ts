import { basename } from 'node:path';
import {
  backlogToCsv,
  comparisonForExport,
  decisionRecordHtml,
  decisionRecordMarkdown,
  embedSessionInPng,
  isPng,
  ML_BRIEF_BUDGETS,
  mlBriefHtml,
  mlBriefMarkdown,
  mlBriefRefusal,
  sealedExportRefusal,
  serializeSession,
  sessionAsRoomSees,
  type ComparisonRequest,
  type ExportComparison,
  type Session,
} from '../../../shared';
import { loadExportLanguage, textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
import { exportLimits, type ExportResult, type IpcResults } from '../../../shared/ipc-contract';
import { printOnOnePage } from '../services/pdf-pages';
import type { SessionFiles } from '../services/session-files';
import { chartBesideRecord, confirmedCompanion, confirmedPath, exportFileType, type ExportKind, type ReplaceQuestion } from '../services/export-files';
import type { IpcHandlers } from './dispatch';
import type { Dialogs, ExportServices } from './ports';

type ExportCalls = 'exportChartImage' | 'copyChartImage' | 'exportDecisionRecord' | 'exportMlBrief' | 'exportBacklogCsv' | 'readBacklogFile' | 'readSessionForMerge' | 'readSessionForComparison';

/** File names suggested in the save dialogs: the session's title, or a plain word (in the export's language). */
function nameFor(session: Session, what: string): string {
  const title = session.frame.title.trim().replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return title === '' ? what : `${title} — ${what}`;
}

/**
 * Handlers for everything that leaves the room. Main chooses every path through its dialogs
 * and builds the files from the validated session with the rules in shared/.
 */
export function createExportHandlers(dialogs: Dialogs, sessionFiles: SessionFiles, services: ExportServices): Pick<IpcHandlers, ExportCalls> {
  const { files, clipboard, printer } = services;

  /**
   * Another session read beside the window's own (to merge or to compare), through the same
   * reader as Open, so a file it refuses gets Open's message; the window's document is not touched.
   */
  async function readSessionBeside(windowId: number, kind: 'session' | 'comparison'): Promise<IpcResults['readSessionForMerge']> {
    const path = await dialogs.chooseFileToImport(windowId, kind);
    if (path === null) return { status: 'cancelled' };
    const read = await sessionFiles.read(path);
    if (!read.ok) {
      await dialogs.showFileError(windowId, read.error);
      return { status: 'failed', error: read.error };
    }
    return { status: 'read', session: read.session, fileName: read.fileName };
  }

  /**
   * An export through the save dialog: the path with its extension (asked about when that
   * replaces a file the dialog did not name), and any file written beside it asked about too.
   */
  async function exportTo(
    windowId: number,
    kind: ExportKind,
    suggestedName: string,
    build: (path: string) => Promise<{ path: string; data: string | Uint8Array }[]>,
    beside: (path: string) => { path: string; detail: string }[] = () => [],
  ): Promise<ExportResult> {
    const chosen = await dialogs.chooseExportPath(windowId, kind, suggestedName);
    if (chosen === null) return { status: 'cancelled' };
    const check = { exists: files.exists, confirmReplace: (question: ReplaceQuestion) => dialogs.confirmReplace(windowId, question) };
    const path = await confirmedPath(chosen, exportFileType(kind), check);
    if (path === null) return { status: 'cancelled' };
    for (const companion of beside(path)) {
      if (!(await confirmedCompanion(companion.path, companion.detail, check))) return { status: 'cancelled' };
    }
    let written;
    try {
      written = await files.write(await build(path));
    } catch (error) {
      const fileName = basename(path);
      const message = textsIn(interfaceLanguage())('desktop:files.couldNotMake', { fileName, message: error instanceof Error ? error.message : String(error) });
      written = { ok: false as const, error: { code: 'export-failed', fileName, message } };
    }
    if (!written.ok) {
      await dialogs.showFileError(windowId, written.error);
      return { status: 'failed', error: written.error };
    }
    return { status: 'exported', fileName: basename(path) };
  }

  /** Refuses, with a message, an export that would show blind scores before the reveal (or that cannot be made). */
  async function refuse(windowId: number, message: string | null, code = 'scores-sealed'): Promise<ExportResult | null> {
    if (message === null) return null;
    const error = { code, fileName: '', message };
    await dialogs.showFileError(windowId, error);
    return { status: 'failed', error };
  }

  /**
   * The comparison the page sent, compared here with the shared rule (the page sends sessions
   * and pairs, never numbers); pairs that no longer fit these sessions stop the export with the
   * rule's message.
   */
  async function comparisonOf(windowId: number, session: Session, request: ComparisonRequest | undefined): Promise<{ comparison: ExportComparison | null } | { refused: ExportResult }> {
    if (request === undefined) return { comparison: null };
    const compared = comparisonForExport(session, request, interfaceLanguage());
    if (compared.ok) return { comparison: compared.comparison };
    return { refused: (await refuse(windowId, compared.message, 'comparison-refused'))! };
  }

  const requirePng = (png: Uint8Array) => {
    if (!isPng(png)) throw new Error('The chart image is not a PNG.');
  };

  return {
    async exportChartImage({ windowId }, request) {
      if (request.format === 'svg') {
        return exportTo(windowId, 'svg', request.suggestedName, async (path) => [{ path, data: request.svg }]);
      }
      const refused = await refuse(windowId, sealedExportRefusal(request.session, 'chart', interfaceLanguage()));
      if (refused) return refused;
      requirePng(request.png);
      // The picture carries the whole session, so opening it in Pickwise opens the session.
      const withSession = embedSessionInPng(request.png, serializeSession(request.session));
      return exportTo(windowId, 'png', request.suggestedName, async (path) => [{ path, data: withSession }]);
    },
    async copyChartImage(_context, { png }) {
      requirePng(png);
      await clipboard.writePng(png);
    },
    async exportDecisionRecord({ windowId }, { format, session, chartPng, chartKey = [], chartClusters = [], comparison: sent }) {
      const refused = await refuse(windowId, sealedExportRefusal(session, 'decisionRecord', interfaceLanguage()));
      if (refused) return refused;
      if (chartPng) requirePng(chartPng);
      const since = await comparisonOf(windowId, session, sent);
      if ('refused' in since) return since.refused;
      const { comparison } = since;
      const generatedAt = services.now();
      const language = await loadExportLanguage(session, interfaceLanguage());
      const suggested = nameFor(session, textsIn(language)('desktop:exportNames.decisionRecord'));
      if (format === 'markdown') {
        return exportTo(
          windowId,
          'markdown',
          suggested,
          async (path) => {
            const chartPath = chartBesideRecord(path);
            const markdown = decisionRecordMarkdown(session, { chartImageFileName: chartPng ? basename(chartPath) : null, generatedAt, chartKey, chartClusters, comparison }, language);
            return chartPng ? [{ path: chartPath, data: chartPng }, { path, data: markdown }] : [{ path, data: markdown }];
          },
          (path) =>
            chartPng
              ? [{ path: chartBesideRecord(path), detail: textsIn(interfaceLanguage())('desktop:replace.recordChart', { fileName: basename(path) }) }]
              : [],
        );
      }
      return exportTo(windowId, 'pdf', suggested, async (path) => {
        const chartImageDataUrl = chartPng ? `data:image/png;base64,${Buffer.from(chartPng).toString('base64')}` : null;
        const pdf = await printer.printToPdf(decisionRecordHtml(session, { chartImageDataUrl, generatedAt, chartKey, chartClusters, comparison }, language), 'a4');
        return [{ path, data: pdf }];
      });
    },
    async exportMlBrief({ windowId }, { format, session, candidateId, paper, chartPng }) {
      const refused = await refuse(windowId, mlBriefRefusal(session, candidateId, interfaceLanguage()), 'brief-refused');
      if (refused) return refused;
      if (chartPng) requirePng(chartPng);
      const generatedAt = services.now();
      const candidate = session.candidates.find((each) => each.id === candidateId)!;
      const language = await loadExportLanguage(session, interfaceLanguage());
      const suggested = nameFor(session, textsIn(language)('desktop:exportNames.mlBrief', { candidate: candidate.code || candidate.title }));
      if (format === 'markdown') {
        return exportTo(
          windowId,
          'markdown',
          suggested,
          async (path) => {
            const chartPath = chartBesideRecord(path);
            const markdown = mlBriefMarkdown(session, candidateId, { chartImageFileName: chartPng ? basename(chartPath) : null, generatedAt }, language);
            return chartPng ? [{ path: chartPath, data: chartPng }, { path, data: markdown }] : [{ path, data: markdown }];
          },
          (path) => (chartPng ? [{ path: chartBesideRecord(path), detail: textsIn(interfaceLanguage())('desktop:replace.briefChart', { fileName: basename(path) }) }] : []),
        );
      }
      return exportTo(windowId, 'pdf', suggested, async (path) => {
        const chartImageDataUrl = chartPng ? `data:image/png;base64,${Buffer.from(chartPng).toString('base64')}` : null;
        const { pdf } = await printOnOnePage(
          ML_BRIEF_BUDGETS.length,
          (level) => mlBriefHtml(session, candidateId, { chartImageDataUrl, generatedAt, paper, level }, language),
          (html) => printer.printToPdf(html, paper),
        );
        return [{ path, data: pdf }];
      });
    },
    async exportBacklogCsv({ windowId }, { session, bom, delimiter, comparison: sent }) {
      // The comparison reads the session as sent: the rule itself leaves sealed scores out.
      const since = await comparisonOf(windowId, session, sent);
      if ('refused' in since) return since.refused;
      const language = await loadExportLanguage(session, interfaceLanguage());
      // While blind scores are sealed the backlog goes out without them (and without placements).
      return exportTo(windowId, 'csv', nameFor(session, textsIn(language)('desktop:exportNames.backlog')), async (path) => [
        { path, data: backlogToCsv(sessionAsRoomSees(session), { bom, delimiter, comparison: since.comparison }, language) },
      ]);
    },
    async readBacklogFile({ windowId }) {
      const path = await dialogs.chooseFileToImport(windowId, 'backlog');
      if (path === null) return { status: 'cancelled' };
      const read = await files.readText(path, exportLimits().backlogBytes);
      if (!read.ok) {
        await dialogs.showFileError(windowId, read.error);
        return { status: 'failed', error: read.error };
      }
      return { status: 'read', text: read.text, encoding: read.encoding, fileName: basename(path) };
    },
    readSessionForMerge: ({ windowId }) => readSessionBeside(windowId, 'session'),
    readSessionForComparison: ({ windowId }) => readSessionBeside(windowId, 'comparison'),
  };
}
