// The manifest's scopes must cover every operation src/jira calls, as Atlassian's specs declare them.
// An operation is covered when ALL scopes of one of its schemes are declared: the classic set ("Current")
// or the granular set ("Beta"); Forge accepts either kind in permissions.scopes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { JIRA_OPERATIONS } from '../../src/jira/operations';
import { DIRECTORY_OPERATIONS, ISSUE_OPERATIONS } from './support/coverage';

const root = join(__dirname, '..', '..');
const specDir = process.env.JIRA_SPEC_DIR ?? join(root, '..', 'shared', 'specs');

interface Operation {
  operationId?: string;
  'x-atlassian-oauth2-scopes'?: { scheme: string; scopes: string[]; state: string }[];
  security?: Record<string, string[]>[];
}
type Spec = { paths: Record<string, Record<string, Operation>> };

const specs: Record<'platform' | 'jsm', Spec> = {
  platform: JSON.parse(readFileSync(join(specDir, 'jira-platform-swagger-v3.v3.json'), 'utf8')) as Spec,
  jsm: JSON.parse(readFileSync(join(specDir, 'jsm-servicedesk-swagger.v3.json'), 'utf8')) as Spec,
};
const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { permissions: { scopes: string[] } };
const declared = new Set(manifest.permissions.scopes);

/** The alternative scope sets an operation accepts (any one fully declared is enough). */
function scopeSets(op: Operation): { label: string; scopes: string[] }[] {
  const extended = op['x-atlassian-oauth2-scopes'];
  if (extended?.length) return extended.map((s) => ({ label: s.state, scopes: s.scopes }));
  return (op.security ?? []).filter((s) => 'OAuth2' in s).map((s) => ({ label: 'security', scopes: s.OAuth2 ?? [] }));
}

describe('manifest scopes cover every Jira operation the app calls', () => {
  it.each(JIRA_OPERATIONS.map((o) => [o.operationId, o] as const))('%s', (_id, operation) => {
    const op = specs[operation.spec].paths[operation.path]?.[operation.method.toLowerCase()];
    expect(op?.operationId).toBe(operation.operationId);
    const sets = scopeSets(op ?? {});
    expect(sets.length).toBeGreaterThan(0);
    const missing = sets.map((s) => ({ ...s, missing: s.scopes.filter((scope) => !declared.has(scope)) }));
    const covered = missing.some((s) => s.missing.length === 0);
    if (!covered) {
      const wanted = missing.map((s) => `${s.label}: add ${s.missing.join(', ')}`).join(' | or | ');
      throw new Error(`${operation.operationId} is not covered by manifest.yml permissions.scopes (${wanted})`);
    }
  });

  it('lists every operation src/jira/ops sends (so none escapes this check)', () => {
    const opsDir = join(root, 'src', 'jira', 'ops');
    const sent = readdirSync(opsDir).flatMap((file) =>
      [...readFileSync(join(opsDir, file), 'utf8').matchAll(/operation: '(\w+)'/g)].map((m) => m[1]),
    );
    const listed = new Set(JIRA_OPERATIONS.map((o) => o.operationId));
    expect(sent.filter((id) => !listed.has(id ?? ''))).toEqual([]);
    expect(new Set(sent).size).toBe(listed.size);
  });

  it('the contract tests, between them, exercise every operation', () => {
    const covered = [...ISSUE_OPERATIONS, ...DIRECTORY_OPERATIONS].sort();
    expect(covered).toEqual(JIRA_OPERATIONS.map((o) => o.operationId).sort());
  });

  it('declares manage:servicedesk-customer (organizations)', () => {
    expect(declared.has('manage:servicedesk-customer')).toBe(true);
  });
});
