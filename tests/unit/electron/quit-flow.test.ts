import { describe, expect, it } from 'vitest';
import { QuitFlow } from '../../../electron/main/services/quit-flow';

describe('quitting with unsaved work in several windows', () => {
  it('goes on quitting after each window that was dealt with', () => {
    let quits = 0;
    const flow = new QuitFlow(() => (quits += 1));
    flow.started();
    flow.windowClosed();
    flow.windowClosed();
    expect(quits).toBe(2);
  });

  it('stops when the facilitator cancels, so closing a window later does not quit the app', () => {
    let quits = 0;
    const flow = new QuitFlow(() => (quits += 1));
    flow.started();
    flow.cancelled();
    flow.windowClosed();
    expect(quits).toBe(0);
    expect(flow.underWay).toBe(false);
  });

  it('closing a window without a quit under way never quits', () => {
    let quits = 0;
    const flow = new QuitFlow(() => (quits += 1));
    flow.windowClosed();
    expect(quits).toBe(0);
  });
});
