import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PLAYBOOK_SOURCES, parsePlaybookYaml } from '../../../src/domain/playbook';
import { minimal } from './minimal';

describe('parsePlaybookYaml', () => {
  it('accepts JSON', () => {
    expect(parsePlaybookYaml(JSON.stringify(minimal()))).toMatchObject({ ok: true, playbook: { id: 'demo' } });
  });

  it('points a validation error at its line', () => {
    const text = [
      'schemaVersion: 1',
      'id: demo',
      'name: Demo',
      'version: 1',
      'match: { project: SS }',
      'steps:',
      '  - id: a',
      '    kind: wait',
      '    for: { kind: time, after: soon }',
    ].join('\n');
    const r = parsePlaybookYaml(text);
    expect(r).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'steps[0].for.after', code: 'bad_duration', line: 9 })],
    });
  });

  it('points a missing key at its parent', () => {
    const r = parsePlaybookYaml(
      'schemaVersion: 1\nid: demo\nversion: 1\nmatch: { project: SS }\nsteps:\n  - { id: a, kind: wait, for: { kind: time, after: PT1H } }\n',
    );
    expect(r).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'name', code: 'required', line: 1 })] });
  });

  it('reports YAML syntax errors and duplicate keys with lines, never throwing', () => {
    expect(parsePlaybookYaml('id: a\nid: b\n')).toMatchObject({
      ok: false,
      errors: [{ code: 'yaml_syntax', line: 2 }],
    });
    expect(parsePlaybookYaml('a: [1, 2\nb: c')).toMatchObject({ ok: false, errors: [{ code: 'yaml_syntax' }] });
    expect(parsePlaybookYaml('')).toMatchObject({ ok: false });
  });

  it('the embedded built-ins are the YAML files as they are now (rerun playbooks/generate.ts after editing)', () => {
    const yaml = readFileSync(join(__dirname, '../../../playbooks/everbright.yaml'), 'utf8');
    expect(BUILTIN_PLAYBOOK_SOURCES['everbright-partner-onboarding']).toBe(yaml);
  });
});
