/**
 * S4 in Jira speaks the playbook's language: sign-off party names, checklist items and the tickets the app creates come
 * out in Norwegian for `language: nb` and in English for the same playbook with `language: en`.
 */
import { parse } from 'yaml';
import {
  decide,
  engineEventSchema,
  textOf,
  type Command,
  type EngineEventInput,
  type Run,
} from '../../src/domain/engine';
import { validatePlaybook, type Playbook } from '../../src/domain/playbook';
import { digipostYaml } from '../../playbooks/digipost.generated';
import { AGENT, DINA, MON, SIRI, context, ev, ofType } from './s4-fixtures';

type Doc = Record<string, unknown> & { steps: Record<string, unknown>[] };

/**
 * S4 as shipped, optionally in English, with a checklist on configuration (vendor and Digipost each configure) and a
 * follow-up ticket created at launch: the fields S4 itself does not use, so the test covers them in a real process.
 */
function s4(language: 'nb' | 'en', extras = false): Playbook {
  const doc = parse(digipostYaml) as Doc;
  doc.language = language;
  if (extras) {
    const configuration = doc.steps.find((s) => s.id === 'configuration');
    if (!configuration) throw new Error('S4 has no configuration step');
    configuration.checklist = [
      { id: 'vendor', text: { nb: 'Konfigurert hos systemleverandøren', en: 'Configured at the system vendor' } },
      { id: 'digipost', text: { nb: 'Konfigurert hos Digipost', en: 'Configured at Digipost' } },
    ];
    const launch = doc.steps.find((s) => s.id === 'launch') as { actions: unknown[] } | undefined;
    launch?.actions.push({
      do: 'createIssue',
      project: 'DP',
      issueType: 'Task',
      summary: { nb: 'Oppfølging etter lansering: {{ business }}', en: 'Follow-up after launch: {{ business }}' },
      description: {
        nb: 'Lansert i {{ system }} ({{ issue.key }}).',
        en: 'Launched in {{ system }} ({{ issue.key }}).',
      },
    });
  }
  const r = validatePlaybook(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.playbook;
}

interface Walk {
  run: Run;
  commands: Command[];
  trace: string[];
}

function walk(pb: Playbook, events: [EngineEventInput, string][]): Walk {
  let run: Run | undefined;
  let last: Walk | undefined;
  for (const [event, at] of events) {
    const d = decide(pb, run, engineEventSchema.parse(event), new Date(at), context);
    if (!d.run) throw new Error(JSON.stringify(d.trace));
    run = d.run;
    last = { run: d.run, commands: d.commands, trace: d.trace.map((t) => t.message) };
  }
  if (!last) throw new Error('no events');
  return last;
}

const toConfiguration: [EngineEventInput, string][] = [
  [ev.created(), MON],
  [ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'Signert avtale i arkiv' }, SIRI), MON],
  [ev.panel('p2', 'decide', { stepId: 'launch-review', value: 'direct' }, DINA), MON],
];
const tick = (id: string, item: string): [EngineEventInput, string] => [
  {
    id,
    type: 'panelAction',
    action: 'checkItem',
    stepId: 'configuration',
    item,
    actor: AGENT,
    actorAccountId: AGENT.accountId,
  },
  MON,
];
const cancel: [EngineEventInput, string] = [ev.panel('x', 'cancel', { note: 'trukket' }), MON];
const comments = (w: Walk): string[] => ofType(w.commands, 'comment').map((c) => textOf(c.body));

describe('sign-off party names in the cancel summary', () => {
  const atVerification: [EngineEventInput, string][] = [
    ...toConfiguration,
    [ev.panel('p3', 'completeStep', { stepId: 'configuration' }, AGENT), MON],
  ];

  it('Norwegian: the parties still to sign, by their Norwegian names', () => {
    const w = walk(s4('nb'), [...atVerification, cancel]);
    expect(comments(w)).toEqual([
      expect.stringContaining(
        'Stoppet: Oppsett verifisert av systemleverandør og Digipost (pågår; venter på Systemleverandør, Digipost).',
      ),
    ]);
  });

  it('English: the same playbook in English names them in English', () => {
    const w = walk(s4('en'), [...atVerification, cancel]);
    const [summary] = comments(w);
    expect(summary).toContain('Alex Agent cancelled Digipost – new sender through an integrated system: trukket');
    expect(summary).toContain(
      'Stopped: Setup verified by the system vendor and Digipost (active; waiting for System vendor, Digipost).',
    );
    expect(summary).not.toContain('Systemleverandør');
  });

  it('once Digipost has signed, only the vendor is left; the trace names it in the playbook language too', () => {
    const signed: [EngineEventInput, string] = [
      ev.panel('p4', 'signOff', { stepId: 'verification', party: 'digipost' }, DINA),
      MON,
    ];
    const nb = walk(s4('nb'), [...atVerification, signed]);
    expect(nb.trace).toContain('verification still needs Systemleverandør');
    expect(comments(walk(s4('nb'), [...atVerification, signed, cancel]))[0]).toContain(
      '(pågår; venter på Systemleverandør).',
    );
    expect(comments(walk(s4('en'), [...atVerification, signed, cancel]))[0]).toContain(
      '(active; waiting for System vendor).',
    );
  });
});

describe('checklist items and created tickets', () => {
  it('the items not ticked, in Norwegian', () => {
    const w = walk(s4('nb', true), [...toConfiguration, tick('c1', 'vendor'), cancel]);
    expect(comments(w)[0]).toContain(
      'Konfigurasjon/oppsett gjennomført (pågår; ikke krysset av: Konfigurert hos Digipost).',
    );
  });

  it('the items not ticked, in English', () => {
    const w = walk(s4('en', true), [...toConfiguration, tick('c1', 'digipost'), cancel]);
    expect(comments(w)[0]).toContain('Configuration/setup done (active; not ticked: Configured at the system vendor).');
  });

  it.each([
    ['nb', 'Oppfølging etter lansering: Fjordkraft AS', 'Lansert i HRPlus (DP-1).'],
    ['en', 'Follow-up after launch: Fjordkraft AS', 'Launched in HRPlus (DP-1).'],
  ] as const)('launch creates its follow-up ticket in the playbook language (%s)', (language, summary, description) => {
    const w = walk(s4(language, true), [
      ...toConfiguration,
      tick('c1', 'vendor'),
      tick('c2', 'digipost'),
      [ev.panel('p4', 'signOff', { stepId: 'verification', party: 'digipost' }, DINA), MON],
      [ev.panel('p5', 'signOff', { stepId: 'verification', party: 'vendor', note: 'E-post fra Vera 3/3' }, AGENT), MON],
    ]);
    expect(w.run.steps.launch?.status).toBe('done');
    expect(ofType(w.commands, 'createIssue')).toEqual([expect.objectContaining({ summary, description })]);
  });
});
