/** The YAML examples of docs/PLAYBOOKS.md stay valid: each is validated as a whole or inside S1. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePlaybookYaml, validatePlaybook } from '../../../src/domain/playbook';
import type { Doc } from './fixtures';
import { s1 } from './fixtures';

const markdown = readFileSync(join(__dirname, '../../../docs/PLAYBOOKS.md'), 'utf8');
const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

/** A fragment dropped into S1: roles merge into S1's, other keys replace S1's, a list of steps is added to S1's. */
function inS1(fragment: unknown): Doc {
  const doc = s1();
  doc.intake = [...(doc.intake as unknown[]), { name: 'plan', label: 'Plan', type: 'select', options: ['Small'] }];
  if (Array.isArray(fragment)) {
    const ids = new Set((doc.steps as { id: string }[]).map((s) => s.id));
    const added = (fragment as { id: string }[]).map((s) => ({ ...s, id: ids.has(s.id) ? `doc-${s.id}` : s.id }));
    const renamed = new Map(added.map((s, i) => [(fragment as { id: string }[])[i]?.id, s.id]));
    for (const s of added as { dependsOn?: string[] }[]) s.dependsOn = s.dependsOn?.map((d) => renamed.get(d) ?? d);
    doc.steps = [...(doc.steps as unknown[]), ...added];
    return doc;
  }
  for (const [key, value] of Object.entries(fragment as Doc)) {
    const before = doc[key];
    const mapping = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
    doc[key] = key === 'roles' && mapping(before) && mapping(value) ? { ...before, ...value } : value;
  }
  return doc;
}

describe('docs/PLAYBOOKS.md examples', () => {
  test('there are examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  test.each(blocks.map((b, i) => [i, b.split('\n')[0] ?? '', b]))('example %i (%s) is valid', (_i, _first, text) => {
    const data: unknown = parse(text);
    if (data === null) return; // the editor line alone: a comment
    const complete = typeof data === 'object' && !Array.isArray(data) && 'schemaVersion' in data;
    const result = complete ? parsePlaybookYaml(text) : validatePlaybook(inS1(data));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
