/** Comments and customer messages are written in the playbook's language, whatever languages its texts come in. */
import { textOf, type Command } from '../../../src/domain/engine';
import { AGENT, DINA, MON, SIRI, VENDOR, digipost, ev, ofType, step } from '../../scenarios/s4-fixtures';
import { created, playbook, run } from './kit';

const comments = (cmds: readonly Command[]): string[] => ofType(cmds, 'comment').map((c) => textOf(c.body));

describe('S4 (language: nb, every text also in English)', () => {
  const pb = digipost();

  it('keeps the English beside the Norwegian', () => {
    const first = pb.steps[0];
    expect(first?.name).toEqual({
      nb: 'Forespørsel mottatt fra systemleverandør',
      en: 'Request received from the system vendor',
    });
  });

  it('writes the note to sales and the only customer message in Norwegian', () => {
    let s = step(pb, undefined, ev.created(), MON);
    const [note] = comments(s.commands);
    expect(note).toContain('Ny avsender via integrert system: Fjordkraft AS (HRPlus)');
    expect(note).not.toContain('New sender');
    s = step(pb, s.run, ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'i arkivet' }, SIRI), MON);
    s = step(pb, s.run, ev.panel('p2', 'decide', { stepId: 'launch-review', value: 'direct' }, DINA), MON);
    s = step(pb, s.run, ev.panel('p3', 'completeStep', { stepId: 'configuration' }, AGENT), MON);
    s = step(pb, s.run, ev.comment('c1', VENDOR, 'Oppsettet er verifisert.'), MON);
    s = step(pb, s.run, ev.panel('p4', 'signOff', { stepId: 'verification', party: 'digipost' }, DINA), MON);
    const launch = ofType(s.commands, 'comment').find((c) => c.visibility === 'public');
    expect(launch && textOf(launch.body)).toBe(
      'Oppsettet for Fjordkraft AS er verifisert av både systemleverandør og Digipost. Fjordkraft AS kan nå ta i ' +
        'bruk Digipost i HRPlus i full skala, til alle sine mottakere.',
    );
  });

  // The status word was English ("(active)") until the whole summary followed the playbook's language.
  it("names steps and their state in Norwegian in the engine's own comments (the cancel summary)", () => {
    const s = step(pb, undefined, ev.created(), MON);
    const cancelled = step(pb, s.run, ev.panel('x', 'cancel', { note: 'feil sak' }), MON);
    const [summary] = comments(cancelled.commands);
    expect(summary).toContain('Forespørsel mottatt fra systemleverandør');
    expect(summary).toContain('Signert brukeravtale registrert (pågår)');
    expect(summary).not.toContain('(active)');
    expect(summary).not.toContain('Request received');
  });
});

describe('a playbook with { en, nb } texts renders in its own language', () => {
  const steps = [
    {
      id: 'hello',
      name: { en: 'Say hello', nb: 'Si hei' },
      kind: 'action',
      actions: [{ do: 'comment', text: { en: 'Welcome, {{ company }}!', nb: 'Velkommen, {{ company }}!' } }],
    },
    {
      id: 'go-live',
      kind: 'approval',
      dependsOn: ['hello'],
      approver: 'owner',
      question: { en: 'May {{ company }} go live?', nb: 'Kan {{ company }} gå live?' },
      answers: {},
    },
  ];

  it('en: the English variants', () => {
    const d = run(playbook(steps, { language: 'en' }), created(), undefined);
    const texts = comments(d.commands);
    expect(texts).toContain('Welcome, Acme!');
    expect(texts.some((t) => t.includes('May Acme go live?'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/Velkommen|Kan Acme/);
  });

  it('no language set means English', () => {
    const d = run(playbook(steps), created(), undefined);
    expect(comments(d.commands)).toContain('Welcome, Acme!');
  });

  it('nb: the Norwegian variants, from the same playbook', () => {
    const d = run(playbook(steps, { language: 'nb' }), created(), undefined);
    const texts = comments(d.commands);
    expect(texts).toContain('Velkommen, Acme!');
    expect(texts.some((t) => t.includes('Kan Acme gå live?'))).toBe(true);
  });

  it('is pure: the same input gives the same commands', () => {
    const pb = playbook(steps, { language: 'nb' });
    expect(run(pb, created(), undefined)).toEqual(run(pb, created(), undefined));
  });
});
