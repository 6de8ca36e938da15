import { useEffect } from 'react';
import { reportError } from '../../error-reporting';
import { pickwise } from '../../pickwise-client';

/**
 * While presentation mode shows, the window is full screen. Main does it (the page's own
 * `requestFullscreen` is refused by the app's permission handler and needs a user gesture), and
 * puts the window back as it was when presenting ends.
 */
export function usePresentationFullScreen(): void {
  useEffect(() => {
    pickwise().setPresentationFullScreen({ fullScreen: true }).catch(reportError);
    return () => {
      pickwise().setPresentationFullScreen({ fullScreen: false }).catch(reportError);
    };
  }, []);
}
