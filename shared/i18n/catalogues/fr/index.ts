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
import { rules } from './rules';
import { files } from './files';
import { fields } from './fields';
import { menu } from './menu';
import { documents } from './documents';
import { desktop } from './desktop';
import { starter } from './starter';

export const fr = { common, frame, collect, score, map, decide, share, compare, followUp, rules, files, fields, menu, documents, desktop, starter } as const;
