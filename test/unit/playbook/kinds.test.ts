/** Validation of the task, decision and signoff kinds, conditions and SLAs: paths and codes. */
import type { PlaybookError } from '../../../src/domain/playbook';
import { evaluateCondition, validatePlaybook } from '../../../src/domain/playbook';
import { minimal } from './minimal';

const decision = {
  id: 'review',
  kind: 'decision',
  question: 'Plan?',
  variable: 'plan',
  options: [{ value: 'a' }, { value: 'b' }],
};

function withSteps(...steps: unknown[]): unknown {
  const doc = minimal();
  doc.steps = [...(doc.steps as unknown[]), ...steps];
  return doc;
}

function errorsOf(doc: unknown): PlaybookError[] {
  const r = validatePlaybook(doc);
  return r.ok ? [] : r.errors;
}

describe('new step kinds validate', () => {
  it('accepts a gate task, a decision, a conditional step, a signoff with an SLA', () => {
    const doc = withSteps(
      { id: 'gate', kind: 'task', by: ['approver'], evidence: 'required' },
      { ...decision, dependsOn: ['gate'] },
      { id: 'plan-it', kind: 'task', dependsOn: ['review'], when: { var: 'plan', equals: 'a' } },
      {
        id: 'verify',
        kind: 'signoff',
        dependsOn: ['plan-it'],
        sla: { within: { businessDays: 2 }, onBreach: [{ do: 'comment', text: 'Late for {{ company }}' }] },
        parties: [
          { id: 'vendor', name: 'Vendor', reporterComment: { words: ['verified'] }, agentRecord: {} },
          { id: 'us', name: 'Us', roles: ['approver'] },
        ],
      },
    );
    expect(errorsOf({ ...(doc as object), calendar: { timeZone: 'Europe/Oslo' } })).toEqual([]);
  });

  it.each<[string, unknown[], Partial<PlaybookError>]>([
    [
      'condition on an unknown variable',
      [{ id: 'x', kind: 'task', when: { var: 'nope', equals: 'a' } }],
      { path: 'steps[2].when', code: 'unknown_variable' },
    ],
    [
      "condition on a decision's variable without depending on it",
      [decision, { id: 'x', kind: 'task', when: { var: 'plan', equals: 'a' } }],
      { path: 'steps[3].when', code: 'unknown_variable' },
    ],
    [
      'condition with two tests',
      [{ id: 'x', kind: 'task', when: { var: 'company', equals: 'a', isSet: true } }],
      { path: 'steps[2].when', code: 'bad_condition' },
    ],
    [
      'unknown role in task.by',
      [{ id: 'x', kind: 'task', by: ['boss'] }],
      { path: 'steps[2].by[0]', code: 'unknown_role' },
    ],
    [
      'decision stored in an intake variable',
      [{ ...decision, variable: 'company' }],
      { path: 'steps[2].variable', code: 'duplicate_id' },
    ],
    [
      'decision with one option',
      [{ ...decision, options: [{ value: 'a' }] }],
      { path: 'steps[2].options', code: 'too_small' },
    ],
    [
      'party nobody may give',
      [{ id: 's', kind: 'signoff', parties: [{ id: 'p', name: 'P' }] }],
      { path: 'steps[2].parties[0]', code: 'required' },
    ],
    [
      'party named twice',
      [
        {
          id: 's',
          kind: 'signoff',
          parties: [
            { id: 'p', name: 'P', agentRecord: {} },
            { id: 'p', name: 'Q', roles: ['approver'] },
          ],
        },
      ],
      { path: 'steps[2].parties[1].id', code: 'duplicate_id' },
    ],
    [
      'unknown role in a party',
      [{ id: 's', kind: 'signoff', parties: [{ id: 'p', name: 'P', roles: ['boss'] }] }],
      { path: 'steps[2].parties[0].roles[0]', code: 'unknown_role' },
    ],
    [
      'public breach comment not declared customer-facing',
      [
        {
          id: 'x',
          kind: 'task',
          sla: { within: { days: 1 }, onBreach: [{ do: 'comment', visibility: 'public', text: 'Late' }] },
        },
      ],
      { path: 'steps[2].sla.onBreach[0].customerFacing', code: 'not_customer_facing' },
    ],
    [
      'SLA with two offsets',
      [{ id: 'x', kind: 'task', sla: { within: { days: 1, businessDays: 1 } } }],
      { path: 'steps[2].sla.within', code: 'bad_offset' },
    ],
  ])('%s', (_name, steps, expected) => {
    expect(errorsOf(withSteps(...steps))).toContainEqual(expect.objectContaining(expected));
  });
});

describe('evaluateCondition', () => {
  const vars = { plan: 'Needed ', crm: true, empty: '' };
  it.each<[unknown, boolean]>([
    [{ var: 'plan', equals: 'needed' }, true],
    [{ var: 'plan', in: ['direct', 'NEEDED'] }, true],
    [{ var: 'crm', equals: true }, true],
    [{ var: 'crm', equals: false }, false],
    [{ var: 'empty', isSet: false }, true],
    [{ var: 'missing', isSet: true }, false],
    [{ var: 'missing', equals: 'x' }, false],
    [{ not: { var: 'plan', equals: 'direct' } }, true],
    [
      {
        all: [
          { var: 'plan', equals: 'needed' },
          { var: 'crm', equals: true },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { var: 'plan', equals: 'direct' },
          { var: 'crm', equals: false },
        ],
      },
      false,
    ],
  ])('%j -> %s', (condition, expected) => {
    expect(evaluateCondition(condition as Parameters<typeof evaluateCondition>[0], vars)).toBe(expected);
  });
});

describe('review and checklist validate', () => {
  const task = { id: 'content', kind: 'task', checklist: [{ id: 'a', text: 'A' }] };
  it.each<[string, unknown[], Partial<PlaybookError>]>([
    [
      'a review of a non-task',
      [{ id: 'r', kind: 'review', of: 'hello', dependsOn: ['hello'] }],
      { path: 'steps[2].of', code: 'unknown_step' },
    ],
    [
      'a review not depending on its task',
      [task, { id: 'r', kind: 'review', of: 'content' }],
      { path: 'steps[3].dependsOn', code: 'required' },
    ],
    [
      'a checklist item twice',
      [
        {
          ...task,
          checklist: [
            { id: 'a', text: 'A' },
            { id: 'a', text: 'B' },
          ],
        },
      ],
      { path: 'steps[2].checklist[1].id', code: 'duplicate_id' },
    ],
  ])('%s', (_name, steps, expected) => {
    expect(errorsOf(withSteps(...steps))).toContainEqual(expect.objectContaining(expected));
  });
});

describe('due offsets and readiness', () => {
  it('a step is "unknown" ready by default; due takes exactly one offset', () => {
    const ok = validatePlaybook(withSteps({ id: 'x', kind: 'task', due: { weeks: 2, from: 'hello' } }));
    expect(ok.ok && ok.playbook.steps.map((s) => s.readiness)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(errorsOf(withSteps({ id: 'x', kind: 'task', due: { weeks: 2, after: 'P1D' } }))).toContainEqual(
      expect.objectContaining({ path: 'steps[2].due', code: 'bad_offset' }),
    );
    expect(errorsOf(withSteps({ id: 'x', kind: 'task', readiness: 'maybe' }))).toContainEqual(
      expect.objectContaining({ path: 'steps[2].readiness', code: 'invalid_value' }),
    );
  });
});
