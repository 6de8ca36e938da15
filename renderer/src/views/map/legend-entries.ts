import { QUADRANT_ORDER, statusLabel, tagsInUse, type CandidateStatus, type Language, type MapPoint, type Session } from '../../../../shared';
import { textsIn } from '../../../../shared/i18n/texts';
import type { ColourBy } from '../../store/map-view-store';
import { QUADRANT_COLOURS, STATUS_COLOURS, tagColour, UNTAGGED_COLOUR } from './point-style';

export interface ColourKey {
  key: string;
  colour: string;
  label: string;
}

/** What each colour on the chart stands for, in `language`: for the legend on screen (the interface's) and in exported images (the export's). */
export function colourKeys(session: Session, points: readonly MapPoint[], colourBy: ColourBy, language: Language): ColourKey[] {
  if (colourBy === 'quadrant') {
    return QUADRANT_ORDER.map((quadrant) => ({ key: quadrant, colour: QUADRANT_COLOURS[quadrant], label: session.settings.quadrantNames[quadrant] }));
  }
  if (colourBy === 'status') {
    const statuses = [...new Set(points.map((point) => point.candidate.status))] as CandidateStatus[];
    return statuses.map((status) => ({ key: status, colour: STATUS_COLOURS[status], label: statusLabel(status, language) }));
  }
  const tags = tagsInUse(session);
  return [...tags.map((tag) => ({ key: tag, colour: tagColour(tag, tags), label: tag })), { key: '(none)', colour: UNTAGGED_COLOUR, label: textsIn(language)('map:legend.noTag') }];
}
