/**
 * Stored playbooks are upgraded on read, one step per schema version, so a document written for schema 1 keeps
 * working after the format changes. Add a migration here when CURRENT_SCHEMA_VERSION goes up (and a test for it).
 */
import type { PlaybookError } from './errors';
import { CURRENT_SCHEMA_VERSION } from './schema/playbook';

type Doc = Record<string, unknown>;

/** MIGRATIONS[n] turns a schema-n document into a schema-(n+1) document. */
export const MIGRATIONS: Readonly<Record<number, (doc: Doc) => Doc>> = {};

export type UpgradeResult = { ok: true; doc: unknown; from: number } | { ok: false; errors: PlaybookError[] };

export function upgradePlaybookDocument(input: unknown): UpgradeResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      errors: [
        {
          path: '(document)',
          code: 'invalid_type',
          message: 'a playbook is a mapping (key: value) with schemaVersion, id, name, match and steps',
        },
      ],
    };
  }
  const version = (input as Doc).schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      errors: [{ path: 'schemaVersion', code: 'required', message: `add 'schemaVersion: ${CURRENT_SCHEMA_VERSION}'` }],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          code: 'unsupported_version',
          message: `schemaVersion must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION} (this app reads up to ${CURRENT_SCHEMA_VERSION})`,
        },
      ],
    };
  }
  let doc = input as Doc;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return {
        ok: false,
        errors: [{ path: 'schemaVersion', code: 'unsupported_version', message: `no upgrade from schema ${v}` }],
      };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, from: version };
}
