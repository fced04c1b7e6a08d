/**
 * S2 as two versions of one playbook: the older draft (seed 000) is version 1, the current beta (seed 001) version 2.
 * A stored version 1 reads back as it was; a run started on version 1 finishes on it while new runs use version 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchPlaybook } from '../../src/domain/engine';
import type { Run } from '../../src/domain/engine';
import {
  BUILTIN_PLAYBOOK_HISTORY,
  BUILTIN_PLAYBOOK_SOURCES,
  parsePlaybookYaml,
  playbookSchema,
  validatePlaybook,
} from '../../src/domain/playbook';
import { CARA, EWAN, MON, context, ev, panels, sep, sepV1, step, ticket } from './s2-fixtures';

const v1 = sepV1();
const v2 = sep();

const file = (name: string): string => readFileSync(join(__dirname, '../../playbooks', name), 'utf8');

describe('S2 versions', () => {
  it('the embedded versions are the YAML files as they are now (rerun playbooks/generate.ts after editing)', () => {
    expect(BUILTIN_PLAYBOOK_SOURCES['sep-partner-lifecycle']).toBe(file('sep.yaml'));
    expect(BUILTIN_PLAYBOOK_HISTORY['sep-partner-lifecycle']).toEqual([file('sep-v1.yaml')]);
  });

  it('version 1 is the older draft: same playbook id, fewer steps (no review date, preview or interest list)', () => {
    expect([v1.id, v1.version, v2.id, v2.version]).toEqual([v2.id, 1, v1.id, 2]);
    const ids1 = new Set(v1.steps.map((s) => s.id));
    expect(ids1.has('add-review-date')).toBe(false);
    expect(ids1.has('add-preview')).toBe(false);
    expect(v2.steps.some((s) => s.id === 'add-review-date')).toBe(true);
    expect(v1.steps.every((s) => s.readiness === 'unknown') && v2.steps.every((s) => s.readiness === 'unknown')).toBe(
      true,
    );
  });

  it('a stored version 1 (as KVS keeps it, JSON) is read back exactly, and its YAML still validates', () => {
    const stored: unknown = JSON.parse(JSON.stringify(v1));
    expect(playbookSchema.parse(stored)).toEqual(v1);
    expect(validatePlaybook(stored)).toEqual({ ok: true, playbook: v1 });
    const yaml = BUILTIN_PLAYBOOK_HISTORY['sep-partner-lifecycle']?.[0] ?? '';
    expect(parsePlaybookYaml(yaml)).toEqual({ ok: true, playbook: v1 });
  });

  it('a run started on version 1 finishes on version 1; a new ticket starts on version 2', () => {
    const t = ticket('add', { 'Service name': 'Bulky waste collection' });
    let run: Run = step(v1, undefined, ev.created(t), MON).run;
    expect([run.playbookId, run.playbookVersion]).toEqual([v1.id, 1]);
    // The admin saved version 2 meanwhile: deciding the old run with it changes nothing.
    const wrong = step(v2, run, ev.panel('p', 'completeStep', { stepId: 'add-discussion' }), MON);
    expect(wrong.codes).toEqual(['run.wrong-playbook']);
    expect(wrong.run).toBe(run);
    run = panels(
      v1,
      run,
      [
        ['completeStep', { stepId: 'add-discussion' }],
        ['completeStep', { stepId: 'add-sep-discussion' }],
        ['completeStep', { stepId: 'add-kb' }],
        ['checkItem', { stepId: 'add-content', item: 'content' }],
        ['checkItem', { stepId: 'add-content', item: 'start' }],
        ['checkItem', { stepId: 'add-content', item: 'owner' }, CARA],
        ['completeStep', { stepId: 'add-review' }, EWAN],
        ['completeStep', { stepId: 'add-live' }],
      ],
      '2026-03-02T10:00:00.000Z',
    ).run;
    expect(run.state).toBe('completed');
    expect(run.playbookVersion).toBe(1);
    expect(Object.keys(run.steps)).not.toContain('add-review-date');

    const next = ticket('add', { 'Service name': 'Garden waste' }, { key: 'SEP-2' });
    const m = matchPlaybook([v2], next, context.directory);
    expect(m.kind).toBe('match');
    const fresh = step(v2, undefined, ev.created(next), MON).run;
    expect([fresh.playbookVersion, Object.keys(fresh.steps).includes('add-review-date')]).toEqual([2, true]);
  });
});
