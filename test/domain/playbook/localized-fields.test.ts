/**
 * Every text people read takes a plain string or `{ en, nb }`: sign-off parties, checklist items, the tickets the app
 * creates (summary, description), interest-list notes, lanes. The playbook's language is required in each, at its path, and
 * every variant's Liquid is checked; stored playbooks with plain strings read back unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadBuiltinPlaybooks,
  playbookSchema,
  validatePlaybook,
  type PlaybookError,
} from '../../../src/domain/playbook';
import { edit, minimal, type Doc } from '../../unit/playbook/minimal';

/** A playbook using every field this covers, each as `{ en, nb }`. */
function everyText(): Doc {
  const doc = minimal();
  (doc.steps as Doc[]).push(
    {
      id: 'setup',
      kind: 'task',
      lane: { en: 'config team', nb: 'konfigurasjon' },
      dependsOn: ['wait'],
      checklist: [
        {
          id: 'vendor',
          text: { en: 'Vendor configured', nb: 'Leverandør konfigurert' },
          lane: { en: 'vendor', nb: 'leverandør' },
        },
        { id: 'us', text: 'Digipost' },
      ],
    },
    {
      id: 'verify',
      kind: 'signoff',
      dependsOn: ['setup'],
      parties: [{ id: 'vendor', name: { en: 'System vendor', nb: 'Systemleverandør' }, roles: ['approver'] }],
    },
    {
      id: 'follow-up',
      kind: 'action',
      dependsOn: ['verify'],
      actions: [
        {
          do: 'createIssue',
          project: 'SS',
          issueType: 'Task',
          summary: { en: 'Review {{ company }}', nb: 'Gjennomgå {{ company }}' },
          description: { en: 'Opened for {{ issue.key }}', nb: 'Opprettet for {{ issue.key }}' },
        },
        { do: 'notifyInterested', list: 'all', text: { en: 'New: {{ company }}', nb: 'Nytt: {{ company }}' } },
      ],
    },
    {
      id: 'linked',
      kind: 'wait',
      dependsOn: ['follow-up'],
      for: {
        kind: 'linkedIssue',
        project: 'HR',
        create: {
          enabled: true,
          issueType: 'Task',
          summary: { en: 'Set up {{ company }}', nb: 'Sett opp {{ company }}' },
        },
      },
    },
  );
  return doc;
}

const errorsOf = (doc: Doc): [string, string][] => {
  const r = validatePlaybook(doc);
  return r.ok ? [] : r.errors.map((e: PlaybookError) => [e.path, e.code]);
};

const PATHS = {
  lane: 'steps[2].lane',
  item: 'steps[2].checklist[0].text',
  itemLane: 'steps[2].checklist[0].lane',
  party: 'steps[3].parties[0].name',
  summary: 'steps[4].actions[0].summary',
  description: 'steps[4].actions[0].description',
  notify: 'steps[4].actions[1].text',
  create: 'steps[5].for.create.summary',
};

describe('the format', () => {
  it('accepts { en, nb } in each of these fields and keeps both languages', () => {
    const r = validatePlaybook(everyText());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [, , setup, verify, followUp, linked] = r.playbook.steps;
    expect(setup?.kind === 'task' && setup.checklist.map((c) => c.text)).toEqual([
      { en: 'Vendor configured', nb: 'Leverandør konfigurert' },
      'Digipost',
    ]);
    expect(verify?.kind === 'signoff' && verify.parties[0]?.name).toEqual({
      en: 'System vendor',
      nb: 'Systemleverandør',
    });
    expect(followUp?.kind === 'action' && followUp.actions[0]).toMatchObject({
      summary: { nb: 'Gjennomgå {{ company }}' },
      description: { nb: 'Opprettet for {{ issue.key }}' },
    });
    expect(linked?.kind === 'wait' && linked.for.kind === 'linkedIssue' && linked.for.create?.summary).toEqual({
      en: 'Set up {{ company }}',
      nb: 'Sett opp {{ company }}',
    });
  });

  it('refuses an empty party name or checklist item in any language', () => {
    const doc = edit(everyText(), PATHS.party, { en: ' ', nb: 'Systemleverandør' });
    edit(doc, PATHS.item, '');
    expect(errorsOf(doc)).toEqual(
      expect.arrayContaining([
        [`${PATHS.party}.en`, expect.any(String)],
        [PATHS.item, expect.any(String)],
      ]),
    );
  });
});

describe("the playbook's language is required in every one of them", () => {
  it.each(Object.entries(PATHS))('a Norwegian playbook refuses %s without nb, at its path', (_, path) => {
    const doc = edit(everyText(), 'language', 'nb');
    edit(doc, path, { en: 'Only English {{ company }}' });
    expect(errorsOf(doc)).toEqual([[path, 'missing_language']]);
  });

  it('an English playbook refuses them all without en, all at once', () => {
    const doc = everyText();
    for (const path of Object.values(PATHS)) edit(doc, path, { nb: 'Bare norsk {{ company }}' });
    expect(errorsOf(doc)).toEqual(Object.values(PATHS).map((p) => [p, 'missing_language']));
  });

  it("the playbook's own name takes { en, nb } too, with the playbook's language in it", () => {
    const doc = edit(everyText(), 'name', { en: 'Demo', nb: 'Demo på norsk' });
    const r = validatePlaybook(doc);
    expect(r.ok && r.playbook.name).toEqual({ en: 'Demo', nb: 'Demo på norsk' });
    expect(errorsOf(edit(edit(doc, 'language', 'nb'), 'name', { en: 'Demo' }))).toEqual([['name', 'missing_language']]);
  });

  it('the message says which language to add', () => {
    const r = validatePlaybook(edit(edit(everyText(), 'language', 'nb'), PATHS.party, { en: 'System vendor' }));
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([expect.stringContaining("add 'nb:' to this text")]);
  });
});

describe('Liquid is checked in every language', () => {
  it('a broken variant is refused at that variant', () => {
    for (const path of [PATHS.summary, PATHS.description, PATHS.notify, PATHS.create]) {
      const doc = edit(everyText(), path, { en: 'Fine {{ company }}', nb: 'Ødelagt {{ company' });
      expect(errorsOf(doc)).toEqual([[`${path}.nb`, 'bad_template']]);
    }
  });

  it('an undeclared variable in one variant is named at that variant', () => {
    for (const path of [PATHS.summary, PATHS.description, PATHS.notify, PATHS.create]) {
      const doc = edit(everyText(), path, { en: '{{ firma }}', nb: '{{ company }}' });
      expect(errorsOf(doc)).toEqual([[`${path}.en`, 'undeclared_variable']]);
    }
  });
});

describe('stored playbooks with plain strings', () => {
  /** As storage holds a playbook saved before these fields took two languages: the parsed document, as JSON. */
  function storedBefore(): Doc {
    const r = validatePlaybook(everyText());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const doc = JSON.parse(JSON.stringify(r.playbook)) as Doc;
    edit(doc, PATHS.item, 'Vendor configured');
    edit(doc, PATHS.party, 'System vendor');
    edit(doc, PATHS.summary, 'Review {{ company }}');
    edit(doc, PATHS.description, 'Opened for {{ issue.key }}');
    edit(doc, PATHS.notify, 'New: {{ company }}');
    edit(doc, PATHS.create, 'Set up {{ company }}');
    return doc;
  }

  it('read back exactly as stored', () => {
    const stored = storedBefore();
    expect(playbookSchema.parse(structuredClone(stored))).toEqual(stored);
    expect(validatePlaybook(structuredClone(stored))).toEqual({ ok: true, playbook: stored });
  });

  it('every built-in (S2 checklists, the review ticket, interest notes) parses again to itself', () => {
    for (const b of loadBuiltinPlaybooks()) {
      if (!b.ok) throw new Error(`${b.id}: ${JSON.stringify(b)}`);
      const stored = JSON.parse(JSON.stringify(b.playbook)) as unknown;
      expect(playbookSchema.parse(stored)).toEqual(b.playbook);
    }
  });
});

describe('the JSON Schema for editors (schema/playbook.schema.json, `npm run schema`)', () => {
  type Node = Record<string, unknown>;
  const schema = JSON.parse(readFileSync(join(__dirname, '../../../schema/playbook.schema.json'), 'utf8')) as Node;
  /** Every object schema in the document whose properties include `key`. */
  function withProperty(node: unknown, key: string, out: Node[] = []): Node[] {
    if (Array.isArray(node)) node.forEach((n) => withProperty(n, key, out));
    else if (node !== null && typeof node === 'object') {
      const props = (node as Node).properties as Node | undefined;
      if (props?.[key] !== undefined) out.push(props);
      Object.values(node).forEach((n) => withProperty(n, key, out));
    }
    return out;
  }
  const twoLanguages = (field: unknown): boolean => {
    const variants = (field as { anyOf?: Node[] }).anyOf ?? [];
    return (
      variants.some((v) => v.type === 'string') &&
      variants.some((v) => v.type === 'object' && Object.keys(v.properties as Node).join() === 'en,nb')
    );
  };

  it.each([
    ['parties', 'name'],
    ['checklist', 'text'],
    ['checklist', 'lane'],
  ])('offers a string or { en, nb } for %s[].%s', (list, field) => {
    const owners = withProperty(schema, list);
    expect(owners.length).toBeGreaterThan(0);
    for (const o of owners)
      expect(twoLanguages(((o[list] as Node).items as Node & { properties: Node }).properties[field])).toBe(true);
  });

  it('offers it for summary and description of every createIssue, and for step lanes', () => {
    const creates = withProperty(schema, 'issueType').filter(
      (p) => (p.do as Node | undefined)?.const === 'createIssue',
    );
    expect(creates.length).toBeGreaterThan(0);
    for (const c of creates) expect([twoLanguages(c.summary), twoLanguages(c.description)]).toEqual([true, true]);
    const lanes = withProperty(schema, 'dependsOn').map((p) => p.lane);
    expect(lanes.length).toBeGreaterThan(0);
    expect(lanes.every(twoLanguages)).toBe(true);
  });
});
