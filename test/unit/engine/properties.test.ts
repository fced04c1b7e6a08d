/** Properties of decide() over random S1 event sequences: total, deterministic, serialisable, never public. */
import fc from 'fast-check';
import type { EngineEventInput, Run } from '../../../src/domain/engine';
import { runSchema } from '../../../src/domain/engine';
import { ev, everbright, hours, step, ticket } from '../../scenarios/s1-fixtures';

const pb = everbright();
const people = ['acc-david', 'acc-fiona', 'acc-agent', 'acc-sam'];
const texts = ['approved', 'declined', 'yes, go ahead', 'not approved', 'hmm', 'approve. no, decline', ''];

const event: fc.Arbitrary<(i: number) => EngineEventInput> = fc.oneof(
  fc.constantFrom('CS-7', 'CS-8').map((key) => (i: number) => ev.linked(`l${i}`, key)),
  fc.tuple(fc.constantFrom('CS-7', 'SS-1'), fc.constantFrom('On Hold', 'To Do', 'Done', 'Waiting for support')).map(
    ([key, to]) =>
      (i: number) =>
        ev.status(`u${i}`, key, to),
  ),
  fc.tuple(fc.constantFrom(...people), fc.constantFrom(...texts)).map(
    ([who, text]) =>
      (i: number) =>
        ev.comment(`c${i}`, 'SS-1', who, text),
  ),
  fc.constant((i: number) => ev.tick(`t${i}`)),
  fc
    .constantFrom('approve', 'decline', 'customerCommunicationNeeded', 'cancel', 'startByHand')
    .map((action) => (i: number) => ev.panel(`p${i}`, action)),
  fc.constantFrom('acc-david', 'acc-partner').map((who) => (i: number): EngineEventInput => ({
    id: `a${i}`,
    type: 'answerTicket',
    ticket: ticket(`SS-${100 + i}`, {
      summary: 'Approved',
      description: 'Sunny Roofs Ltd approved',
      reporter: { accountId: who },
    }),
  })),
);

describe('decide over random S1 histories', () => {
  it('is total and deterministic, keeps runs valid, keys unique, comments internal, finished runs quiet', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(event, fc.integer({ min: 0, max: 40 })), { maxLength: 25 }), (history) => {
        let run: Run | undefined = step(pb, undefined, ev.created(ticket('SS-1')), hours(0)).run;
        let clock = 0;
        history.forEach(([make, gap], i) => {
          clock += gap;
          const e = make(i);
          const a = step(pb, run, e, hours(clock));
          expect(step(pb, run, e, hours(clock))).toEqual(a);
          expect(new Set(a.commands.map((c) => c.key)).size).toBe(a.commands.length);
          for (const c of a.commands) if (c.type === 'comment') expect(c.visibility).toBe('internal');
          if (run && run.state !== 'active') expect(a.commands).toEqual([]);
          expect(runSchema.parse(JSON.parse(JSON.stringify(a.run)))).toEqual(a.run);
          run = a.run;
        });
      }),
      { numRuns: 150 },
    );
  });
});
