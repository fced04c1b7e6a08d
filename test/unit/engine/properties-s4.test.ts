/** Properties of decide() over random S4 histories: the gate and both sign-offs always hold, only launch is public. */
import fc from 'fast-check';
import type { EngineEventInput, Run } from '../../../src/domain/engine';
import { runSchema } from '../../../src/domain/engine';
import { AGENT, DINA, SIRI, VENDOR, digipost, ev, step } from '../../scenarios/s4-fixtures';

const pb = digipost();
const actors = [AGENT, DINA, SIRI];
const stepIds = ['agreement-signed', 'launch-review', 'launch-plan', 'configuration', 'verification', 'launch'];
const notes = [undefined, '', 'Signert kopi i arkivet'];

const event: fc.Arbitrary<(i: number) => EngineEventInput> = fc.oneof(
  fc
    .record({
      action: fc.constantFrom('completeStep', 'decide', 'signOff', 'waive', 'cancel' as const),
      stepId: fc.constantFrom(...stepIds),
      party: fc.constantFrom('vendor', 'digipost', 'nobody'),
      value: fc.constantFrom('needed', 'direct', 'maybe'),
      note: fc.constantFrom(...notes),
      actor: fc.constantFrom(...actors),
    })
    .map(
      ({ action, actor, note, ...rest }) =>
        (i: number) =>
          ev.panel(`p${i}`, action, note === undefined ? rest : { ...rest, note }, actor),
    ),
  fc.tuple(fc.constantFrom(VENDOR, { accountId: 'acc-other' }), fc.constantFrom('verifisert', 'hei', 'verified!')).map(
    ([who, text]) =>
      (i: number) =>
        ev.comment(`c${i}`, who, text),
  ),
  fc.constant((i: number) => ev.tick(`t${i}`)),
);

const START = Date.parse('2026-03-02T09:00:00.000Z');
const at = (h: number): string => new Date(START + h * 3600_000).toISOString();

describe('decide over random S4 histories', () => {
  it('never configures before the agreement, never launches without both sign-offs, speaks publicly only at launch', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(event, fc.integer({ min: 0, max: 30 })), { maxLength: 30 }), (history) => {
        let run: Run = step(pb, undefined, ev.created(), at(0)).run;
        let clock = 0;
        history.forEach(([make, gap], i) => {
          clock += gap;
          const e = make(i);
          const a = step(pb, run, e, at(clock));
          expect(step(pb, run, e, at(clock))).toEqual(a);
          expect(new Set(a.commands.map((c) => c.key)).size).toBe(a.commands.length);
          for (const c of a.commands)
            if (c.type === 'comment' && c.visibility === 'public') expect(c.stepId).toBe('launch');
          const st = a.run.steps;
          if (st.configuration?.status !== 'pending') expect(st['agreement-signed']?.status).toBe('done');
          if (st.launch?.status === 'done') {
            expect(st.verification?.signoffs?.digipost?.byAccountId).toBe(DINA.accountId);
            expect(st.verification?.signoffs?.vendor).toBeDefined();
          }
          expect(runSchema.parse(JSON.parse(JSON.stringify(a.run)))).toEqual(a.run);
          run = a.run;
        });
      }),
      { numRuns: 100 },
    );
  });
});
