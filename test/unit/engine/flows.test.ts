/** Flows: the ticket picks the flow, the run keeps only its steps; the validator checks flows as a whole. */
import type { EngineEventInput } from '../../../src/domain/engine';
import { flowFor } from '../../../src/domain/engine/flows';
import { validatePlaybook } from '../../../src/domain/playbook';
import { created, playbook, run } from './kit';

const steps = [
  { id: 'a', kind: 'task' },
  { id: 'b', kind: 'task', dependsOn: ['a'] },
  { id: 'c', kind: 'task' },
];
const flows = [
  { id: 'first', name: 'First', match: { requestType: 'One' }, steps: ['a', 'b'] },
  { id: 'second', name: 'Second', match: { summary: { contains: 'two' } }, steps: ['c'] },
  { id: 'rest', name: 'Anything else', steps: ['c'] },
];

const withRequestType = (requestType: string | undefined, summary = 'Hello'): EngineEventInput => {
  const e = created();
  if (e.type !== 'ticketCreated') throw new Error('created() builds a ticketCreated event');
  return { ...e, issue: { ...e.issue, summary, ...(requestType === undefined ? {} : { requestType }) } };
};

describe('flows', () => {
  const pb = playbook(steps, { flows });

  it('the first flow whose match holds is taken; an empty match takes the rest', () => {
    const issue = { key: 'SS-1', project: 'SS', summary: 'x', description: '' };
    expect(flowFor(pb, { ...issue, requestType: 'one' })?.id).toBe('first');
    expect(flowFor(pb, { ...issue, summary: 'Number TWO' })?.id).toBe('second');
    expect(flowFor(pb, issue)?.id).toBe('rest');
  });

  it('a run holds only its flow’s steps and completes when they are done', () => {
    const r = run(pb, withRequestType('One'), undefined).run;
    expect(r?.flow).toBe('first');
    expect(Object.keys(r?.steps ?? {})).toEqual(['a', 'b']);
    const done = run(
      pb,
      { id: 'p', type: 'panelAction', action: 'completeStep', stepId: 'a', actor: { accountId: 'x' } },
      r,
      1,
    );
    const end = run(
      pb,
      { id: 'q', type: 'panelAction', action: 'completeStep', stepId: 'b', actor: { accountId: 'x' } },
      done.run,
      2,
    );
    expect(end.run?.state).toBe('completed');
  });

  it('a playbook with flows and no flow that fits starts no run', () => {
    const strict = playbook(steps, { flows: flows.slice(0, 2) });
    const d = run(strict, withRequestType(undefined), undefined);
    expect(d.run).toBeUndefined();
    expect(d.trace.map((t) => t.code)).toContain('flow.none');
  });

  it('start by hand may name a flow; a flow that does not exist starts nothing', () => {
    const e = withRequestType(undefined);
    if (e.type !== 'ticketCreated') throw new Error('unreachable');
    const byHand = (value: string): EngineEventInput => ({
      id: 'h',
      type: 'panelAction',
      action: 'startByHand',
      actor: { accountId: 'x' },
      issue: e.issue,
      value,
    });
    expect(run(pb, byHand('Second'), undefined).run?.flow).toBe('second');
    expect(run(pb, byHand('nope'), undefined).run).toBeUndefined();
  });

  it('a flow may make an optional intake field required', () => {
    const pb2 = playbook(steps, {
      intake: [
        { name: 'company', label: 'Company', type: 'text' },
        { name: 'service', label: 'Service', type: 'text', required: false },
      ],
      flows: [{ id: 'first', name: 'First', requires: ['service'], steps: ['a', 'b', 'c'] }],
    });
    const r = run(pb2, created(), undefined).run;
    expect(r?.stage).toBe('intake');
    expect(r?.attention[0]?.message).toContain('Service is missing');
  });
});

describe('flows: validation', () => {
  const base = {
    schemaVersion: 1,
    id: 'f',
    name: 'F',
    version: 1,
    match: { project: 'SS' },
    intake: [{ name: 'company', label: 'Company', type: 'text' }],
    steps,
  };
  const codes = (doc: Record<string, unknown>) => {
    const r = validatePlaybook({ ...base, ...doc });
    return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
  };

  it('accepts the flows above', () => {
    expect(codes({ flows })).toEqual([]);
  });

  it('a step in no flow, a step missing its dependency, an unknown step, a twice-used id', () => {
    expect(
      codes({
        flows: [
          { id: 'x', name: 'X', steps: ['b', 'nope'] },
          { id: 'x', name: 'Y', steps: ['a'], requires: ['missing'] },
        ],
      }),
    ).toEqual([
      'flows[0].steps[0] unknown_step',
      'flows[0].steps[1] unknown_step',
      'flows[1].id duplicate_id',
      'flows[1].requires[0] unknown_variable',
      'steps[2].id unused_step',
    ]);
  });

  it('a document with a shape error still knows its lookups and flows (no false reference errors)', () => {
    expect(
      codes({
        name: 42,
        flows: [{ id: 'all', name: 'All', steps: ['a', 'b', 'c'] }],
        lookups: [{ var: 'known', read: 'partner.known', partner: 'company' }],
        steps: [...steps, { id: 'd', kind: 'task', when: { var: 'known', equals: true } }],
      }),
    ).toEqual(['name invalid_type', 'steps[3].id unused_step']);
  });

  it('lookups name intake variables and existing flows', () => {
    expect(
      codes({
        flows,
        lookups: [
          { var: 'known', read: 'partner.known', partner: 'company', flows: ['nope'] },
          { var: 'shared', read: 'service.shared', partner: 'company', service: 'svc' },
          { var: 'company', read: 'partner.onCrm', partner: 'company' },
        ],
      }),
    ).toEqual([
      'lookups[0].flows[0] unknown_flow',
      'lookups[1].service unknown_variable',
      'lookups[2].var duplicate_id',
    ]);
  });
});
