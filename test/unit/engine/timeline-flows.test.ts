/** The timeline of a run on a playbook with flows lists only the steps of the run's flow. */
import type { EngineEventInput } from '../../../src/domain/engine';
import { timeline } from '../../../src/domain/engine/timeline';
import { created, playbook, run } from './kit';

const pb = playbook(
  [
    { id: 'a', kind: 'task' },
    { id: 'b', kind: 'task', dependsOn: ['a'] },
    { id: 'c', kind: 'task' },
  ],
  {
    flows: [
      { id: 'first', name: 'First', match: { requestType: 'One' }, steps: ['a', 'b'] },
      { id: 'rest', name: 'Anything else', steps: ['c'] },
    ],
  },
);

const ticket = (requestType?: string): EngineEventInput => {
  const e = created();
  if (e.type !== 'ticketCreated') throw new Error('created() builds a ticketCreated event');
  return { ...e, issue: { ...e.issue, ...(requestType === undefined ? {} : { requestType }) } };
};

const listed = (requestType?: string): string[] => {
  const r = run(pb, ticket(requestType), undefined).run;
  if (!r) throw new Error('no run started');
  const t = timeline(pb, r, new Date('2026-03-02T09:00:00.000Z'));
  return [...t.weeks.flatMap((w) => w.items), ...t.undated].map((i) => i.stepId).sort();
};

describe('timeline with flows', () => {
  it('lists the steps of the run’s flow and none of another flow’s', () => {
    expect(listed('One')).toEqual(['a', 'b']);
    expect(listed()).toEqual(['c']);
  });
});
