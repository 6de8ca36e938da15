import { QUADRANT_ORDER, statusLabel, tagsInUse, type CandidateStatus, type MapPoint, type Session } from '../../../../shared';
import { interfaceLanguage, translate } from '../../i18n';
import type { ColourBy } from '../../store/map-view-store';
import { QUADRANT_COLOURS, STATUS_COLOURS, tagColour, UNTAGGED_COLOUR } from './point-style';

export interface ColourKey {
  key: string;
  colour: string;
  label: string;
}

/** What each colour on the chart stands for, for the legend on screen and in exported images. */
export function colourKeys(session: Session, points: readonly MapPoint[], colourBy: ColourBy): ColourKey[] {
  if (colourBy === 'quadrant') {
    return QUADRANT_ORDER.map((quadrant) => ({ key: quadrant, colour: QUADRANT_COLOURS[quadrant], label: session.settings.quadrantNames[quadrant] }));
  }
  if (colourBy === 'status') {
    const statuses = [...new Set(points.map((point) => point.candidate.status))] as CandidateStatus[];
    return statuses.map((status) => ({ key: status, colour: STATUS_COLOURS[status], label: statusLabel(status, interfaceLanguage()) }));
  }
  const tags = tagsInUse(session);
  return [...tags.map((tag) => ({ key: tag, colour: tagColour(tag, tags), label: tag })), { key: '(none)', colour: UNTAGGED_COLOUR, label: translate('map:legend.noTag') }];
}
