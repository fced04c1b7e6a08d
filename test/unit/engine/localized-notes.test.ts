/** The engine's own notes (cannot start, cannot go on, cancelled) are wholly in the playbook's language. */
import {
  decide,
  engineEventSchema,
  textOf,
  type Command,
  type DecideContext,
  type EngineEventInput,
} from '../../../src/domain/engine';
import { directorySchema } from '../../../src/domain/people';
import { MON, context, digipost, ev, ofType, step, ticket } from '../../scenarios/s4-fixtures';
import { created, playbook, run } from './kit';

const comments = (cmds: readonly Command[]): string[] => ofType(cmds, 'comment').map((c) => textOf(c.body));

describe('S4 (language: nb)', () => {
  const pb = digipost();

  it('a request missing a value: the note is in Norwegian, the intake problem included', () => {
    const s = step(pb, undefined, ev.created(ticket('DP-1', { description: 'Virksomhet: Fjordkraft AS' })), MON);
    expect(comments(s.commands)).toEqual([
      'Digipost – ny avsender via integrert system kan ikke starte: forespørselen mangler opplysninger.\n' +
        "- Integrert system mangler: legg til en linje 'Integrert system: ...' i forespørselen\n" +
        'Rett beskrivelsen: kjøringen starter så snart den er endret (eller trykk «Start plan» i panelet). ' +
        'Ingenting er endret på denne saken.',
    ]);
  });

  it('a role the directory cannot fill: the note is in Norwegian', () => {
    const empty: DecideContext = { ...context, directory: directorySchema.parse({ people: {} }) };
    const d = decide(pb, undefined, engineEventSchema.parse(ev.created()), new Date(MON), empty);
    const [note] = comments(d.commands);
    expect(note).toBe(
      'Digipost – ny avsender via integrert system kan ikke fortsette: persondirektoriet sier ikke hvem som har ' +
        'noen av rollene.\n' +
        '- rollen digipost: persondirektoriet har ingen «digipost.onboarding»; legg til personen på administrasjonssiden\n' +
        '- rollen sales: persondirektoriet har ingen «digipost.sales»; legg til personen på administrasjonssiden\n' +
        'Ingenting er endret på denne saken.',
    );
  });

  it('the cancel summary: every word Norwegian, the open step and what it lacks', () => {
    const s = step(pb, undefined, ev.created(), MON);
    const cancelled = step(pb, s.run, ev.panel('x', 'cancel', { note: 'feil sak' }), MON);
    expect(comments(cancelled.commands)).toEqual([
      'Alex Agent avbrøt Digipost – ny avsender via integrert system: feil sak\n' +
        'Ferdig: Forespørsel mottatt fra systemleverandør.\n' +
        'Stoppet: Signert brukeravtale registrert (pågår).\n' +
        'Ingen flere påminnelser eller frister kjøres for den.',
    ]);
  });
});

describe('the same notes from a small playbook in each language', () => {
  const steps = [
    {
      id: 'hello',
      name: { en: 'Say hello', nb: 'Si hei' },
      kind: 'action',
      actions: [{ do: 'comment', text: { en: 'Hi', nb: 'Hei' } }],
    },
    {
      id: 'papers',
      name: { en: 'Papers', nb: 'Papirer' },
      kind: 'task',
      dependsOn: ['hello'],
      checklist: [{ id: 'nda', text: { en: 'NDA signed', nb: 'Taushetserklæring signert' } }],
    },
  ];
  const intake = [
    { name: 'company', label: 'Company', type: 'text' },
    { name: 'contact', label: 'Contact', type: 'email' },
    { name: 'start', label: 'Start', type: 'date' },
  ];
  const bad = 'Company: Acme\nContact: bob at acme\nStart: 2026-13-45';

  it('en: the intake problems and the note in English', () => {
    const d = run(playbook(steps, { intake, language: 'en' }), created('Acme', bad), undefined);
    expect(comments(d.commands)).toEqual([
      'Kit cannot start: the request is missing information.\n' +
        "- Contact: 'bob at acme' is not an email address: write it as 'Contact: name@company.com'\n" +
        "- Start: '2026-13-45' is not a date: write it as 'Start: yyyy-mm-dd'\n" +
        'Fix the description: the run starts as soon as it is edited (or press "Start by hand" in the panel). ' +
        'Nothing has been changed on this ticket.',
    ]);
  });

  it('nb: the same problems in Norwegian', () => {
    const d = run(playbook(steps, { intake, language: 'nb' }), created('Acme', bad), undefined);
    expect(comments(d.commands)).toEqual([
      'Kit kan ikke starte: forespørselen mangler opplysninger.\n' +
        "- Contact: 'bob at acme' er ikke en e-postadresse: skriv det som 'Contact: navn@firma.no'\n" +
        "- Start: '2026-13-45' er ikke en dato: skriv det som 'Start: åååå-mm-dd'\n" +
        'Rett beskrivelsen: kjøringen starter så snart den er endret (eller trykk «Start plan» i panelet). ' +
        'Ingenting er endret på denne saken.',
    ]);
  });

  const cancel: EngineEventInput = {
    id: 'x',
    type: 'panelAction',
    action: 'cancel',
    actor: { accountId: 'a', displayName: 'Ann' },
  };

  it('en: the cancel summary in English, "(active)" included', () => {
    const pb = playbook(steps, { language: 'en' });
    const first = run(pb, created(), undefined);
    expect(comments(run(pb, cancel, first.run).commands)).toEqual([
      'Ann cancelled Kit.\nDone: Say hello.\nStopped: Papers (active; not ticked: NDA signed).\n' +
        'No more reminders or timers run for it.',
    ]);
  });

  it('nb: the cancel summary wholly in Norwegian', () => {
    const pb = playbook(steps, { language: 'nb' });
    const first = run(pb, created(), undefined);
    expect(comments(run(pb, cancel, first.run).commands)).toEqual([
      'Ann avbrøt Kit.\nFerdig: Si hei.\nStoppet: Papirer (pågår; ikke krysset av: Taushetserklæring signert).\n' +
        'Ingen flere påminnelser eller frister kjøres for den.',
    ]);
  });
});

describe('an answer recorded in the panel, in the playbook language', () => {
  const steps = [
    { id: 'go-live', kind: 'approval', approver: 'owner', question: { en: 'Go live?', nb: 'Gå live?' }, answers: {} },
  ];
  const approve = (note: string): EngineEventInput => ({
    id: 'p1',
    type: 'panelAction',
    action: 'approve',
    actor: { accountId: 'a', displayName: 'Ann' },
    note,
  });
  const recorded = (language: 'en' | 'nb', note: string): string | undefined => {
    const pb = playbook(steps, { language });
    return comments(run(pb, approve(note), run(pb, created(), undefined).run).commands)[0];
  };

  it('en', () => expect(recorded('en', 'said yes')).toBe('Ann recorded in the panel: approved. Note: said yes'));
  it('nb', () => expect(recorded('nb', 'sa ja')).toBe('Ann registrerte i panelet: godkjent. Merknad: sa ja'));
});
