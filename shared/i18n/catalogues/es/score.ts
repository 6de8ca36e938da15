import type { TranslationOf } from '../../catalogue';
import type { score as english } from '../en/score';

export const score = {
  rescore: 'Volver a puntuar',
  rescoreCandidate: 'Volver a puntuar {{code}}',
  remove: 'Eliminar',
  scoreKeys: {
    upTo: 'Con el teclado: escribe 1–{{scale}} para puntuar y pasar al siguiente; Retroceso vuelve atrás y borra',
    upToTen: 'Con el teclado: escribe 1–9, o 0 para 10, para puntuar y pasar al siguiente; Retroceso vuelve atrás y borra',
  },
  scoringSettings: {
    title: 'Cómo puntúa el grupo',
    mode: 'Modo',
    blind: 'A ciegas, por turnos',
    consensus: 'Consenso del grupo',
    scale: 'Escala',
    scaleUpTo: 'De 1 a {{max}}',
    aggregate: 'Agregación',
    weightedMean: 'Media ponderada',
    median: 'Mediana',
    scoreByBackground: 'Negocio puntúa solo el impacto; tecnología, solo la complejidad',
  },
  criteriaEditor: {
    title: 'Criterios y pesos',
    impact: {
      criteria: 'Criterios de impacto',
      add: 'Añadir criterio de impacto',
      newName: 'Nuevo criterio de impacto',
    },
    complexity: {
      criteria: 'Criterios de complejidad',
      add: 'Añadir criterio de complejidad',
      newName: 'Nuevo criterio de complejidad',
    },
    name: 'Nombre del criterio {{name}}',
    weight: 'Peso',
    weightOf: 'Peso de {{name}}',
    removeCriterion: 'Eliminar el criterio {{name}}',
  },
  readinessItemsEditor: {
    title: 'Puntos de preparación',
    intro:
      'Lo que pregunta la lista de control de preparación de cada candidato: lo que hace falta para ponerlo en marcha de verdad. Cada punto tiene un nombre corto y una pregunta de una línea.',
    add: 'Añadir punto de preparación',
    newName: 'Nuevo punto de preparación',
    name: 'Nombre del punto de preparación {{name}}',
    question: 'Pregunta del punto de preparación {{name}}',
    questionPlaceholder: 'La pregunta que responde el grupo',
    removeItem: 'Eliminar el punto de preparación {{name}}',
  },
  blindRoom: {
    revealedTitle: 'Puntuaciones reveladas',
    revealedIntro:
      'Las puntuaciones de todos están a la vista. Comenta abajo las mayores diferencias; vuelve a puntuar un candidato si el grupo cambia de opinión.',
    hideAndScoreAgain: 'Ocultar las puntuaciones y volver a puntuar',
    title: 'Puntuación a ciegas',
    intro: 'Pasa el portátil a cada participante por turnos. Nadie ve las puntuaciones de los demás hasta que las reveles.',
    noParticipants: 'Primero añade participantes en «Marco».',
    turns: 'Turnos de puntuación',
    finished: 'Terminado',
    notYet: 'Todavía no',
    changeScores: 'Cambiar las puntuaciones de {{name}}',
    startTurn: 'Empezar el turno de {{name}}',
    progress: 'Turnos terminados: {{finished}} de {{total}}',
    revealAll: 'Revelar todas las puntuaciones',
  },
  revealEarly: {
    title: '¿Revelar antes de que todos hayan terminado?',
    notFinished_one: '{{names}} no ha terminado de puntuar.',
    notFinished_other: '{{names}} no han terminado de puntuar.',
    note: 'Una vez reveladas, todos ven las puntuaciones de todos. Lo que falte no cuenta hasta que se puntúe.',
    revealNow: 'Revelar ahora',
    keepWaiting: 'Seguir esperando',
  },
  scoringTurn: {
    heading: 'Puntuaciones de {{name}}',
    backToRoom: 'Volver al grupo',
    done: 'He terminado <kbd>{{keys}}</kbd>',
    intro:
      'Puntúa cada candidato de 1 (bajo) a {{scale}} (alto). En complejidad, alto significa difícil: piensa en datos, infraestructura, escalado, disponibilidad, seguridad de los datos, integración, reproducibilidad y conocimientos técnicos.',
    keysNote: '{{hint}}; {{keys}} cuando hayas terminado.',
    nothingToScore: 'Con los criterios actuales, {{name}} no tiene nada que puntuar.',
  },
  consensusGrid: {
    title: 'Puntuaciones de consenso',
    intro: 'Una puntuación por criterio, acordada por el grupo. {{hint}}.',
  },
  rescorePanel: {
    title: 'Volver a puntuar {{code}} · {{title}}',
    done: 'Listo',
    criterion: 'Volver a puntuar {{code}} {{criterion}}',
    participantCriterion: 'Volver a puntuar {{code}} {{participant}} {{criterion}}',
  },
  resultsTable: {
    title: 'Resultados agregados',
    introMedian:
      'Mediana de las puntuaciones ponderadas de los participantes, en 1–{{scale}}. La dispersión es la diferencia entre la puntuación más alta y la más baja de los participantes.',
    introMean:
      'Media ponderada de las puntuaciones ponderadas de los participantes, en 1–{{scale}}. La dispersión es la diferencia entre la puntuación más alta y la más baja de los participantes.',
    label: 'Puntuaciones agregadas',
    candidate: 'Candidato',
    impact: 'Impacto',
    complexity: 'Complejidad',
    quadrant: 'Cuadrante',
    spread: 'Dispersión',
    actions: 'Acciones',
    notScored: 'Sin puntuar',
  },
  widestGaps: {
    title: 'Mayores diferencias',
    intro: 'Donde más discrepa el grupo. Pide a quien puntuó más alto y a quien puntuó más bajo que se expliquen.',
    someone: 'Alguien',
    impact: {
      on: 'en impacto',
      between: 'en impacto: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
    complexity: {
      on: 'en complejidad',
      between: 'en complejidad: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
  },
} as const satisfies TranslationOf<typeof english>;
