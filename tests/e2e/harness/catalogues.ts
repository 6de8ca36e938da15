// The catalogues of every language, imported statically: Playwright's loader runs the specs and
// the harness's main side as CommonJS, where the dynamic import that loads a language's chunk in
// the app (shared/i18n/catalogues/index.ts) cannot load TypeScript. Main's code then finds each
// language already there, as the app's main finds it after loading its chunk.
import { de } from '../../../shared/i18n/catalogues/de';
import { es } from '../../../shared/i18n/catalogues/es';
import { fr } from '../../../shared/i18n/catalogues/fr';
import { pt } from '../../../shared/i18n/catalogues/pt';
import { provideCatalogue } from '../../../shared/i18n/texts';

provideCatalogue('de', de);
provideCatalogue('fr', fr);
provideCatalogue('es', es);
provideCatalogue('pt', pt);
