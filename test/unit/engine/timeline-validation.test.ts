/** Validation of week timelines: the start date must be an intake date; a series counts only from steps done first. */
import { validatePlaybook } from '../../../src/domain/playbook';
import { TIMELINE_STEPS } from './timeline-kit';

const base = {
  schemaVersion: 1,
  id: 'weeks',
  name: 'Weeks',
  version: 1,
  match: { project: 'OSI' },
  intake: [
    { name: 'company', label: 'Company', type: 'text' },
    { name: 'startDate', label: 'Start date', type: 'date' },
  ],
  timeline: { startsOn: 'startDate' },
  steps: TIMELINE_STEPS,
};

const errors = (over: Record<string, unknown>) => {
  const r = validatePlaybook({ ...base, ...over });
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

describe('timeline validation', () => {
  it('accepts the kit playbook with the default 09:00', () => {
    const r = validatePlaybook(base);
    expect(r.ok && r.playbook.timeline).toEqual({ startsOn: 'startDate', at: '09:00' });
  });

  it.each([
    [{ timeline: { startsOn: 'begin' } }, 'timeline.startsOn', 'unknown_variable'],
    [{ timeline: { startsOn: 'company' } }, 'timeline.startsOn', 'invalid_value'],
    [{ timeline: { startsOn: 'startDate', at: '9am' } }, 'timeline.at', 'invalid_format'],
  ])('refuses %j', (over, path, code) => {
    expect(errors(over)).toContainEqual([path, code]);
  });

  it('a series must count from a step it depends on', () => {
    const steps = TIMELINE_STEPS.map((s) => (s.id === 'calls' ? { ...s, dependsOn: [] } : s));
    expect(errors({ steps })).toEqual([
      ['steps[4].recurrence.from.from', 'required'],
      ['steps[4].recurrence.until.from', 'required'],
    ]);
    const unknown = TIMELINE_STEPS.map((s) =>
      s.id === 'calls' ? { ...s, recurrence: { ...s.recurrence, from: { from: 'nowhere', weeks: 1 } } } : s,
    );
    expect(errors({ steps: unknown })).toContainEqual(['steps[4].recurrence.from.from', 'unknown_step']);
  });
});
