import type { TranslationOf } from '../../catalogue';
import type { starter as english } from '../en/starter';

export const starter = {
  criteria: {
    value: {
      name: 'Valor de negocio / ROI',
      description: 'Dinero ganado o ahorrado, o riesgo eliminado, si funciona. 1 = marginal, 5 = mueve una cifra que sigue la dirección.',
    },
    reach: {
      name: 'Alcance de la métrica clave',
      description: 'A cuántos clientes, pedidos o compañeros afecta la métrica clave. 1 = un nicho, 5 = casi todos.',
    },
    urgency: {
      name: 'Urgencia',
      description: 'Lo que cuesta esperar otro trimestre. 1 = puede esperar, 5 = duele ya hoy.',
    },
    data: {
      name: 'Preparación de los datos',
      description: 'El trabajo necesario antes de que un modelo pueda aprender de los datos. 1 = historial limpio y etiquetado disponible, 5 = los datos aún no se recogen.',
    },
    difficulty: {
      name: 'Dificultad técnica',
      description: 'Lo difícil que es el problema de modelado. 1 = una receta conocida, 5 = investigación abierta.',
    },
    production: {
      name: 'Esfuerzo de producción',
      description:
        'Infraestructura, escalado, disponibilidad, seguridad de los datos, integración y reproducibilidad necesarias para ponerlo en marcha de verdad. 1 = un archivo por lotes cada noche, 5 = en tiempo real, siempre activo, auditado.',
    },
    knowhow: {
      name: 'Brecha de conocimiento',
      description: 'Lo que el equipo tendría que aprender o contratar. 1 = ya lo hemos hecho, 5 = nadie aquí lo ha hecho.',
    },
  },
  readinessItems: {
    'data-available': { name: 'Datos disponibles', question: '¿Se recogen hoy los datos que necesita el modelo y están a nuestro alcance?' },
    'data-quality': { name: 'Calidad de los datos y etiquetas', question: '¿Están los datos lo bastante limpios y hay resultados etiquetados de los que aprender?' },
    'access-rights': { name: 'Derechos de acceso y datos personales', question: '¿Podemos usar estos datos para este fin, incluidos los datos personales?' },
    infrastructure: { name: 'Infraestructura', question: '¿Por lotes o en tiempo real, y dónde se ejecutará?' },
    scaling: { name: 'Escalado', question: '¿Puede con los volúmenes: registros, peticiones por segundo, crecimiento?' },
    availability: { name: 'Disponibilidad', question: '¿Qué pasa con el proceso de negocio cuando el modelo no funciona?' },
    security: { name: 'Seguridad y cumplimiento', question: '¿Qué revisiones de seguridad y normativas se aplican, y podemos cumplirlas?' },
    compatibility: { name: 'Compatibilidad', question: '¿A qué sistemas tiene que conectarse, y pueden recibir sus resultados?' },
    reproducibility: { name: 'Reproducibilidad', question: '¿Están versionados los datos, el código y los modelos, y se puede repetir el reentrenamiento?' },
    monitoring: { name: 'Monitorización', question: '¿Cómo sabremos que el modelo se degrada?' },
    'know-how': { name: 'Conocimiento del equipo', question: '¿Ha construido y operado el equipo algo así antes?' },
  },
  axisLabels: {
    impact: 'Impacto',
    complexity: 'Complejidad',
  },
  quadrantNames: {
    'quick-wins': 'Victorias rápidas',
    'big-bets': 'Grandes apuestas',
    'fill-ins': 'Rellenos',
    'money-pits': 'Pozos sin fondo',
  },
} as const satisfies TranslationOf<typeof english>;
