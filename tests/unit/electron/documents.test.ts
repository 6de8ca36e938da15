import { describe, expect, it } from 'vitest';
import { DocumentRegistry } from '../../../electron/main/services/documents';

// What main knows of each window's session: the file it belongs to, whether it has unsaved
// work, its title, and the fingerprint Save compares with the file on disk.

const fingerprint = { sha256: 'ab'.repeat(32), size: 10, mtimeMs: 5 };

describe('the document of a window', () => {
  it('starts untitled, without a file and without unsaved work, and starts so again once forgotten', () => {
    const documents = new DocumentRegistry();
    expect(documents.get(1)).toEqual({ filePath: null, dirty: false, title: 'Untitled', fileFingerprint: null, olderFormat: null });
    documents.update(1, { filePath: '/a.pickwise', dirty: true, title: 'a.pickwise', fileFingerprint: fingerprint });
    expect(documents.mustAskBeforeClosing(1)).toBe(true);
    documents.forget(1);
    expect(documents.get(1)).toEqual({ filePath: null, dirty: false, title: 'Untitled', fileFingerprint: null, olderFormat: null });
    expect(documents.mustAskBeforeClosing(1)).toBe(false);
  });

  it('forgets the fingerprint when it moves to another file without one, and only then', () => {
    const documents = new DocumentRegistry();
    documents.update(1, { filePath: '/a.pickwise', fileFingerprint: fingerprint });
    // Edits and a save to the same file keep it.
    expect(documents.update(1, { dirty: true }).fileFingerprint).toEqual(fingerprint);
    expect(documents.update(1, { filePath: '/a.pickwise', dirty: false }).fileFingerprint).toEqual(fingerprint);
    // Another file, with its own fingerprint: that one.
    const other = { ...fingerprint, sha256: 'cd'.repeat(32) };
    expect(documents.update(1, { filePath: '/b.pickwise', fileFingerprint: other }).fileFingerprint).toEqual(other);
    // Another file without one (Save As of a session read from a picture): none.
    expect(documents.update(1, { filePath: '/c.pickwise' }).fileFingerprint).toBeNull();
    // Untitled again (New): none.
    documents.update(1, { filePath: '/c.pickwise', fileFingerprint: fingerprint });
    expect(documents.update(1, { filePath: null }).fileFingerprint).toBeNull();
  });

  it('forgets an earlier Pickwise’s format when it moves to another file without one, and keeps it for the same file', () => {
    const documents = new DocumentRegistry();
    documents.update(1, { filePath: '/old.pickwise', olderFormat: 1 });
    expect(documents.update(1, { dirty: true }).olderFormat).toBe(1);
    expect(documents.update(1, { filePath: '/old.pickwise', dirty: false }).olderFormat).toBe(1);
    expect(documents.update(1, { filePath: '/new.pickwise' }).olderFormat).toBeNull();
    expect(documents.update(1, { filePath: '/older.pickwise', olderFormat: 0 }).olderFormat).toBe(0);
  });

  it('keeps each window’s document apart', () => {
    const documents = new DocumentRegistry();
    documents.update(1, { dirty: true, title: 'One' });
    expect(documents.get(2)).toMatchObject({ dirty: false, title: 'Untitled' });
  });
});
