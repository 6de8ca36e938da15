import type { TranslationOf } from '../../catalogue';
import type { desktop as english } from '../en/desktop';

export const desktop = {
  buttons: {
    save: 'Speichern',
    dontSave: 'Nicht speichern',
    saveAs: 'Speichern unter…',
    cancel: 'Abbrechen',
    ok: 'OK',
    overwrite: 'Überschreiben',
    reloadFromDisk: 'Von der Festplatte neu laden',
    replace: 'Ersetzen',
    wait: 'Warten',
    reload: 'Neu laden',
    close: 'Schließen',
  },
  fileTypes: {
    session: 'Pickwise-Sitzung',
    sessionsAndCharts: 'Pickwise-Sitzungen und -Diagramme',
    chartWithSession: 'Diagrammbild mit seiner Sitzung',
    allFiles: 'Alle Dateien',
    table: 'Tabelle oder Text (CSV, TSV, TXT)',
    png: 'PNG-Bild',
    svg: 'SVG-Bild',
    markdown: 'Markdown',
    pdf: 'PDF-Dokument',
    csv: 'CSV-Tabelle',
  },
  dialogTitles: {
    open: 'Sitzung öffnen',
    save: 'Sitzung speichern',
    import: {
      backlog: 'Kandidaten importieren',
      session: 'Kandidaten aus einer anderen Sitzung zusammenführen',
      comparison: 'Mit einer anderen Sitzung vergleichen',
    },
    export: {
      png: 'PNG-Bild exportieren',
      svg: 'SVG-Bild exportieren',
      markdown: 'Als Markdown exportieren',
      pdf: 'PDF-Dokument exportieren',
      csv: 'CSV-Tabelle exportieren',
    },
  },
  markdownChartNote: 'Das Diagramm wird neben dem Protokoll als Bild gespeichert, das nach ihm benannt ist, z. B. „{{fileName}}“.',
  exportNames: {
    decisionRecord: 'Entscheidungsprotokoll',
    backlog: 'Backlog',
    mlBrief: '{{candidate}} ML-Steckbrief',
  },
  unsavedChanges: {
    message: 'Möchten Sie die Änderungen an „{{documentName}}“ speichern?',
    detail: 'Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.',
  },
  externalChange: {
    changed: '„{{fileName}}“ wurde von einem anderen Programm geändert, seit Sie die Datei geöffnet oder gespeichert haben.',
    unchecked: 'Pickwise konnte nicht prüfen, ob „{{fileName}}“ von einem anderen Programm geändert wurde, seit Sie die Datei geöffnet oder gespeichert haben.',
    choices:
      'Überschreiben Sie die Datei mit Ihrer Fassung, speichern Sie Ihre Fassung als neue Datei, oder laden Sie die Datei neu von der Festplatte (Ihre ungespeicherten Änderungen werden dann verworfen).',
    noRecord: 'Pickwise weiß nicht, was in der Datei stand, als dieses Fenster sie übernommen hat.',
  },
  replace: {
    message: '„{{fileName}}“ ist bereits vorhanden. Möchten Sie die Datei ersetzen?',
    withoutExtension: 'Der Name „{{typed}}“ wurde ohne {{extension}} angegeben; Pickwise speichert die Datei als „{{fileName}}“, und diese Datei gibt es bereits.',
    recordChart: 'Das Diagramm des Entscheidungsprotokolls wird unter diesem Namen neben „{{fileName}}“ gespeichert.',
    briefChart: 'Das Diagramm des Steckbriefs wird unter diesem Namen neben „{{fileName}}“ gespeichert.',
  },
  formatUpgrade: {
    message: '„{{fileName}}“ im neuen Sitzungsformat speichern?',
    detail:
      'Die Datei stammt von einer früheren Pickwise-Version (Sitzungsformat {{fromVersion}}). Gespeichert verwendet sie Format {{version}}, mit Reife-Checklisten und Bewertungen als Tabellen, und Pickwise-Versionen, die nur das frühere Format lesen, können sie nicht mehr öffnen. Um das Original für diese Versionen zu behalten, wählen Sie „Speichern unter…“ und speichern Ihre Arbeit unter einem anderen Namen.',
  },
  stoppedPage: {
    crashed: 'Dieses Pickwise-Fenster funktioniert nicht mehr.',
    hung: 'Dieses Pickwise-Fenster reagiert nicht.',
    crashedWithWork:
      'Seine ungespeicherte Arbeit bis wenige Sekunden vor dem Abbruch ist als Entwurf aufbewahrt. „Neu laden“ öffnet an seiner Stelle ein frisches Fenster, das anbietet, den Entwurf wiederherzustellen; nach „Schließen“ bietet ihn das nächste Fenster an, das Pickwise öffnet.',
    crashedNoWork: 'Es hatte keine ungespeicherte Arbeit. „Neu laden“ öffnet an seiner Stelle ein frisches Fenster.',
    hungWithWork:
      'Sie können warten oder es schließen. Seine ungespeicherte Arbeit bis wenige Sekunden vor dem Abbruch ist als Entwurf aufbewahrt. „Neu laden“ öffnet an seiner Stelle ein frisches Fenster, das anbietet, den Entwurf wiederherzustellen; nach „Schließen“ bietet ihn das nächste Fenster an, das Pickwise öffnet.',
    hungNoWork: 'Sie können warten oder es schließen. Es hatte keine ungespeicherte Arbeit. „Neu laden“ öffnet an seiner Stelle ein frisches Fenster.',
  },
  files: {
    couldNotOpen: '„{{fileName}}“ konnte nicht geöffnet werden. {{reason}}',
    couldNotRead: '„{{fileName}}“ konnte nicht gelesen werden. {{reason}}',
    couldNotSave: '„{{fileName}}“ konnte nicht gespeichert werden. {{reason}}',
    couldNotWrite: '„{{fileName}}“ konnte nicht geschrieben werden. {{reason}}',
    couldNotMake: '„{{fileName}}“ konnte nicht erstellt werden. {{message}}',
    tooLargeToSave:
      '„{{fileName}}“ wurde nicht gespeichert. {{reason}} Ihre Arbeit ist noch geöffnet: Entfernen Sie, was Sie entbehren können (lange Texte, Kandidaten), und speichern Sie erneut.',
    newerFileThere:
      '„{{fileName}}“ wurde nicht über die vorhandene Datei gespeichert. {{message}} Wenn Sie sie ersetzen, geht verloren, was die neuere Pickwise-Version geschrieben hat: Speichern Sie Ihre Arbeit mit „Speichern unter…“ unter einem anderen Namen.',
    goneFromRecent: '„{{fileName}}“ ist nicht mehr in {{folder}}. Die Datei wurde verschoben, umbenannt oder gelöscht und aus „Zuletzt geöffnet“ entfernt.',
    folderNotSession: 'Es ist ein Ordner, keine Sitzungsdatei.',
    pictureWithoutSession: 'Es ist ein Bild ohne Pickwise-Sitzung darin. Nur Diagramme, die aus Pickwise als PNG exportiert wurden, enthalten eine.',
    noLongerAFile: 'Es ist keine Datei mehr.',
    notOnThisComputer: 'Es ist keine Datei auf diesem Computer.',
    notThereAnyMore: 'Die Datei ist nicht mehr da: Sie wurde verschoben, umbenannt oder gelöscht.',
    notRegular: 'Es ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket).',
    notSessionType: 'Pickwise öffnet Sitzungsdateien mit der Endung .pickwise oder .json und als .png exportierte Diagrammbilder.',
    largerThan: 'Die Datei ist größer als {{megabytes}} MB.',
    largerThanSession: 'Die Datei ist größer als {{megabytes}} MB, die Höchstgröße einer Sitzungsdatei.',
    sizeOverLimit: 'Die Datei ist {{size}} groß; Sitzungsdateien dürfen höchstens {{limit}} groß sein.',
    sessionTooLarge: 'Die Sitzung ergäbe eine Datei von {{size}}, und Pickwise öffnet Sitzungsdateien von höchstens {{limit}}.',
  },
  fsErrors: {
    notFound: 'Die Datei oder ihr Ordner existiert nicht mehr.',
    permission: 'Sie haben keine Berechtigung, diese Datei zu verwenden.',
    permissionRetried:
      'Sie haben keine Berechtigung, diese Datei zu verwenden. Pickwise hat es {{attempts}}-mal versucht; vielleicht hält ein Virenscanner oder ein Synchronisierungsprogramm die Datei offen. Versuchen Sie es gleich noch einmal.',
    folder: 'Es ist ein Ordner, keine Datei.',
    diskFull: 'Der Datenträger ist voll.',
    diskReadOnly: 'Der Datenträger ist schreibgeschützt.',
    busy: 'Ein anderes Programm verwendet die Datei.',
    busyRetried:
      'Ein anderes Programm verwendet die Datei. Pickwise hat es {{attempts}}-mal versucht; vielleicht hält ein Virenscanner oder ein Synchronisierungsprogramm die Datei offen. Versuchen Sie es gleich noch einmal.',
    fileReadOnly: 'Die Datei ist schreibgeschützt: Wählen Sie einen anderen Namen, oder heben Sie den Schreibschutz zuerst auf.',
    linkLoop: 'Ihre symbolischen Links führen im Kreis.',
    other: 'Das System meldet: {{message}}',
  },
  drafts: {
    notADraft: 'Das ist kein Entwurf, den Pickwise geschrieben hat.',
    damaged: 'Er ist abgeschnitten oder beschädigt.',
    restoredElsewhereNamed: 'Der Entwurf von „{{name}}“ wurde bereits in einem anderen Pickwise-Fenster wiederhergestellt. Arbeiten Sie dort damit weiter.',
    restoredElsewhere: 'Dieser Entwurf wurde bereits in einem anderen Pickwise-Fenster wiederhergestellt. Arbeiten Sie dort damit weiter.',
    couldNotRestore: 'Der Entwurf konnte nicht wiederhergestellt werden. {{reason}}',
    keptElsewhere: 'Dieser Entwurf wurde bereits in einem anderen Pickwise-Fenster wiederhergestellt und bleibt deshalb dort erhalten.',
    notKept: 'Ihre ungespeicherten Änderungen an „{{name}}“ konnten nicht als Entwurf aufbewahrt werden – ein Absturz jetzt würde sie verlieren. {{reason}}',
  },
  earlierSession: {
    noFile: 'Diese Sitzung hat noch keine Datei, also gibt es keinen Ordner, in dem gesucht werden kann.',
    noEarlier: 'Diese Sitzung ist keine Folgesitzung einer früheren Sitzung.',
    neverSaved: 'Die frühere Sitzung wurde nie in einer Datei gespeichert.',
    notAFileName: '„{{fileName}}“ ist nicht der Name einer Datei in einem Ordner.',
    ownFile: 'Die genannte frühere Datei ist die eigene Datei dieser Sitzung.',
    anotherSession: '„{{fileName}}“ daneben enthält eine andere Sitzung.',
  },
  about: {
    copyright: 'Pickwise — MIT-Lizenz',
    noSandbox:
      'Pickwise läuft ohne die Sandbox von Chromium: Es wurde mit --no-sandbox gestartet, wie es das AppImage auf Systemen tut, die keine User Namespaces erlauben. Das .deb-Paket behält die Sandbox.',
  },
} as const satisfies TranslationOf<typeof english>;
