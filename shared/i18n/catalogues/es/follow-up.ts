import type { TranslationOf } from '../../catalogue';
import type { followUp as english } from '../en/follow-up';

export const followUp = {
  dialog: {
    title: 'El foco de la última vez',
    intro: '{{heading}}. Antes de que el grupo vuelva a puntuar: ¿qué fue del foco que eligió entonces? Omite esto para responder más tarde, en Marco.',
    skip: 'Omitir',
    save: 'Guardar respuestas',
  },
  panel: {
    introFromFile: '{{lastTime}} Archivo: «{{fileName}}».',
    introUnsaved: '{{lastTime}} La sesión anterior nunca se guardó en un archivo.',
  },
  outcomeFields: {
    question: '¿Qué fue de «{{title}}»?',
    metricNow: '{{metric}} ahora',
    keyMetricNow: 'La métrica clave ahora',
    metricPlaceholder: 'Según la medición de hoy',
    setLastTime: 'Fijado la última vez',
    baseline: 'Línea base',
    target: 'Objetivo',
    notRecorded: 'sin registrar',
    noneSet: 'sin fijar',
  },
} as const satisfies TranslationOf<typeof english>;
