import type { TranslationOf } from '../../catalogue';
import type { starter as english } from '../en/starter';

export const starter = {
  criteria: {
    value: {
      name: 'Valor de negócio / ROI',
      description: 'Dinheiro ganho ou economizado, ou risco eliminado, se der certo. 1 = marginal, 5 = mexe em um número que a diretoria acompanha.',
    },
    reach: {
      name: 'Alcance da métrica-chave',
      description: 'Quantos clientes, pedidos ou colegas a métrica-chave atinge. 1 = um nicho, 5 = quase todos.',
    },
    urgency: {
      name: 'Urgência',
      description: 'Quanto custa esperar mais um trimestre. 1 = pode esperar, 5 = já dói hoje.',
    },
    data: {
      name: 'Prontidão dos dados',
      description: 'O trabalho necessário antes que um modelo possa aprender com os dados. 1 = histórico limpo e rotulado disponível, 5 = os dados ainda não são coletados.',
    },
    difficulty: {
      name: 'Dificuldade técnica',
      description: 'O quão difícil é o problema de modelagem. 1 = uma receita conhecida, 5 = pesquisa em aberto.',
    },
    production: {
      name: 'Esforço de produção',
      description:
        'Infraestrutura, escalabilidade, disponibilidade, segurança dos dados, integração e reprodutibilidade necessárias para colocá-lo para rodar de verdade. 1 = um arquivo em lote toda noite, 5 = tempo real, sempre no ar, auditado.',
    },
    knowhow: {
      name: 'Lacuna de conhecimento',
      description: 'O que a equipe teria de aprender ou contratar. 1 = já fizemos antes, 5 = ninguém aqui fez.',
    },
  },
  readinessItems: {
    'data-available': { name: 'Dados disponíveis', question: 'Os dados de que o modelo precisa já são coletados e estão ao nosso alcance hoje?' },
    'data-quality': { name: 'Qualidade dos dados e rótulos', question: 'Os dados estão limpos o suficiente, e há resultados rotulados com que aprender?' },
    'access-rights': { name: 'Direitos de acesso e dados pessoais', question: 'Podemos usar esses dados para essa finalidade, incluindo os dados pessoais?' },
    infrastructure: { name: 'Infraestrutura', question: 'Em lote ou em tempo real, e onde vai rodar?' },
    scaling: { name: 'Escalabilidade', question: 'Dá conta dos volumes: registros, requisições por segundo, crescimento?' },
    availability: { name: 'Disponibilidade', question: 'O que acontece com o processo de negócio quando o modelo fica fora do ar?' },
    security: { name: 'Segurança e conformidade', question: 'Quais revisões de segurança e regulamentações se aplicam, e conseguimos atendê-las?' },
    compatibility: { name: 'Compatibilidade', question: 'A quais sistemas ele precisa se conectar, e eles conseguem receber seus resultados?' },
    reproducibility: { name: 'Reprodutibilidade', question: 'Dados, código e modelos estão versionados, e o retreinamento pode ser repetido?' },
    monitoring: { name: 'Monitoramento', question: 'Como vamos saber quando o modelo piorar?' },
    'know-how': { name: 'Conhecimento da equipe', question: 'A equipe já construiu e operou algo assim antes?' },
  },
  axisLabels: {
    impact: 'Impacto',
    complexity: 'Complexidade',
  },
  quadrantNames: {
    'quick-wins': 'Ganhos rápidos',
    'big-bets': 'Grandes apostas',
    'fill-ins': 'Tapa-buracos',
    'money-pits': 'Poços sem fundo',
  },
} as const satisfies TranslationOf<typeof english>;
