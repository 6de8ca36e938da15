import type { TranslationOf } from '../../catalogue';
import type { desktop as english } from '../en/desktop';

export const desktop = {
  buttons: {
    save: 'Guardar',
    dontSave: 'No guardar',
    saveAs: 'Guardar como…',
    cancel: 'Cancelar',
    ok: 'Aceptar',
    overwrite: 'Sobrescribir',
    reloadFromDisk: 'Volver a cargar desde el disco',
    replace: 'Reemplazar',
    wait: 'Esperar',
    reload: 'Volver a cargar',
    close: 'Cerrar',
  },
  fileTypes: {
    session: 'Sesión de Pickwise',
    sessionsAndCharts: 'Sesiones y gráficos de Pickwise',
    chartWithSession: 'Imagen del gráfico con su sesión',
    allFiles: 'Todos los archivos',
    table: 'Hoja de cálculo o texto (CSV, TSV, TXT)',
    png: 'Imagen PNG',
    svg: 'Imagen SVG',
    markdown: 'Markdown',
    pdf: 'Documento PDF',
    csv: 'Hoja de cálculo CSV',
  },
  dialogTitles: {
    open: 'Abrir sesión',
    save: 'Guardar sesión',
    import: {
      backlog: 'Importar candidatos',
      session: 'Fusionar candidatos de otra sesión',
      comparison: 'Comparar con otra sesión',
    },
    export: {
      png: 'Exportar imagen PNG',
      svg: 'Exportar imagen SVG',
      markdown: 'Exportar como Markdown',
      pdf: 'Exportar documento PDF',
      csv: 'Exportar hoja de cálculo CSV',
    },
  },
  markdownChartNote: 'El gráfico se guarda junto al acta como una imagen con su mismo nombre, por ejemplo «{{fileName}}».',
  exportNames: {
    decisionRecord: 'acta de decisión',
    backlog: 'backlog',
    mlBrief: 'Ficha de ML {{candidate}}',
  },
  unsavedChanges: {
    message: '¿Quieres guardar los cambios que hiciste en «{{documentName}}»?',
    detail: 'Si no los guardas, perderás tus cambios.',
  },
  externalChange: {
    changed: 'Otro programa modificó «{{fileName}}» desde que lo abriste o guardaste.',
    unchecked: 'Pickwise no pudo comprobar si otro programa modificó «{{fileName}}» desde que lo abriste o guardaste.',
    choices:
      'Sobrescríbelo con tu versión, guarda tu versión como un archivo nuevo o vuelve a cargar el archivo desde el disco (se descartarán tus cambios sin guardar).',
    noRecord: 'Pickwise no tiene constancia de lo que contenía el archivo cuando esta ventana lo asumió.',
  },
  replace: {
    message: '«{{fileName}}» ya existe. ¿Quieres reemplazarlo?',
    withoutExtension: 'El nombre «{{typed}}» se escribió sin {{extension}}; Pickwise lo guarda como «{{fileName}}», que ya existe.',
    recordChart: 'El gráfico del acta de decisión se guarda con este nombre junto a «{{fileName}}».',
    briefChart: 'El gráfico de la ficha se guarda con este nombre junto a «{{fileName}}».',
  },
  formatUpgrade: {
    message: '¿Guardar «{{fileName}}» en el nuevo formato de sesión?',
    detail:
      'Lo creó una versión anterior de Pickwise (formato de sesión {{fromVersion}}). Al guardarlo, usará el formato {{version}}, con las listas de control de preparación y las puntuaciones guardadas como tablas, y las versiones de Pickwise que solo leen el formato anterior no podrán abrirlo. Para conservar el original para ellas, elige «Guardar como…» y guarda tu trabajo con otro nombre.',
  },
  stoppedPage: {
    crashed: 'Esta ventana de Pickwise dejó de funcionar.',
    hung: 'Esta ventana de Pickwise no responde.',
    crashedWithWork:
      'Su trabajo sin guardar, hasta unos segundos antes de detenerse, se conserva como borrador. «Volver a cargar» abre una ventana nueva en su lugar, que ofrece restaurar el borrador; después de «Cerrar», lo ofrece la siguiente ventana que abra Pickwise.',
    crashedNoWork: 'No tenía trabajo sin guardar. «Volver a cargar» abre una ventana nueva en su lugar.',
    hungWithWork:
      'Puedes esperar o cerrarla. Su trabajo sin guardar, hasta unos segundos antes de detenerse, se conserva como borrador. «Volver a cargar» abre una ventana nueva en su lugar, que ofrece restaurar el borrador; después de «Cerrar», lo ofrece la siguiente ventana que abra Pickwise.',
    hungNoWork: 'Puedes esperar o cerrarla. No tenía trabajo sin guardar. «Volver a cargar» abre una ventana nueva en su lugar.',
  },
  files: {
    couldNotOpen: 'No se pudo abrir «{{fileName}}». {{reason}}',
    couldNotRead: 'No se pudo leer «{{fileName}}». {{reason}}',
    couldNotSave: 'No se pudo guardar «{{fileName}}». {{reason}}',
    couldNotWrite: 'No se pudo escribir «{{fileName}}». {{reason}}',
    couldNotMake: 'No se pudo crear «{{fileName}}». {{message}}',
    tooLargeToSave: '«{{fileName}}» no se guardó. {{reason}} Tu trabajo sigue abierto: quita lo que puedas (textos largos, candidatos) y vuelve a guardar.',
    newerFileThere:
      '«{{fileName}}» no se guardó sobre el archivo existente. {{message}} Si lo reemplazas, se perdería lo que escribió la versión más reciente de Pickwise: guarda tu trabajo con otro nombre mediante «Guardar como…».',
    goneFromRecent: '«{{fileName}}» ya no está en {{folder}}. Se movió, se cambió de nombre o se eliminó, y se quitó de «Abrir reciente».',
    folderNotSession: 'Es una carpeta, no un archivo de sesión.',
    pictureWithoutSession: 'Es una imagen sin ninguna sesión de Pickwise dentro. Solo los gráficos exportados desde Pickwise como PNG llevan una.',
    noLongerAFile: 'Ya no es un archivo.',
    notOnThisComputer: 'No es un archivo de este equipo.',
    notThereAnyMore: 'Ya no está ahí: se movió, se cambió de nombre o se eliminó.',
    notRegular: 'No es un archivo normal (es un dispositivo, una tubería o un socket).',
    notSessionType: 'Pickwise abre archivos de sesión que terminan en .pickwise o .json, e imágenes de gráficos exportadas como .png.',
    largerThan: 'Ocupa más de {{megabytes}} MB.',
    largerThanSession: 'Ocupa más de {{megabytes}} MB, el máximo que puede ocupar un archivo de sesión.',
    sizeOverLimit: 'Ocupa {{size}}; los archivos de sesión pueden ocupar como máximo {{limit}}.',
    sessionTooLarge: 'La sesión daría un archivo de {{size}}, y Pickwise abre archivos de sesión de {{limit}} como máximo.',
  },
  fsErrors: {
    notFound: 'El archivo o su carpeta ya no existe.',
    permission: 'No tienes permiso para usar este archivo.',
    permissionRetried:
      'No tienes permiso para usar este archivo. Pickwise lo intentó {{attempts}} veces; quizá un antivirus o una herramienta de sincronización mantiene el archivo abierto. Vuelve a intentarlo en un momento.',
    folder: 'Es una carpeta, no un archivo.',
    diskFull: 'El disco está lleno.',
    diskReadOnly: 'El disco es de solo lectura.',
    busy: 'Otro programa está usando el archivo.',
    busyRetried:
      'Otro programa está usando el archivo. Pickwise lo intentó {{attempts}} veces; quizá un antivirus o una herramienta de sincronización mantiene el archivo abierto. Vuelve a intentarlo en un momento.',
    fileReadOnly: 'El archivo es de solo lectura: elige otro nombre o quítale antes la protección contra escritura.',
    linkLoop: 'Sus enlaces simbólicos forman un círculo.',
    other: 'El sistema informó: {{message}}',
  },
  drafts: {
    notADraft: 'No es un borrador escrito por Pickwise.',
    damaged: 'Está cortado o dañado.',
    restoredElsewhereNamed: 'El borrador de «{{name}}» ya se restauró en otra ventana de Pickwise. Sigue trabajando con él allí.',
    restoredElsewhere: 'Este borrador ya se restauró en otra ventana de Pickwise. Sigue trabajando con él allí.',
    couldNotRestore: 'No se pudo restaurar el borrador. {{reason}}',
    keptElsewhere: 'Este borrador ya se restauró en otra ventana de Pickwise, así que se conservó allí.',
    notKept: 'Tus cambios sin guardar en «{{name}}» no se pudieron conservar como borrador, así que si Pickwise se cerrara ahora de forma inesperada, se perderían. {{reason}}',
  },
  earlierSession: {
    noFile: 'Esta sesión aún no tiene archivo, así que no hay ninguna carpeta donde buscar.',
    noEarlier: 'Esta sesión no da seguimiento a ninguna sesión anterior.',
    neverSaved: 'La sesión anterior nunca se guardó en un archivo.',
    notAFileName: '«{{fileName}}» no es el nombre de un archivo en una carpeta.',
    ownFile: 'El archivo anterior indicado es el propio archivo de esta sesión.',
    anotherSession: '«{{fileName}}», a su lado, contiene otra sesión.',
  },
  about: {
    copyright: 'Pickwise — licencia MIT',
    noSandbox:
      'Pickwise se está ejecutando sin el sandbox de Chromium: se inició con --no-sandbox, como hace la AppImage en los sistemas que no permiten espacios de nombres de usuario. El paquete .deb mantiene el sandbox.',
  },
} as const satisfies TranslationOf<typeof english>;
