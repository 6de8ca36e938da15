import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  ipcCalls,
  ipcEvents,
  type IpcArgs,
  type IpcCallName,
  type IpcEventName,
  type IpcEventPayloads,
  type PickwiseApi,
} from '../../shared/ipc-contract';

// Exposes the contract and nothing else: no ipcRenderer, no channel names chosen by the page.

const call = <K extends IpcCallName>(name: K) =>
  ((...args: IpcArgs<K>) => ipcRenderer.invoke(ipcCalls[name].channel, ...args)) as PickwiseApi[K];

const subscribe = <K extends IpcEventName>(name: K) =>
  ((listener: (payload: IpcEventPayloads[K]) => void) => {
    const relay = (_event: unknown, payload: IpcEventPayloads[K]) => listener(payload);
    ipcRenderer.on(ipcEvents[name], relay);
    return () => {
      ipcRenderer.removeListener(ipcEvents[name], relay);
    };
  }) as PickwiseApi[`on${Capitalize<K>}`];

const api = {
  openSession: call('openSession'),
  saveSession: call('saveSession'),
  saveSessionAs: call('saveSessionAs'),
  startNewDocument: call('startNewDocument'),
  reportDocumentState: call('reportDocumentState'),
  confirmUnsavedChanges: call('confirmUnsavedChanges'),
  closeWindow: call('closeWindow'),
  onCloseRequested: subscribe('closeRequested'),
  // Only the preload can learn a dropped file's path; the page never sees or sends it.
  openDroppedFile: (file: File) => ipcRenderer.invoke(ipcCalls.openDroppedFile.channel, { path: webUtils.getPathForFile(file) }),
  takePendingSession: call('takePendingSession'),
  toggleTheme: call('toggleTheme'),
  interfaceLanguage: call('interfaceLanguage'),
  chooseLanguage: call('chooseLanguage'),
  onLanguageChanged: subscribe('languageChanged'),
  onMenuCommand: subscribe('menuCommand'),
  onSessionOpened: subscribe('sessionOpened'),
  storeDraft: call('storeDraft'),
  discardDraft: call('discardDraft'),
  listRecoverableDrafts: call('listRecoverableDrafts'),
  restoreDraft: call('restoreDraft'),
  discardRecoverableDraft: call('discardRecoverableDraft'),
  reportRendererError: call('reportRendererError'),
  onErrorOccurred: subscribe('errorOccurred'),
  exportChartImage: call('exportChartImage'),
  copyChartImage: call('copyChartImage'),
  exportDecisionRecord: call('exportDecisionRecord'),
  exportMlBrief: call('exportMlBrief'),
  exportBacklogCsv: call('exportBacklogCsv'),
  readBacklogFile: call('readBacklogFile'),
  readSessionForMerge: call('readSessionForMerge'),
  readSessionForComparison: call('readSessionForComparison'),
  readEarlierSession: call('readEarlierSession'),
  closeCancelled: call('closeCancelled'),
  setPresentationFullScreen: call('setPresentationFullScreen'),
} satisfies PickwiseApi;

contextBridge.exposeInMainWorld('pickwise', api);
