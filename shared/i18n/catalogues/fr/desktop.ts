import type { TranslationOf } from '../../catalogue';
import type { desktop as english } from '../en/desktop';

export const desktop = {
  buttons: {
    save: 'Enregistrer',
    dontSave: 'Ne pas enregistrer',
    saveAs: 'Enregistrer sous…',
    cancel: 'Annuler',
    ok: 'OK',
    overwrite: 'Écraser',
    reloadFromDisk: 'Recharger depuis le disque',
    replace: 'Remplacer',
    wait: 'Attendre',
    reload: 'Recharger',
    close: 'Fermer',
  },
  fileTypes: {
    session: 'Session Pickwise',
    sessionsAndCharts: 'Sessions et graphiques Pickwise',
    chartWithSession: 'Image du graphique avec sa session',
    allFiles: 'Tous les fichiers',
    table: 'Feuille de calcul ou texte (CSV, TSV, TXT)',
    png: 'Image PNG',
    svg: 'Image SVG',
    markdown: 'Markdown',
    pdf: 'Document PDF',
    csv: 'Feuille de calcul CSV',
  },
  dialogTitles: {
    open: 'Ouvrir une session',
    save: 'Enregistrer la session',
    import: {
      backlog: 'Importer des candidats',
      session: 'Fusionner les candidats d’une autre session',
      comparison: 'Comparer avec une autre session',
    },
    export: {
      png: 'Exporter une image PNG',
      svg: 'Exporter une image SVG',
      markdown: 'Exporter en Markdown',
      pdf: 'Exporter un document PDF',
      csv: 'Exporter une feuille de calcul CSV',
    },
  },
  markdownChartNote: 'Le graphique est enregistré à côté du compte rendu, en image portant son nom, par exemple « {{fileName}} ».',
  exportNames: {
    decisionRecord: 'compte rendu de décision',
    backlog: 'backlog',
    mlBrief: 'Fiche ML {{candidate}}',
  },
  unsavedChanges: {
    message: 'Voulez-vous enregistrer les modifications apportées à « {{documentName}} » ?',
    detail: 'Vos modifications seront perdues si vous ne les enregistrez pas.',
  },
  externalChange: {
    changed: '« {{fileName}} » a été modifié par un autre programme depuis que vous l’avez ouvert ou enregistré.',
    unchecked: 'Pickwise n’a pas pu vérifier si « {{fileName}} » a été modifié par un autre programme depuis que vous l’avez ouvert ou enregistré.',
    choices:
      'Écrasez-le avec votre version, enregistrez votre version dans un nouveau fichier, ou rechargez le fichier depuis le disque (vos modifications non enregistrées seront alors perdues).',
    noRecord: 'Pickwise ne sait pas ce que contenait le fichier quand cette fenêtre l’a pris en charge.',
  },
  replace: {
    message: '« {{fileName}} » existe déjà. Voulez-vous le remplacer ?',
    withoutExtension: 'Le nom « {{typed}} » a été saisi sans {{extension}} ; Pickwise l’enregistre sous « {{fileName}} », qui existe déjà.',
    recordChart: 'Le graphique du compte rendu de décision est enregistré sous ce nom, à côté de « {{fileName}} ».',
    briefChart: 'Le graphique de la fiche est enregistré sous ce nom, à côté de « {{fileName}} ».',
  },
  formatUpgrade: {
    message: 'Enregistrer « {{fileName}} » dans le nouveau format de session ?',
    detail:
      'Il a été créé par une version antérieure de Pickwise (format de session {{fromVersion}}). Une fois enregistré, il utilise le format {{version}}, avec les listes de contrôle de préparation et les notes conservées sous forme de tableaux, et les versions de Pickwise qui ne lisent que l’ancien format ne pourront plus l’ouvrir. Pour garder l’original pour elles, choisissez « Enregistrer sous… » et enregistrez votre travail sous un autre nom.',
  },
  stoppedPage: {
    crashed: 'Cette fenêtre Pickwise a cessé de fonctionner.',
    hung: 'Cette fenêtre Pickwise ne répond pas.',
    crashedWithWork:
      'Son travail non enregistré, jusqu’à quelques secondes avant l’arrêt, est conservé en brouillon. « Recharger » ouvre une nouvelle fenêtre à sa place, qui propose de restaurer le brouillon ; après « Fermer », c’est la prochaine fenêtre ouverte par Pickwise qui le propose.',
    crashedNoWork: 'Elle n’avait pas de travail non enregistré. « Recharger » ouvre une nouvelle fenêtre à sa place.',
    hungWithWork:
      'Vous pouvez attendre, ou la fermer. Son travail non enregistré, jusqu’à quelques secondes avant l’arrêt, est conservé en brouillon. « Recharger » ouvre une nouvelle fenêtre à sa place, qui propose de restaurer le brouillon ; après « Fermer », c’est la prochaine fenêtre ouverte par Pickwise qui le propose.',
    hungNoWork: 'Vous pouvez attendre, ou la fermer. Elle n’avait pas de travail non enregistré. « Recharger » ouvre une nouvelle fenêtre à sa place.',
  },
  files: {
    couldNotOpen: '« {{fileName}} » n’a pas pu être ouvert. {{reason}}',
    couldNotRead: '« {{fileName}} » n’a pas pu être lu. {{reason}}',
    couldNotSave: '« {{fileName}} » n’a pas pu être enregistré. {{reason}}',
    couldNotWrite: '« {{fileName}} » n’a pas pu être écrit. {{reason}}',
    couldNotMake: '« {{fileName}} » n’a pas pu être créé. {{message}}',
    tooLargeToSave:
      '« {{fileName}} » n’a pas été enregistré. {{reason}} Votre travail est toujours ouvert : supprimez ce dont vous pouvez vous passer (textes longs, candidats) et enregistrez de nouveau.',
    newerFileThere:
      '« {{fileName}} » n’a pas été enregistré par-dessus le fichier existant. {{message}} Le remplacer ferait perdre ce que la version plus récente de Pickwise y a écrit : enregistrez votre travail sous un autre nom avec « Enregistrer sous… ».',
    goneFromRecent: '« {{fileName}} » n’est plus dans {{folder}}. Il a été déplacé, renommé ou supprimé, et a été retiré de « Ouvrir une session récente ».',
    folderNotSession: 'C’est un dossier, pas un fichier de session.',
    pictureWithoutSession: 'C’est une image sans session Pickwise à l’intérieur. Seuls les graphiques exportés de Pickwise en PNG en contiennent une.',
    noLongerAFile: 'Ce n’est plus un fichier.',
    notOnThisComputer: 'Ce n’est pas un fichier de cet ordinateur.',
    notThereAnyMore: 'Il n’est plus là : il a été déplacé, renommé ou supprimé.',
    notRegular: 'Ce n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket).',
    notSessionType: 'Pickwise ouvre les fichiers de session se terminant par .pickwise ou .json, et les images de graphique exportées en .png.',
    largerThan: 'Il dépasse {{megabytes}} Mo.',
    largerThanSession: 'Il dépasse {{megabytes}} Mo, la taille maximale d’un fichier de session.',
    sizeOverLimit: 'Il fait {{size}} ; un fichier de session ne peut dépasser {{limit}}.',
    sessionTooLarge: 'La session donnerait un fichier de {{size}}, et Pickwise ouvre les fichiers de session de {{limit}} au plus.',
  },
  fsErrors: {
    notFound: 'Le fichier ou son dossier n’existe plus.',
    permission: 'Vous n’avez pas l’autorisation d’utiliser ce fichier.',
    permissionRetried:
      'Vous n’avez pas l’autorisation d’utiliser ce fichier. Pickwise a essayé {{attempts}} fois ; un antivirus ou un outil de synchronisation garde peut-être le fichier ouvert. Réessayez dans un instant.',
    folder: 'C’est un dossier, pas un fichier.',
    diskFull: 'Le disque est plein.',
    diskReadOnly: 'Le disque est en lecture seule.',
    busy: 'Un autre programme utilise le fichier.',
    busyRetried:
      'Un autre programme utilise le fichier. Pickwise a essayé {{attempts}} fois ; un antivirus ou un outil de synchronisation garde peut-être le fichier ouvert. Réessayez dans un instant.',
    fileReadOnly: 'Le fichier est en lecture seule : choisissez un autre nom, ou rendez d’abord le fichier modifiable.',
    linkLoop: 'Ses liens symboliques tournent en rond.',
    other: 'Le système a signalé : {{message}}',
  },
  drafts: {
    notADraft: 'Ce n’est pas un brouillon écrit par Pickwise.',
    damaged: 'Il est tronqué ou endommagé.',
    restoredElsewhereNamed: 'Le brouillon de « {{name}} » a déjà été restauré dans une autre fenêtre Pickwise. Poursuivez-y votre travail.',
    restoredElsewhere: 'Ce brouillon a déjà été restauré dans une autre fenêtre Pickwise. Poursuivez-y votre travail.',
    couldNotRestore: 'Le brouillon n’a pas pu être restauré. {{reason}}',
    keptElsewhere: 'Ce brouillon a déjà été restauré dans une autre fenêtre Pickwise ; il y a donc été conservé.',
    notKept: 'Vos modifications non enregistrées de « {{name}} » n’ont pas pu être conservées en brouillon : un plantage à ce stade vous les ferait perdre. {{reason}}',
  },
  earlierSession: {
    noFile: 'Cette session n’a pas encore de fichier, il n’y a donc aucun dossier où chercher.',
    noEarlier: 'Cette session n’est le suivi d’aucune session antérieure.',
    neverSaved: 'La session antérieure n’a jamais été enregistrée dans un fichier.',
    notAFileName: '« {{fileName}} » n’est pas le nom d’un fichier dans un dossier.',
    ownFile: 'Le fichier antérieur indiqué est le propre fichier de cette session.',
    anotherSession: '« {{fileName}} », à côté, contient une autre session.',
  },
  about: {
    copyright: 'Pickwise — licence MIT',
    noSandbox:
      'Pickwise fonctionne sans le bac à sable de Chromium : il a été lancé avec --no-sandbox, comme le fait l’AppImage sur les systèmes qui n’autorisent pas les espaces de noms utilisateur. Le paquet .deb conserve le bac à sable.',
  },
} as const satisfies TranslationOf<typeof english>;
