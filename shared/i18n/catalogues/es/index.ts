// Every namespace of the catalogue in this language, for i18next's resources.
import { common } from './common';
import { frame } from './frame';
import { collect } from './collect';
import { score } from './score';
import { map } from './map';
import { decide } from './decide';
import { share } from './share';
import { compare } from './compare';
import { followUp } from './follow-up';

export const es = { common, frame, collect, score, map, decide, share, compare, followUp } as const;
