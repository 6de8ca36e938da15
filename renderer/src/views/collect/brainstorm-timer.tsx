import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { updateSettings } from '../../../../shared';
import { editSession, useSessionStore } from '../../store/session-store';
import { remainingAt, useTimerStore } from '../../store/timer-store';
import { useShallow } from 'zustand/react/shallow';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { useTranslation } from '../../i18n';

function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A soft two-note chime, made in place: no sound file, no network. */
function chime(): void {
  try {
    const audio = new AudioContext();
    [523.25, 659.25].forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      const start = audio.currentTime + index * 0.25;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.65);
    });
    setTimeout(() => void audio.close(), 1500);
  } catch (error) {
    // No audio device (a projector without sound): the visual signal is enough.
    console.warn('The timer chime could not play:', error);
  }
}

/** The brainstorm's visible countdown: start, pause, add a minute, a soft signal at zero. */
export function BrainstormTimer() {
  const { t } = useTranslation('collect');
  const minutes = useSessionStore((state) => state.session.settings.brainstormMinutes);
  const timer = useTimerStore(useShallow(({ remainingMs, startedAt, start, pause, addMinute, reset }) => ({ remainingMs, startedAt, start, pause, addMinute, reset })));
  const [now, setNow] = useState(() => performance.now());
  const remaining = remainingAt(timer, now);
  const running = timer.startedAt !== null && remaining > 0;
  const signalled = useRef(false);
  // Whether Start/Pause has focus, or lost it to nothing (greyed out at zero), not to another control.
  const buttonFocused = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const followFocus = { onFocus: () => (buttonFocused.current = true), onBlur: (event: FocusEvent) => (buttonFocused.current = event.relatedTarget === null) };

  useEffect(() => {
    if (timer.startedAt === null) return;
    const tick = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(tick);
  }, [timer.startedAt]);

  useEffect(() => {
    if (timer.startedAt !== null && remaining === 0 && !signalled.current) {
      signalled.current = true;
      chime();
      // Pause becomes a greyed-out Start, which loses focus: it goes to +1 min (unless it is elsewhere by now).
      const active = document.activeElement;
      if (buttonFocused.current && (active === null || active === document.body || root.current?.contains(active))) focusAfter.timeUp();
      timer.pause(performance.now());
    }
    if (remaining > 0) signalled.current = false;
  }, [remaining, timer]);

  const timeUp = remaining === 0;
  return (
    <div ref={root} className={`brainstorm-timer${timeUp ? ' time-up' : ''}${running ? ' running' : ''}`} role="timer" aria-label={t('brainstormTimer.timer')}>
      <span className="clock" aria-hidden="true" data-testid="timer-clock">
        {formatClock(remaining)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {timeUp ? t('brainstormTimer.timeUp') : running ? '' : t('brainstormTimer.paused', { time: formatClock(remaining) })}
      </span>
      <div className="timer-controls">
        {running ? (
          <button type="button" {...followFocus} onClick={() => timer.pause(performance.now())}>
            {t('brainstormTimer.pause')}
          </button>
        ) : (
          <button type="button" {...followFocus} disabled={timeUp} onClick={() => timer.start(performance.now())}>
            {t('brainstormTimer.start')}
          </button>
        )}
        <button type="button" {...focusMarkOf(focusMark.addMinute)} onClick={() => timer.addMinute(performance.now())}>
          {t('brainstormTimer.addMinute')}
        </button>
        <button type="button" className="quiet" onClick={() => timer.reset(minutes)}>
          {t('brainstormTimer.reset')}
        </button>
        <label className="timer-minutes">
          <input
            type="number"
            min={1}
            max={240}
            value={minutes}
            aria-label={t('brainstormTimer.length')}
            onChange={(event) => {
              const value = Math.round(Number(event.target.value));
              if (Number.isFinite(value) && value >= 1 && value <= 240) {
                editSession((session) => updateSettings(session, { brainstormMinutes: value }), 'settings.brainstormMinutes');
                if (timer.startedAt === null) timer.reset(value);
              }
            }}
          />
          {t('brainstormTimer.minutes')}
        </label>
      </div>
    </div>
  );
}
