// The names people give each field's column in a spreadsheet, and the words they write in its
// cells, in the five languages an import reads: English, German, French, Spanish, Portuguese.
// People export their backlog from Excel, LibreOffice or Google Sheets in their own language, so
// a column headed "Anwendungsfall" or "Données disponibles", a cell saying "teilweise" or "não",
// should land where "Use case" and "no" would. The import's header recognition
// (shared/export/csv-headers.ts) reads FIELD_NAMES; VALUE_WORDS lists the cell words.
// Each language's labels are also the headers of the CSV export written in it (the session's
// language: fieldLabel), so an export reads back as exact matches whatever its language. A name stands for one field in
// every language, and a word for one value of its table (tests/unit/shared/field-names.test.ts).
import type { CandidateStatus } from './schema';

import type { Language } from '../i18n/languages';


export interface FieldNames {
  /** The field's name in this language, as a spreadsheet's column would be headed: Pickwise's own CSV header in this language ("Title", "Titel"). */
  label: string;
  /** Other names people give the column in this language, as they would write them ("Use case", "Idee"). */
  synonyms: readonly string[];
}

// Left out on purpose: Portuguese "Data" (a date, but English "data" is the data availability
// column), bare "Impact"/"Wirkung"/"Impacto"/"Complexité"… (the export's result columns, not the
// overrides), and "Stand", "Projet"/"Proyecto"/"Projeto", Spanish "Alta": too common inside other
// headers ("Stand: 03/2025", "Chef de projet", "Prioridad alta") for a guess to go by.
// Keyed by the candidate fields' keys (candidate-fields.ts; field-names.test.ts holds the two
// to the same fields) and createdAt. The keys are this table's own, so that the field table can
// read the cell words below without the two files importing each other.
export const FIELD_NAMES = {
  title: {
    en: { label: 'Title', synonyms: ['Name', 'Candidate', 'Candidate name', 'Candidate title', 'Use case', 'Idea', 'Item', 'Summary', 'Headline'] },
    de: { label: 'Titel', synonyms: ['Name', 'Bezeichnung', 'Thema', 'Idee', 'Anwendungsfall', 'Use Case', 'Vorhaben', 'Kurztitel'] },
    fr: { label: 'Titre', synonyms: ['Nom', 'Intitulé', 'Libellé', 'Idée', "Cas d'usage", "Cas d'utilisation", 'Sujet'] },
    es: { label: 'Título', synonyms: ['Nombre', 'Idea', 'Caso de uso', 'Iniciativa', 'Candidato', 'Denominación'] },
    pt: { label: 'Título', synonyms: ['Nome', 'Ideia', 'Caso de uso', 'Iniciativa', 'Candidato', 'Assunto'] },
  },
  problem: {
    en: { label: 'Problem statement', synonyms: ['Problem', 'Description', 'Details', 'Business problem'] },
    de: { label: 'Problembeschreibung', synonyms: ['Problem', 'Beschreibung', 'Problemstellung', 'Herausforderung', 'Details', 'Fachliches Problem'] },
    fr: { label: 'Description du problème', synonyms: ['Problème', 'Description', 'Problématique', 'Détails', 'Enjeu', 'Contexte'] },
    es: { label: 'Descripción del problema', synonyms: ['Problema', 'Descripción', 'Planteamiento del problema', 'Detalles', 'Necesidad', 'Desafío'] },
    pt: { label: 'Descrição do problema', synonyms: ['Problema', 'Descrição', 'Detalhes', 'Necessidade', 'Desafio', 'Contexto'] },
  },
  owner: {
    en: { label: 'Owner', synonyms: ['Problem owner', 'Business owner', 'Responsible', 'Sponsor', 'Contact', 'Product owner'] },
    de: { label: 'Verantwortlich', synonyms: ['Verantwortliche', 'Verantwortlicher', 'Ansprechpartner', 'Zuständig', 'Owner', 'Product Owner', 'Auftraggeber'] },
    fr: { label: 'Responsable', synonyms: ['Porteur', 'Porteur du projet', 'Propriétaire', 'Référent', 'Pilote', 'Contact', 'Sponsor'] },
    es: { label: 'Responsable', synonyms: ['Propietario', 'Dueño', 'Encargado', 'Contacto', 'Patrocinador'] },
    pt: { label: 'Responsável', synonyms: ['Dono', 'Proprietário', 'Ponto focal', 'Contato', 'Patrocinador', 'Gestor'] },
  },
  keyMetric: {
    en: { label: 'Key metric', synonyms: ['Metric', 'KPI', 'Key KPI', 'Success metric', 'Target metric', 'Business metric'] },
    de: { label: 'Kennzahl', synonyms: ['KPI', 'Metrik', 'Zielgröße', 'Messgröße', 'Erfolgskennzahl', 'Zielkennzahl'] },
    fr: { label: 'Indicateur clé', synonyms: ['Indicateur', 'KPI', 'Métrique', 'Métrique clé', 'Indicateur de succès', 'Indicateur cible'] },
    es: { label: 'Métrica clave', synonyms: ['Métrica', 'KPI', 'Indicador', 'Indicador clave', 'Métrica de éxito', 'Métrica objetivo'] },
    pt: { label: 'Métrica-chave', synonyms: ['Métrica', 'KPI', 'Indicador', 'Indicador-chave', 'Métrica de sucesso'] },
  },
  baseline: {
    en: { label: 'Baseline', synonyms: ['Current value', 'Today', 'As is'] },
    de: { label: 'Ausgangswert', synonyms: ['Baseline', 'Ist-Wert', 'Aktueller Wert', 'Ist-Zustand', 'Ausgangslage', 'Heute'] },
    fr: { label: 'Valeur de référence', synonyms: ['Référence', 'Baseline', 'Valeur actuelle', 'Situation actuelle', 'Point de départ', "Aujourd'hui"] },
    es: { label: 'Línea base', synonyms: ['Línea de base', 'Baseline', 'Valor actual', 'Situación actual', 'Punto de partida', 'Valor de referencia'] },
    pt: { label: 'Linha de base', synonyms: ['Baseline', 'Valor atual', 'Situação atual', 'Cenário atual', 'Ponto de partida', 'Valor de referência'] },
  },
  measurement: {
    en: { label: 'How it is measured', synonyms: ['Measurement', 'How measured', 'Measured by', 'Measured how', 'Measurement method', 'Metric source', 'Data source of metric', 'How to measure'] },
    de: { label: 'Wie gemessen wird', synonyms: ['Messung', 'Messmethode', 'Messverfahren', 'Wie wird gemessen', 'Gemessen durch', 'Gemessen mit', 'Datenquelle der Kennzahl'] },
    fr: { label: 'Méthode de mesure', synonyms: ['Mesure', 'Mode de mesure', 'Comment mesurer', 'Mesuré par', 'Source de la mesure', "Source de l'indicateur"] },
    es: { label: 'Cómo se mide', synonyms: ['Medición', 'Método de medición', 'Forma de medición', 'Medido por', 'Fuente de la métrica'] },
    pt: { label: 'Como é medido', synonyms: ['Medição', 'Método de medição', 'Forma de medição', 'Medido por', 'Fonte da métrica'] },
  },
  dataAvailability: {
    en: { label: 'Data available', synonyms: ['Data availability', 'Data', 'Data ready', 'Data readiness', 'Has data'] },
    de: { label: 'Daten verfügbar', synonyms: ['Datenverfügbarkeit', 'Daten', 'Daten vorhanden', 'Datenlage', 'Datenbasis'] },
    fr: { label: 'Données disponibles', synonyms: ['Disponibilité des données', 'Données', 'Données dispo', 'Données prêtes', 'Données existantes'] },
    es: { label: 'Datos disponibles', synonyms: ['Disponibilidad de datos', 'Disponibilidad de los datos', 'Datos', 'Hay datos', 'Datos listos'] },
    pt: { label: 'Dados disponíveis', synonyms: ['Disponibilidade de dados', 'Disponibilidade dos dados', 'Dados', 'Tem dados', 'Dados prontos'] },
  },
  nonMlAlternative: {
    en: { label: 'Non-ML alternative', synonyms: ['Non-ML', 'Alternative', 'Simpler alternative', 'Without ML', 'Non-ML solution'] },
    de: { label: 'Alternative ohne ML', synonyms: ['Alternative', 'Ohne ML', 'Nicht-ML-Alternative', 'Einfachere Alternative', 'Lösung ohne ML', 'Alternativlösung'] },
    fr: { label: 'Alternative sans ML', synonyms: ['Alternative', 'Sans ML', 'Solution sans ML', 'Alternative non ML', 'Alternative plus simple'] },
    es: { label: 'Alternativa sin ML', synonyms: ['Alternativa', 'Sin ML', 'Solución sin ML', 'Alternativa más simple', 'Alternativa sencilla'] },
    pt: { label: 'Alternativa sem ML', synonyms: ['Alternativa', 'Sem ML', 'Solução sem ML', 'Alternativa mais simples'] },
  },
  betterWithoutMl: {
    en: { label: 'Better without ML', synonyms: ['Better without AI', 'Non-ML better', 'Solve without ML', 'No ML'] },
    de: { label: 'Besser ohne ML', synonyms: ['Besser ohne KI', 'Ohne ML lösbar', 'Ohne KI lösbar', 'Kein ML nötig', 'Kein ML'] },
    fr: { label: 'Mieux sans ML', synonyms: ['Mieux sans IA', 'Faisable sans ML', 'Pas besoin de ML', 'Pas de ML'] },
    es: { label: 'Mejor sin ML', synonyms: ['Mejor sin IA', 'Se resuelve sin ML', 'No requiere ML', 'Sin necesidad de ML'] },
    pt: { label: 'Melhor sem ML', synonyms: ['Melhor sem IA', 'Resolve sem ML', 'Não precisa de ML', 'Dispensa ML'] },
  },
  wrongPredictionCost: {
    en: { label: 'Cost of a wrong prediction', synonyms: ['Cost of wrong prediction', 'Wrong prediction cost', 'Cost of wrong predictions', 'Cost of error', 'Error cost', 'Cost of mistakes'] },
    de: { label: 'Kosten einer Fehlvorhersage', synonyms: ['Kosten einer Fehlprognose', 'Fehlprognosekosten', 'Fehlerkosten', 'Kosten von Fehlern', 'Kosten bei Fehlern', 'Risiko bei Fehlern'] },
    fr: { label: "Coût d'une erreur de prédiction", synonyms: ["Coût d'une mauvaise prédiction", "Coût d'erreur", "Coût de l'erreur", 'Coût des erreurs', "Impact d'une erreur"] },
    es: { label: 'Costo de una predicción errónea', synonyms: ['Coste de una predicción errónea', 'Costo del error', 'Coste del error', 'Costo de errores', 'Coste de los errores'] },
    pt: { label: 'Custo de uma previsão errada', synonyms: ['Custo de previsão errada', 'Custo do erro', 'Custo de erros', 'Impacto de um erro'] },
  },
  tags: {
    en: { label: 'Tags', synonyms: ['Tag', 'Labels', 'Label', 'Categories', 'Category', 'Theme', 'Themes'] },
    de: { label: 'Schlagwörter', synonyms: ['Tags', 'Schlagworte', 'Stichwörter', 'Kategorie', 'Kategorien', 'Labels'] },
    fr: { label: 'Étiquettes', synonyms: ['Tags', 'Étiquette', 'Catégorie', 'Catégories', 'Mots-clés', 'Thèmes'] },
    es: { label: 'Etiquetas', synonyms: ['Tags', 'Etiqueta', 'Categoría', 'Categorías', 'Palabras clave', 'Temas'] },
    pt: { label: 'Etiquetas', synonyms: ['Tags', 'Etiqueta', 'Categoria', 'Categorias', 'Palavras-chave', 'Temas'] },
  },
  status: {
    en: { label: 'Status', synonyms: ['State'] },
    de: { label: 'Status', synonyms: ['Zustand', 'Bearbeitungsstand', 'Phase'] },
    fr: { label: 'Statut', synonyms: ['État', 'Avancement', 'Étape', 'Status'] },
    es: { label: 'Estado', synonyms: ['Estatus', 'Status', 'Fase', 'Etapa'] },
    pt: { label: 'Status', synonyms: ['Estado', 'Situação', 'Fase', 'Etapa'] },
  },
  notes: {
    en: { label: 'Notes', synonyms: ['Note', 'Comments', 'Comment', 'Remarks'] },
    de: { label: 'Notizen', synonyms: ['Bemerkungen', 'Bemerkung', 'Anmerkungen', 'Kommentar', 'Kommentare', 'Hinweise'] },
    fr: { label: 'Notes', synonyms: ['Note', 'Remarques', 'Commentaires', 'Commentaire', 'Observations'] },
    es: { label: 'Notas', synonyms: ['Nota', 'Comentarios', 'Comentario', 'Observaciones', 'Anotaciones'] },
    pt: { label: 'Notas', synonyms: ['Nota', 'Observações', 'Comentários', 'Comentário', 'Obs.'] },
  },
  overrideImpact: {
    en: { label: 'Override impact', synonyms: ['Impact override'] },
    de: { label: 'Wirkung (manuell)', synonyms: ['Manuelle Wirkung', 'Wirkung überschrieben', 'Override Wirkung', 'Nutzen (manuell)'] },
    fr: { label: 'Impact manuel', synonyms: ['Impact forcé', 'Impact ajusté', 'Impact (saisie manuelle)'] },
    es: { label: 'Impacto manual', synonyms: ['Impacto ajustado', 'Impacto forzado', 'Override impacto'] },
    pt: { label: 'Impacto manual', synonyms: ['Impacto ajustado', 'Impacto forçado', 'Override impacto'] },
  },
  overrideComplexity: {
    en: { label: 'Override complexity', synonyms: ['Complexity override'] },
    de: { label: 'Komplexität (manuell)', synonyms: ['Manuelle Komplexität', 'Komplexität überschrieben', 'Override Komplexität', 'Aufwand (manuell)'] },
    fr: { label: 'Complexité manuelle', synonyms: ['Complexité forcée', 'Complexité ajustée', 'Complexité (saisie manuelle)'] },
    es: { label: 'Complejidad manual', synonyms: ['Complejidad ajustada', 'Complejidad forzada', 'Override complejidad'] },
    pt: { label: 'Complexidade manual', synonyms: ['Complexidade ajustada', 'Complexidade forçada', 'Override complexidade'] },
  },
  createdAt: {
    en: { label: 'Created', synonyms: ['Created on', 'Created at', 'Date created', 'Creation date', 'Date added', 'Date'] },
    de: { label: 'Erstellt am', synonyms: ['Erstellt', 'Datum', 'Anlagedatum', 'Erstelldatum', 'Erstellungsdatum', 'Angelegt am', 'Erfasst am'] },
    fr: { label: 'Date de création', synonyms: ['Créé le', 'Date', 'Création', "Date d'ajout", 'Ajouté le'] },
    es: { label: 'Fecha de creación', synonyms: ['Fecha', 'Creado el', 'Creado', 'Creación', 'Fecha de alta'] },
    pt: { label: 'Data de criação', synonyms: ['Criado em', 'Criado', 'Criação', 'Data de cadastro', 'Data de inclusão', 'Cadastrado em'] },
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Language, FieldNames>>>>;

/** The fields an import can fill: the candidate fields, and the day a candidate was created. */
export type ImportFieldKey = keyof typeof FIELD_NAMES;

/**
 * Cell words in each language, as people write them: compared as a column name is (case,
 * accents, spaces and punctuation ignored), a cell of symbols as it is. Each language has a
 * first word: the one Pickwise writes (writtenWord).
 */
export type WordsByLanguage = Readonly<Record<Language, readonly [string, ...string[]]>>;

interface ValueWordTable {
  yes: WordsByLanguage;
  no: WordsByLanguage;
  partly: WordsByLanguage;
  unknown: WordsByLanguage;
  status: Readonly<Record<CandidateStatus, WordsByLanguage>>;
  readiness: { ready: WordsByLanguage; missing: WordsByLanguage };
}

/**
 * The words people write in a cell for each value, per language. yes, no, partly and unknown
 * answer data availability (yes, partly, no, unknown) and the yes-no fields (yes, no); a
 * readiness answer is ready for a yes word or one of `readiness.ready`, missing for a no word or
 * one of `readiness.missing`, partly and unknown for theirs. A value's first word in each
 * language is the one Pickwise writes there (writtenWord): a status's label, and every choice
 * cell of a CSV exported in that language, which an import in any language reads back. Words
 * the same in every language (1, 0, x, ✓, ?, N/A) are listed once, under en. An empty cell is
 * no word: it takes the field's default (candidate-fields.ts).
 */
export const VALUE_WORDS = {
  yes: {
    // "da" (yes in Romanian and the Slavic languages) was read as yes before there were languages.
    en: ['yes', 'y', 'true', '1', 'x', '✓', '✔', '☑', 'da', 'available', 'full', 'complete'],
    de: ['ja', 'j', 'wahr', 'vorhanden', 'verfügbar', 'vollständig'],
    fr: ['oui', 'o', 'vrai', 'disponible', 'complet', 'complète'],
    es: ['sí', 's', 'verdadero', 'disponible', 'completo'],
    pt: ['sim', 's', 'verdadeiro', 'disponível', 'completo'],
  },
  no: {
    en: ['no', 'n', 'false', '0', 'none', '✗', '✘', 'unavailable', 'missing'],
    de: ['nein', 'falsch', 'keine', 'nicht vorhanden', 'nicht verfügbar'],
    fr: ['non', 'faux', 'aucun', 'aucune', 'indisponible', 'non disponible'],
    es: ['no', 'falso', 'ninguno', 'no disponible'],
    pt: ['não', 'falso', 'nenhum', 'indisponível', 'não disponível'],
  },
  partly: {
    en: ['partly', 'partially', 'partial', 'part', 'some', 'limited', 'incomplete', 'yes and no', 'in progress'],
    de: ['teilweise', 'teils', 'zum Teil', 'z. T.', 'eingeschränkt', 'unvollständig', 'ja und nein', 'in Arbeit'],
    fr: ['en partie', 'partiellement', 'partiel', 'partielle', 'limité', 'incomplet', 'oui et non', 'en cours'],
    // "En parte", "Em parte" first: the words the details form and the checklist say.
    es: ['en parte', 'parcialmente', 'parcial', 'limitado', 'incompleto', 'sí y no', 'en curso', 'en progreso'],
    pt: ['em parte', 'parcialmente', 'parcial', 'limitado', 'incompleto', 'sim e não', 'em andamento', 'em progresso'],
  },
  unknown: {
    en: ['unknown', '?', 'N/A', 'TBD', "don't know", 'not sure', 'unclear', 'not known', 'open'],
    de: ['unbekannt', 'weiß nicht', 'unklar', 'offen', 'noch offen', 'nicht bekannt', 'unsicher', 'k. A.'],
    fr: ['inconnu', 'je ne sais pas', 'ne sais pas', 'NSP', 'NC', 'à définir', 'à déterminer', 'pas sûr', 'incertain'],
    es: ['desconocido', 'no sé', 'no se sabe', 'por definir', 'por determinar', 'incierto', 'no está claro'],
    pt: ['desconhecido', 'não sei', 'não se sabe', 'a definir', 'indefinido', 'incerto', 'não está claro'],
  },
  status: {
    open: {
      en: ['Open', 'new', 'to do', 'idea'],
      de: ['Offen', 'Neu', 'Idee', 'Zu prüfen'],
      fr: ['Ouvert', 'Nouveau', 'Idée', 'À faire', 'À étudier'],
      es: ['Abierto', 'Nuevo', 'Idea', 'Pendiente', 'Por hacer'],
      pt: ['Aberto', 'Novo', 'Ideia', 'Pendente', 'A fazer'],
    },
    shortlisted: {
      en: ['Shortlisted', 'shortlist', 'selected'],
      de: ['Vorauswahl', 'Vorausgewählt', 'Ausgewählt', 'Engere Wahl', 'Shortlist'],
      fr: ['Présélectionné', 'Présélection', 'Sélectionné', 'Liste restreinte'],
      es: ['Preseleccionado', 'Preselección', 'Seleccionado', 'Lista corta'],
      pt: ['Pré-selecionado', 'Pré-seleção', 'Selecionado', 'Lista curta'],
    },
    focus: {
      en: ['Focus', 'chosen'],
      de: ['Fokus', 'Im Fokus', 'Gewählt'],
      fr: ['Focus', 'Retenu', 'Choisi', 'Prioritaire'],
      es: ['Foco', 'En foco', 'Elegido', 'Prioritario'],
      pt: ['Foco', 'Em foco', 'Escolhido', 'Prioritário'],
    },
    parked: {
      en: ['Parked', 'park', 'on hold', 'later'],
      de: ['Geparkt', 'Zurückgestellt', 'Pausiert', 'Später'],
      fr: ['Mis de côté', 'En attente', 'Reporté', 'En pause', 'Plus tard'],
      es: ['Aparcado', 'En espera', 'Pospuesto', 'En pausa', 'Más adelante'],
      pt: ['Em espera', 'Adiado', 'Pausado', 'Em pausa', 'Mais tarde', 'Congelado'],
    },
    'non-ml': {
      en: ['Better without ML', 'non-ML', 'without ML', 'no ML'],
      de: ['Besser ohne ML', 'Ohne ML', 'Kein ML'],
      fr: ['Mieux sans ML', 'Sans ML', 'Pas de ML', 'Non ML'],
      es: ['Mejor sin ML', 'Sin ML', 'Sin necesidad de ML'],
      pt: ['Melhor sem ML', 'Sem ML', 'Não precisa de ML'],
    },
  },
  readiness: {
    ready: {
      en: ['Ready', 'OK', 'done', 'in place'],
      de: ['bereit', 'erledigt', 'fertig', 'gegeben', 'geklärt'],
      fr: ['prêt', 'prête', 'fait', 'terminé', 'en place', 'acquis'],
      es: ['listo', 'lista', 'hecho', 'preparado', 'completado', 'resuelto'],
      pt: ['pronto', 'pronta', 'feito', 'concluído', 'resolvido'],
    },
    missing: {
      en: ['Missing', 'not ready', 'absent', 'lacking'],
      de: ['fehlt', 'fehlend', 'nicht bereit', 'nicht gegeben'],
      fr: ['manquant', 'manquante', 'manque', 'absent', 'pas prêt'],
      es: ['falta', 'faltante', 'ausente', 'no listo', 'sin hacer'],
      pt: ['falta', 'faltando', 'faltante', 'ausente', 'não pronto'],
    },
  },
} as const satisfies ValueWordTable;

/**
 * The word before an owner's name in a readiness cell, in each language: "— owner: Priya",
 * "— verantwortlich: Priya" (shared/export/csv-readiness.ts). The first is written, as the other
 * words of a cell are; every one is read, in any language.
 */
export const OWNER_WORDS = {
  en: ['owner'],
  de: ['verantwortlich'],
  fr: ['responsable'],
  es: ['responsable'],
  pt: ['responsável', 'responsavel'],
} as const satisfies WordsByLanguage;

/** The word Pickwise writes for a value in `language`: the first of its words there, which an import reads back in any of the five. */
export function writtenWord(words: WordsByLanguage, language: Language): string {
  return words[language][0];
}
