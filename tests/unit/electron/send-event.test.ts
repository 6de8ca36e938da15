import { describe, expect, it } from 'vitest';
import { ipcEvents } from '../../../shared/ipc-contract';
import { sendEvent } from '../../../electron/main/ipc/send-event';

describe('events main sends a page', () => {
  it('go out on the contract’s channel with the payload the contract types', () => {
    const sent: unknown[][] = [];
    const contents = { send: (...args: unknown[]) => void sent.push(args) };
    sendEvent(contents, 'menuCommand', 'file.save');
    sendEvent(contents, 'closeRequested');
    sendEvent(contents, 'errorOccurred', { message: 'The disk is full.' });
    expect(sent).toEqual([[ipcEvents.menuCommand, 'file.save'], [ipcEvents.closeRequested], [ipcEvents.errorOccurred, { message: 'The disk is full.' }]]);
    // The compiler refuses what the contract does not allow (checked by npm run typecheck):
    // @ts-expect-error not a command of the menu table
    sendEvent(contents, 'menuCommand', 'file.delete');
    // @ts-expect-error an event the contract does not have
    sendEvent(contents, 'reloadEverything');
    // @ts-expect-error closeRequested carries nothing
    sendEvent(contents, 'closeRequested', { now: true });
  });
});
