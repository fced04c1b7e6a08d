/** A week-based playbook (S3's shape, small) for the deferral, recurrence and timeline unit tests. */
import type { Run } from '../../../src/domain/engine';
import { created, playbook, run } from './kit';

export const TIMELINE_STEPS = [
  { id: 'planning', kind: 'task', due: { weeks: 5, from: 'start' } },
  {
    id: 'training',
    kind: 'task',
    shownAs: 'milestone',
    dependsOn: ['planning'],
    due: { weeks: 6, from: 'start' },
  },
  { id: 'session-3', kind: 'task', dependsOn: ['training'], due: { weeks: 2, from: 'training' } },
  { id: 'follow-up', kind: 'task', dependsOn: ['training'], due: { weeks: 7, from: 'start' } },
  {
    id: 'calls',
    kind: 'recurring',
    dependsOn: ['training'],
    recurrence: {
      rule: 'FREQ=WEEKLY;INTERVAL=2',
      from: { from: 'training', weeks: 2 },
      until: { from: 'training', weeks: 7 },
    },
    actions: [{ do: 'comment', text: 'Catch-up call with {{ company }}' }],
  },
  {
    id: 'messages',
    kind: 'recurring',
    recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', from: { weeks: 1 }, until: { weeks: 6 } },
    actions: [{ do: 'comment', visibility: 'public', customerFacing: true, text: 'Hello {{ company }}' }],
  },
];

export const timelinePlaybook = () =>
  playbook(TIMELINE_STEPS, {
    intake: [
      { name: 'company', label: 'Company', type: 'text' },
      { name: 'startDate', label: 'Start date', type: 'date' },
    ],
    timeline: { startsOn: 'startDate' },
  });

export const startEvent = created('Acme', 'Company: Acme\nStart date: 2026-01-05');

export function started(): Run {
  const r = run(timelinePlaybook(), startEvent, undefined).run;
  if (!r) throw new Error('no run');
  return r;
}
