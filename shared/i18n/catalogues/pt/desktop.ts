import type { TranslationOf } from '../../catalogue';
import type { desktop as english } from '../en/desktop';

export const desktop = {
  buttons: {
    save: 'Salvar',
    dontSave: 'Não salvar',
    saveAs: 'Salvar como…',
    cancel: 'Cancelar',
    ok: 'OK',
    overwrite: 'Sobrescrever',
    reloadFromDisk: 'Recarregar do disco',
    replace: 'Substituir',
    wait: 'Aguardar',
    reload: 'Recarregar',
    close: 'Fechar',
  },
  fileTypes: {
    session: 'Sessão do Pickwise',
    sessionsAndCharts: 'Sessões e gráficos do Pickwise',
    chartWithSession: 'Imagem do gráfico com sua sessão',
    allFiles: 'Todos os arquivos',
    table: 'Planilha ou texto (CSV, TSV, TXT)',
    png: 'Imagem PNG',
    svg: 'Imagem SVG',
    markdown: 'Markdown',
    pdf: 'Documento PDF',
    csv: 'Planilha CSV',
  },
  dialogTitles: {
    open: 'Abrir sessão',
    save: 'Salvar sessão',
    import: {
      backlog: 'Importar candidatos',
      session: 'Mesclar candidatos de outra sessão',
      comparison: 'Comparar com outra sessão',
    },
    export: {
      png: 'Exportar imagem PNG',
      svg: 'Exportar imagem SVG',
      markdown: 'Exportar como Markdown',
      pdf: 'Exportar documento PDF',
      csv: 'Exportar planilha CSV',
    },
  },
  markdownChartNote: 'O gráfico é salvo ao lado do registro como uma imagem com o mesmo nome, por exemplo “{{fileName}}”.',
  exportNames: {
    decisionRecord: 'registro de decisão',
    backlog: 'backlog',
    mlBrief: 'Ficha de ML {{candidate}}',
  },
  unsavedChanges: {
    message: 'Deseja salvar as alterações feitas em “{{documentName}}”?',
    detail: 'Suas alterações serão perdidas se você não salvá-las.',
  },
  externalChange: {
    changed: '“{{fileName}}” foi alterado por outro programa desde que você o abriu ou salvou.',
    unchecked: 'O Pickwise não conseguiu verificar se “{{fileName}}” foi alterado por outro programa desde que você o abriu ou salvou.',
    choices:
      'Sobrescreva-o com a sua versão, salve a sua versão como um novo arquivo ou recarregue o arquivo do disco (suas alterações não salvas serão descartadas).',
    noRecord: 'O Pickwise não tem registro do que o arquivo continha quando esta janela o assumiu.',
  },
  replace: {
    message: '“{{fileName}}” já existe. Deseja substituí-lo?',
    withoutExtension: 'O nome “{{typed}}” foi informado sem {{extension}}; o Pickwise o salva como “{{fileName}}”, que já existe.',
    recordChart: 'O gráfico do registro de decisão é salvo com este nome ao lado de “{{fileName}}”.',
    briefChart: 'O gráfico da ficha é salvo com este nome ao lado de “{{fileName}}”.',
  },
  formatUpgrade: {
    message: 'Salvar “{{fileName}}” no novo formato de sessão?',
    detail:
      'Ele foi criado por uma versão anterior do Pickwise (formato de sessão {{fromVersion}}). Depois de salvo, usará o formato {{version}}, com as checklists de prontidão e as pontuações guardadas como tabelas, e as versões do Pickwise que só leem o formato anterior não conseguirão abri-lo. Para manter o original para elas, escolha “Salvar como…” e salve seu trabalho com outro nome.',
  },
  stoppedPage: {
    crashed: 'Esta janela do Pickwise parou de funcionar.',
    hung: 'Esta janela do Pickwise não está respondendo.',
    crashedWithWork:
      'O trabalho não salvo dela, até alguns segundos antes de parar, está guardado como rascunho. “Recarregar” abre uma nova janela no lugar dela, que oferece restaurar o rascunho; depois de “Fechar”, a próxima janela que o Pickwise abrir o oferece.',
    crashedNoWork: 'Ela não tinha trabalho não salvo. “Recarregar” abre uma nova janela no lugar dela.',
    hungWithWork:
      'Você pode aguardar ou fechá-la. O trabalho não salvo dela, até alguns segundos antes de parar, está guardado como rascunho. “Recarregar” abre uma nova janela no lugar dela, que oferece restaurar o rascunho; depois de “Fechar”, a próxima janela que o Pickwise abrir o oferece.',
    hungNoWork: 'Você pode aguardar ou fechá-la. Ela não tinha trabalho não salvo. “Recarregar” abre uma nova janela no lugar dela.',
  },
  files: {
    couldNotOpen: 'Não foi possível abrir “{{fileName}}”. {{reason}}',
    couldNotRead: 'Não foi possível ler “{{fileName}}”. {{reason}}',
    couldNotSave: 'Não foi possível salvar “{{fileName}}”. {{reason}}',
    couldNotWrite: 'Não foi possível gravar “{{fileName}}”. {{reason}}',
    couldNotMake: 'Não foi possível criar “{{fileName}}”. {{message}}',
    tooLargeToSave:
      '“{{fileName}}” não foi salvo. {{reason}} Seu trabalho continua aberto: remova o que puder dispensar (textos longos, candidatos) e salve novamente.',
    newerFileThere:
      '“{{fileName}}” não foi salvo por cima do arquivo existente. {{message}} Substituí-lo apagaria o que a versão mais nova do Pickwise gravou: salve seu trabalho com outro nome usando “Salvar como…”.',
    goneFromRecent: '“{{fileName}}” não está mais em {{folder}}. Ele foi movido, renomeado ou excluído, e foi removido de “Abrir recente”.',
    folderNotSession: 'É uma pasta, não um arquivo de sessão.',
    pictureWithoutSession: 'É uma imagem sem nenhuma sessão do Pickwise dentro. Só gráficos exportados do Pickwise como PNG levam uma.',
    noLongerAFile: 'Não é mais um arquivo.',
    notOnThisComputer: 'Não é um arquivo deste computador.',
    notThereAnyMore: 'Ele não está mais lá: foi movido, renomeado ou excluído.',
    notRegular: 'Não é um arquivo comum (é um dispositivo, um pipe ou um socket).',
    notSessionType: 'O Pickwise abre arquivos de sessão terminados em .pickwise ou .json e imagens de gráfico exportadas como .png.',
    largerThan: 'Ele tem mais de {{megabytes}} MB.',
    largerThanSession: 'Ele tem mais de {{megabytes}} MB, o máximo que um arquivo de sessão pode ter.',
    sizeOverLimit: 'Ele tem {{size}}; arquivos de sessão podem ter no máximo {{limit}}.',
    sessionTooLarge: 'A sessão geraria um arquivo de {{size}}, e o Pickwise abre arquivos de sessão de no máximo {{limit}}.',
  },
  fsErrors: {
    notFound: 'O arquivo ou a pasta dele não existe mais.',
    permission: 'Você não tem permissão para usar este arquivo.',
    permissionRetried:
      'Você não tem permissão para usar este arquivo. O Pickwise tentou {{attempts}} vezes; talvez um antivírus ou uma ferramenta de sincronização esteja mantendo o arquivo aberto. Tente de novo daqui a pouco.',
    folder: 'É uma pasta, não um arquivo.',
    diskFull: 'O disco está cheio.',
    diskReadOnly: 'O disco é somente leitura.',
    busy: 'Outro programa está usando o arquivo.',
    busyRetried:
      'Outro programa está usando o arquivo. O Pickwise tentou {{attempts}} vezes; talvez um antivírus ou uma ferramenta de sincronização esteja mantendo o arquivo aberto. Tente de novo daqui a pouco.',
    fileReadOnly: 'O arquivo é somente leitura: escolha outro nome ou torne o arquivo gravável primeiro.',
    linkLoop: 'Os links simbólicos dele formam um ciclo.',
    other: 'O sistema informou: {{message}}',
  },
  drafts: {
    notADraft: 'Não é um rascunho gravado pelo Pickwise.',
    damaged: 'Ele está cortado ou danificado.',
    restoredElsewhereNamed: 'O rascunho de “{{name}}” já foi restaurado em outra janela do Pickwise. Continue com ele lá.',
    restoredElsewhere: 'Este rascunho já foi restaurado em outra janela do Pickwise. Continue com ele lá.',
    couldNotRestore: 'Não foi possível restaurar o rascunho. {{reason}}',
    keptElsewhere: 'Este rascunho já foi restaurado em outra janela do Pickwise, por isso foi mantido lá.',
    notKept: 'Não foi possível guardar como rascunho suas alterações não salvas em “{{name}}”, então, se o Pickwise fechar inesperadamente agora, elas serão perdidas. {{reason}}',
  },
  earlierSession: {
    noFile: 'Esta sessão ainda não tem arquivo, então não há pasta onde procurar.',
    noEarlier: 'Esta sessão não é o acompanhamento de nenhuma sessão anterior.',
    neverSaved: 'A sessão anterior nunca foi salva em um arquivo.',
    notAFileName: '“{{fileName}}” não é o nome de um arquivo em uma pasta.',
    ownFile: 'O arquivo anterior indicado é o próprio arquivo desta sessão.',
    anotherSession: '“{{fileName}}”, ao lado, contém outra sessão.',
  },
  about: {
    copyright: 'Pickwise — licença MIT',
    noSandbox:
      'O Pickwise está rodando sem o sandbox do Chromium: ele foi iniciado com --no-sandbox, como faz o AppImage em sistemas que não permitem namespaces de usuário. O pacote .deb mantém o sandbox.',
  },
} as const satisfies TranslationOf<typeof english>;
