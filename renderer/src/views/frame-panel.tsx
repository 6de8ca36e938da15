import { updateFrame } from '../../../shared';
import { editSession, useSessionStore } from '../store/session-store';

/** The session's title: what the room is here to decide. */
export function FramePanel() {
  const title = useSessionStore((state) => state.session.frame.title);
  return (
    <section className="frame-panel" aria-labelledby="frame-heading">
      <h2 id="frame-heading" className="visually-hidden">
        Session
      </h2>
      <label className="field title-field">
        <span className="field-label">Session title</span>
        <input
          type="text"
          value={title}
          maxLength={200}
          placeholder="e.g. Northwind — ML opportunities workshop"
          onChange={(event) => editSession((session) => updateFrame(session, { title: event.target.value }), 'frame.title')}
        />
      </label>
    </section>
  );
}
