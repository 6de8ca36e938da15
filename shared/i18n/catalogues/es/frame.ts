import type { TranslationOf } from '../../catalogue';
import type { frame as english } from '../en/frame';

export const frame = {
  frameView: {
    session: 'La sesión',
    title: 'Título de la sesión',
    titlePlaceholder: 'p. ej. Northwind — Taller de oportunidades de ML',
    date: 'Fecha',
    team: 'Organización o equipo',
    businessGoal: 'Objetivo de negocio',
    businessGoalPlaceholder: 'Lo que el negocio quiere lograr, en una o dos frases',
    goalMetrics: 'Métricas clave del objetivo',
    goalMetricsPlaceholder: 'p. ej. Tasa de abandono, Retención neta de ingresos',
    aboutTheRoom: 'Sobre los participantes',
  },
  participantsEditor: {
    participants: 'Participantes',
    intro: 'El método funciona mejor con 3 o 4 personas, tanto de negocio como de tecnología.',
    nameOf: 'Nombre de {{name}}',
    backgroundOf: 'Perfil de {{name}}',
    remove: 'Quitar',
    removeParticipant: 'Quitar a {{name}}',
    newName: 'Nombre del nuevo participante',
    namePlaceholder: 'Nombre',
    newBackground: 'Perfil del nuevo participante',
    addParticipant: 'Añadir participante',
  },
} as const satisfies TranslationOf<typeof english>;
