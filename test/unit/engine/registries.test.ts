/** Registries: changes applied purely, lookups into run variables, interest lists, registry actions as commands. */
import fc from 'fast-check';
import type { EngineEventInput } from '../../../src/domain/engine';
import {
  applyRegistryChange,
  findPartner,
  interestedPeople,
  registriesSchema,
} from '../../../src/domain/engine/registries';
import { created, ctx, playbook, run } from './kit';

const reg = registriesSchema.parse({
  partners: {
    acme: { name: 'Acme', onCrm: false, services: [{ name: 'Parking', shared: true }, { name: 'Library' }] },
  },
  interests: { waste: ['kit.owner', 'nobody.here'] },
});
const withReg = { ...ctx, registries: reg };

describe('registry changes', () => {
  it('partners and services are found ignoring case and spacing; the input is never changed', () => {
    const before = structuredClone(reg);
    const next = applyRegistryChange(reg, { op: 'addService', partner: '  ACME ', service: 'Waste', shared: false });
    expect(reg).toEqual(before);
    expect(findPartner(next, 'acme')?.services.map((s) => s.name)).toEqual(['Parking', 'Library', 'Waste']);
    expect(applyRegistryChange(next, { op: 'removeService', partner: 'Acme', service: 'waste' })).toEqual(reg);
    expect(applyRegistryChange(reg, { op: 'removePartner', partner: 'acme' }).partners).toEqual({});
    expect(
      findPartner(applyRegistryChange(reg, { op: 'setPartner', partner: 'New Co', onCrm: true }), 'new co'),
    ).toEqual({
      name: 'New Co',
      onCrm: true,
      services: [],
    });
  });

  it('applying the same change twice gives the same registry (a retried command is harmless)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
    const change = fc.oneof(
      fc.record({ op: fc.constant('addService' as const), partner: name, service: name, shared: fc.boolean() }),
      fc.record({ op: fc.constant('removeService' as const), partner: name, service: name }),
      fc.record({ op: fc.constant('removePartner' as const), partner: name }),
      fc.record({ op: fc.constant('setPartner' as const), partner: name, onCrm: fc.boolean() }),
    );
    fc.assert(
      fc.property(change, (c) => {
        const once = applyRegistryChange(reg, c);
        expect(applyRegistryChange(once, c)).toEqual(once);
        expect(registriesSchema.parse(once)).toEqual(once);
      }),
    );
  });

  it('a partner named __proto__ survives storage (parsed back from JSON it is still there)', () => {
    const once = applyRegistryChange(reg, { op: 'setPartner', partner: '__proto__', onCrm: true });
    const stored = registriesSchema.parse(JSON.parse(JSON.stringify(once)));
    expect(stored).toEqual(once);
    expect(findPartner(stored, '__proto__')).toEqual({ name: '__proto__', onCrm: true, services: [] });
  });

  it('an interest list names directory people; unknown keys are left out', () => {
    expect(interestedPeople(reg, ctx.directory, ' Waste ').map((p) => p.displayName)).toEqual(['Olive Owner']);
    expect(interestedPeople(reg, ctx.directory, 'none')).toEqual([]);
  });
});

describe('lookups when a run starts', () => {
  const lookups = [
    { var: 'known', read: 'partner.known', partner: 'company' },
    { var: 'onCrm', read: 'partner.onCrm', partner: 'company' },
    { var: 'own', read: 'partner.services', partner: 'company' },
    { var: 'shared', read: 'partner.sharedServices', partner: 'company' },
  ];
  const pb = playbook([{ id: 'a', kind: 'task', when: { var: 'known', equals: true } }], { lookups });

  it('reads partner facts into variables that conditions and texts can use', () => {
    const r = run(pb, created('acme'), undefined, 0, withReg).run;
    expect(r?.variables).toMatchObject({ known: true, onCrm: false, own: 'Library', shared: 'Parking' });
    expect(r?.steps.a?.status).toBe('active');
  });

  it('a partner not in the registry: known is false, the rest unset; a required lookup stops the run', () => {
    const r = run(pb, created('Globex'), undefined, 0, withReg).run;
    expect(r?.variables).toEqual({ company: 'Globex', known: false });
    const strict = playbook([{ id: 'a', kind: 'task' }], {
      lookups: [{ var: 'own', read: 'partner.services', partner: 'company', required: true }],
    });
    const stopped = run(strict, created('Globex'), undefined, 0, withReg);
    expect(stopped.run?.stage).toBe('intake');
    expect(stopped.run?.attention[0]?.message).toContain("the registry has no partner 'Globex'");
  });

  it('without registries in the context (older callers) lookups find nothing', () => {
    expect(run(pb, created('acme'), undefined).run?.variables.known).toBe(false);
  });
});

describe('registry actions', () => {
  const pb = playbook(
    [
      {
        id: 'tell',
        kind: 'action',
        actions: [
          { do: 'notifyInterested', list: '{{ company }}', text: 'New content from {{ company }}' },
          {
            do: 'updateRegistry',
            change: 'addService',
            partner: '{{ company }}',
            service: 'Bins',
            shared: { var: ['flag', 'company'] },
          },
        ],
      },
    ],
    {
      intake: [
        { name: 'company', label: 'Company', type: 'text' },
        { name: 'flag', label: 'Shared', type: 'boolean', required: false },
      ],
    },
  );

  it('notifyInterested mentions everyone on the list; updateRegistry carries the change for the shell', () => {
    const c = { ...ctx, registries: registriesSchema.parse({ interests: { waste: ['kit.owner', 'kit.am'] } }) };
    const e: EngineEventInput = created('Waste', 'Company: Waste\nShared: yes');
    const d = run(pb, e, undefined, 0, c);
    const [comment, update] = d.commands;
    expect(comment).toMatchObject({
      type: 'comment',
      visibility: 'internal',
      body: [
        { type: 'mention', accountId: 'acc-owner' },
        { type: 'text', text: ' ' },
        { type: 'mention', accountId: 'acc-am' },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'New content from Waste' },
      ],
    });
    expect(update).toMatchObject({
      type: 'updateRegistry',
      change: { op: 'addService', partner: 'Waste', service: 'Bins', shared: true },
    });
  });
});
