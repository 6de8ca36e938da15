import type { TranslationOf } from '../../catalogue';
import type { frame as english } from '../en/frame';

export const frame = {
  frameView: {
    session: 'La session',
    title: 'Titre de la session',
    titlePlaceholder: 'p. ex. Northwind — atelier sur les opportunités ML',
    date: 'Date',
    team: 'Organisation ou équipe',
    businessGoal: 'Objectif métier',
    businessGoalPlaceholder: 'Ce que l’entreprise veut atteindre, en une ou deux phrases',
    goalMetrics: 'Indicateurs clés de l’objectif',
    goalMetricsPlaceholder: 'p. ex. Taux d’attrition, Rétention nette du chiffre d’affaires',
    aboutTheRoom: 'À propos des participants',
  },
  participantsEditor: {
    participants: 'Participants',
    intro: 'La méthode fonctionne au mieux avec 3 à 4 personnes, côté métier comme côté technique.',
    nameOf: 'Nom de {{name}}',
    backgroundOf: 'Profil de {{name}}',
    remove: 'Retirer',
    removeParticipant: 'Retirer {{name}}',
    newName: 'Nom du nouveau participant',
    namePlaceholder: 'Nom',
    newBackground: 'Profil du nouveau participant',
    addParticipant: 'Ajouter un participant',
  },
} as const satisfies TranslationOf<typeof english>;
