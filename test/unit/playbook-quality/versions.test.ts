/**
 * Stored playbooks of older schema versions are upgraded on read, one migration per version. Each migration gets
 * a case here: a document as schema n wrote it, and the schema n+1 document it must become. While the schema has
 * only version 1 there is no migration to test; the table below makes the next one come with its case.
 */
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  parsePlaybookYaml,
  upgradePlaybookDocument,
  validatePlaybook,
} from '../../../src/domain/playbook';
import { edit, minimal, s1 } from './fixtures';

/** OLDER[n]: a schema-n document and what MIGRATIONS[n] must turn it into (with schemaVersion n+1). */
const OLDER: Record<number, { before: Record<string, unknown>; after: Record<string, unknown> }> = {};

describe('schema versions', () => {
  test('every version below the current one has a migration and a case for it', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) {
      expect({ v, migration: typeof MIGRATIONS[v] }).toEqual({ v, migration: 'function' });
      expect({ v, case: OLDER[v] !== undefined }).toEqual({ v, case: true });
    }
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Object.keys(OLDER).map(Number));
  });

  test('each migration turns its case into the next version, and validation reads the old document', () => {
    for (const [v, { before, after }] of Object.entries(OLDER)) {
      expect(MIGRATIONS[Number(v)]?.(structuredClone(before))).toEqual(after);
      expect(upgradePlaybookDocument(before)).toMatchObject({ ok: true, from: Number(v) });
      expect(validatePlaybook(before).ok).toBe(true);
    }
  });

  test('a current document is read as it is', () => {
    const doc = s1();
    expect(upgradePlaybookDocument(doc)).toEqual({ ok: true, doc, from: CURRENT_SCHEMA_VERSION });
  });

  test('reading does not change the stored document', () => {
    const doc = s1();
    const copy = structuredClone(doc);
    validatePlaybook(doc);
    expect(doc).toEqual(copy);
  });

  test.each([
    ['from the future', CURRENT_SCHEMA_VERSION + 1],
    ['zero', 0],
    ['a fraction', 1.5],
    ['a string', '1'],
  ])('schemaVersion %s is refused with what this app reads', (_name, version) => {
    const r = validatePlaybook(edit(minimal(), 'schemaVersion', version));
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'schemaVersion', code: 'unsupported_version' }] });
    if (!r.ok) expect(r.errors[0]?.message).toContain(`up to ${CURRENT_SCHEMA_VERSION}`);
  });

  test('YAML text goes through the same upgrade', () => {
    expect(parsePlaybookYaml('schemaVersion: 99\nid: x\n')).toMatchObject({
      ok: false,
      errors: [{ path: 'schemaVersion', code: 'unsupported_version', line: 1 }],
    });
  });
});
