/**
 * The panel shows each viewer the playbook's texts in their own language: on S4 (written in Norwegian, English beside
 * it) a Norwegian viewer sees the party names and checklist items in nb, an English viewer in en, whatever the
 * playbook's own language; the Jira comments stay in the playbook's language (s4-languages.test.ts).
 */
import { parse } from 'yaml';
import { buildRunView } from '../../src/app/panel';
import type { Run } from '../../src/domain/engine';
import { validatePlaybook, type Playbook } from '../../src/domain/playbook';
import { digipostYaml } from '../../playbooks/digipost.generated';
import type { RunView } from '../../src/shared/contracts';
import { AGENT, DINA, MON, SIRI, digipost, ev, step } from './s4-fixtures';

/** S4 with a checklist on configuration (S4 itself has none), so items show beside the parties. */
function withChecklist(): Playbook {
  const doc = parse(digipostYaml) as { steps: Record<string, unknown>[] };
  const configuration = doc.steps.find((s) => s.id === 'configuration');
  if (configuration)
    configuration.checklist = [
      {
        id: 'vendor',
        text: { nb: 'Konfigurert hos systemleverandøren', en: 'Configured at the system vendor' },
        lane: { nb: 'systemleverandør', en: 'system vendor' },
      },
      { id: 'digipost', text: 'Digipost' },
    ];
  const r = validatePlaybook(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.playbook;
}

function atConfiguration(pb: Playbook): Run {
  let r = step(pb, undefined, ev.created(), MON).run;
  r = step(pb, r, ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'i arkivet' }, SIRI), MON).run;
  return step(pb, r, ev.panel('p2', 'decide', { stepId: 'launch-review', value: 'direct' }, DINA), MON).run;
}

const at = new Date(MON);
const parties = (v: RunView): string[] =>
  v.steps.find((s) => s.id === 'verification')?.parties?.map((p) => p.name) ?? [];
const items = (v: RunView): string[] =>
  v.steps.find((s) => s.id === 'configuration')?.checklist?.map((c) => c.text) ?? [];

describe('S4 sign-off parties in the viewer language', () => {
  const pb = digipost();
  const run = atConfiguration(pb);

  it.each([
    ['nb-NO', ['Systemleverandør', 'Digipost']],
    ['no_NO', ['Systemleverandør', 'Digipost']],
    ['nn-NO', ['Systemleverandør', 'Digipost']],
    ['en-GB', ['System vendor', 'Digipost']],
    ['en-US', ['System vendor', 'Digipost']],
  ])('%s sees %j', (locale, names) => {
    expect(parties(buildRunView(run, pb, at, locale))).toEqual(names);
  });

  it("the playbook's own name too", () => {
    expect(buildRunView(run, pb, at, 'nb-NO').playbookName).toBe('Digipost – ny avsender via integrert system');
    expect(buildRunView(run, pb, at, 'en-GB').playbookName).toBe('Digipost – new sender through an integrated system');
  });

  it('with no locale the panel shows the playbook language (nb)', () => {
    expect(parties(buildRunView(run, pb, at))).toEqual(['Systemleverandør', 'Digipost']);
  });

  it('a signed party keeps its record whatever the language', () => {
    const signed = step(pb, run, ev.panel('p3', 'completeStep', { stepId: 'configuration' }, AGENT), MON).run;
    const after = step(pb, signed, ev.panel('p4', 'signOff', { stepId: 'verification', party: 'digipost' }, DINA), MON);
    for (const locale of ['nb-NO', 'en-GB']) {
      const view = buildRunView(after.run, pb, at, locale).steps.find((s) => s.id === 'verification');
      expect(view?.parties?.find((p) => p.id === 'digipost')?.signed).toMatchObject({
        by: DINA.displayName,
        how: 'panel',
      });
    }
  });
});

describe('lanes in the viewer language', () => {
  const pb = digipost();
  const run = atConfiguration(pb);
  const lanes = (v: RunView): (string | undefined)[] => v.steps.map((s) => s.lane);

  it('each step and what the run waits on name the lane in the viewer language', () => {
    const nb = buildRunView(run, pb, at, 'nb-NO');
    const en = buildRunView(run, pb, at, 'en-GB');
    expect(lanes(nb)).toContain('systemleverandør og digipost');
    expect(lanes(en)).toContain('system vendor and digipost');
    expect(lanes(en)).not.toContain('systemleverandør og digipost');
    expect(nb.waitingOn).toEqual([{ stepId: 'configuration', who: 'systemleverandør og digipost' }]);
    expect(en.waitingOn).toEqual([{ stepId: 'configuration', who: 'system vendor and digipost' }]);
    // A plain lane is the same for everybody.
    expect(en.steps.find((s) => s.id === 'launch')?.lane).toBe('digipost');
  });

  it("S4's step descriptions too: Norwegian beside the English", () => {
    const description = (locale: string): string | undefined =>
      buildRunView(run, pb, at, locale).steps.find((s) => s.id === 'configuration')?.description;
    expect(description('nb-NO')).toBe(
      'Systemleverandøren og Digipost konfigurerer ut fra den signerte avtalen; forventet innen 1-2 virkedager.',
    );
    expect(description('en-GB')).toBe(
      'Vendor and Digipost configure from the signed agreement; expected within 1-2 business days.',
    );
  });
});

describe('checklist items in the viewer language', () => {
  const pb = withChecklist();
  const run = atConfiguration(pb);

  it('Norwegian viewer: nb; English viewer: en; a plain string is the same for both', () => {
    expect(items(buildRunView(run, pb, at, 'nb-NO'))).toEqual(['Konfigurert hos systemleverandøren', 'Digipost']);
    expect(items(buildRunView(run, pb, at, 'en-GB'))).toEqual(['Configured at the system vendor', 'Digipost']);
  });

  it("an item's own lane too", () => {
    const laneOf = (locale: string): string | undefined =>
      buildRunView(run, pb, at, locale).steps.find((s) => s.id === 'configuration')?.checklist?.[0]?.lane;
    expect(laneOf('nb-NO')).toBe('systemleverandør');
    expect(laneOf('en-GB')).toBe('system vendor');
  });

  it('an English playbook follows the viewer too (any locale but nb, nn, no is English)', () => {
    const english = { ...pb, language: 'en' as const };
    expect(items(buildRunView(run, english, at, 'nb-NO'))).toEqual(['Konfigurert hos systemleverandøren', 'Digipost']);
    expect(items(buildRunView(run, english, at, 'de-DE'))).toEqual(['Configured at the system vendor', 'Digipost']);
  });
});
