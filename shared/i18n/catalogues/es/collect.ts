import type { TranslationOf } from '../../catalogue';
import type { collect as english } from '../en/collect';

export const collect = {
  aboutTheCandidates: 'Sobre los candidatos',
  brainstormTimer: {
    timer: 'Temporizador de la lluvia de ideas',
    timeUp: 'Se acabó el tiempo.',
    paused: 'Quedan {{time}}, en pausa.',
    pause: 'Pausar',
    start: 'Iniciar',
    addMinute: '+1 min',
    reset: 'Reiniciar',
    length: 'Duración de la lluvia de ideas en minutos',
    minutes: 'min',
  },
  candidateList: {
    candidates: 'Candidatos',
    count_one: '{{count}} candidato',
    count_other: '{{count}} candidatos',
    empty: 'Aún no hay candidatos. Escribe un problema que el grupo quiera resolver y pulsa Intro.',
    list: 'Lista de candidatos',
  },
  captureLine: {
    newCandidate: 'Nuevo candidato',
    placeholder: 'Un problema que el aprendizaje automático podría resolver… (Intro para añadir)',
    add: 'Añadir',
  },
  candidateRow: {
    titleOf: 'Título de {{code}}',
    withoutMl: 'Sin ML',
    noKeyMetric: 'Sin métrica clave',
    noKeyMetricHint: 'Cada candidato necesita una métrica clave ligada al problema de negocio',
    details: 'Detalles',
    detailsOf: 'Detalles de {{code}} {{title}}',
    delete: 'Eliminar',
    deleteCandidate: 'Eliminar {{code}} {{title}}',
  },
  candidateDetails: {
    detailsOf: 'Detalles de {{code}}',
    mlBrief: 'Ficha de ML…',
    close: 'Cerrar',
    closeDetails: 'Cerrar detalles',
    readiness: 'Preparación',
    readinessOf: 'Preparación de {{candidate}}',
    readinessNote: 'Lo que hace falta para llevarlo a la práctica de verdad. Opcional; los puntos sin respuesta cuentan como desconocidos.',
  },
  mergeControl: {
    sameProblem: '¿Es el mismo problema que otro candidato?',
    chooseDuplicate: 'Elige el duplicado…',
    mergeInto: 'Fusionar en {{code}}',
  },
} as const satisfies TranslationOf<typeof english>;
