import fc from 'fast-check';
import type { RoleSpec } from '../../../src/domain/playbook';
import {
  candidatesForRole,
  directorySchema,
  findPerson,
  resolveRole,
  type Directory,
  type Person,
} from '../../../src/domain/people';

const BUILT_INS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

const dir: Directory = directorySchema.parse({
  people: {
    james: { accountId: 'acc-james', displayName: 'James', email: 'james@goeverbright.com' },
    pat: { accountId: 'acc-pat', displayName: 'Pat' },
  },
  tables: {
    'account-managers': { entries: { 'Acme Solar': 'pat' }, default: 'james' },
    'no-default': { entries: { Acme: 'pat' } },
  },
});

describe('resolveRole with built-in names', () => {
  it.each(BUILT_INS)("a person key '%s' the directory lacks is reported missing, not Object's %s", (key) => {
    const r = resolveRole('owner', { owner: { person: key } }, dir, {});
    expect(r).toEqual({ ok: false, message: expect.stringContaining(`has no '${key}'`) as unknown });
  });

  it.each(BUILT_INS)("a lookup table named '%s' is reported missing", (table) => {
    const roles = { am: { lookup: { table, by: 'organization' } } as RoleSpec };
    const r = resolveRole('am', roles, dir, { organization: 'Acme Solar' });
    expect(r).toEqual({ ok: false, message: expect.stringContaining(`has no table '${table}'`) as unknown });
  });

  it.each(BUILT_INS)("a lookup value '%s' uses the table's default", (value) => {
    const roles = { am: { lookup: { table: 'account-managers', by: 'organization' } } as RoleSpec };
    const r = resolveRole('am', roles, dir, { organization: value });
    expect(r).toMatchObject({ ok: true, via: 'default', person: { accountId: 'acc-james' } });
  });

  it('a lookup variable named constructor that was not given counts as empty', () => {
    const roles = { am: { lookup: { table: 'no-default', by: 'constructor' } } as RoleSpec };
    expect(resolveRole('am', roles, dir, {})).toMatchObject({ ok: false });
  });

  it.each(BUILT_INS)("a role named '%s' that is not declared is reported", (name) => {
    expect(resolveRole(name, {}, dir, {})).toEqual({ ok: false, message: `role ${name} is not declared` });
  });

  it('a table entry pointing at a built-in name falls back to the default', () => {
    const d = directorySchema.parse({
      people: dir.people,
      tables: { am: { entries: { Acme: 'constructor' }, default: 'pat' } },
    });
    const roles = { am: { lookup: { table: 'am', by: 'org' } } as RoleSpec };
    expect(resolveRole('am', roles, d, { org: 'acme' })).toMatchObject({
      ok: true,
      via: 'default',
      person: { displayName: 'Pat' },
    });
  });

  it('a person really keyed constructor is found', () => {
    const d = directorySchema.parse({ people: { constructor: { accountId: 'acc-c', displayName: 'Connie' } } });
    expect(resolveRole('owner', { owner: { person: 'constructor' } }, d, {})).toMatchObject({
      ok: true,
      person: { displayName: 'Connie' },
    });
  });

  it('candidatesForRole ignores built-in names', () => {
    expect(candidatesForRole({ person: 'toString' }, dir)).toEqual([]);
    expect(candidatesForRole({ lookup: { table: 'constructor', by: 'org' } }, dir)).toEqual([]);
    expect(
      candidatesForRole({ lookup: { table: 'account-managers', by: 'org' } }, dir).map((p) => p.accountId),
    ).toEqual(['acc-pat', 'acc-james']);
  });

  it('findPerson matches by account id or email, ignoring case of the email', () => {
    expect(findPerson(dir, { email: 'JAMES@goeverbright.com' })?.displayName).toBe('James');
    expect(findPerson(dir, { accountId: 'acc-pat' })?.displayName).toBe('Pat');
    expect(findPerson(dir, { accountId: 'constructor' })).toBeUndefined();
  });
});

describe('resolveRole property', () => {
  const key = fc.oneof(fc.constantFrom(...BUILT_INS, 'james', 'pat', 'am', 'org'), fc.string({ maxLength: 12 }));
  const person = fc.record({ accountId: fc.string({ minLength: 1, maxLength: 8 }), displayName: fc.constant('P') });
  const directory = fc.record({
    people: fc.dictionary(key, person, { maxKeys: 4 }),
    tables: fc.dictionary(
      key,
      fc.record({ entries: fc.dictionary(key, key, { maxKeys: 4 }), default: fc.option(key, { nil: undefined }) }),
      { maxKeys: 3 },
    ),
  });
  const spec: fc.Arbitrary<RoleSpec> = fc.oneof(
    fc.record({ person: key, fallback: fc.option(key, { nil: undefined }) }),
    fc.record({ lookup: fc.record({ table: key, by: key }), fallback: fc.option(key, { nil: undefined }) }),
  );

  it('never throws and only ever returns a person of the directory', () => {
    fc.assert(
      fc.property(
        directory,
        fc.dictionary(key, spec, { maxKeys: 4 }),
        fc.dictionary(key, fc.oneof(fc.string({ maxLength: 8 }), fc.boolean(), fc.constantFrom(...BUILT_INS))),
        key,
        (rawDir, roles, vars, name) => {
          const d = directorySchema.parse(rawDir);
          const people = new Set<Person>(Object.values(d.people));
          const r = resolveRole(name, roles, d, vars);
          if (r.ok) expect(people.has(r.person)).toBe(true);
          else expect(typeof r.message).toBe('string');
          for (const p of candidatesForRole(Object.hasOwn(roles, name) ? roles[name] : undefined, d))
            expect(people.has(p)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

it("candidatesForRole given Object's own function for `roles['toString']` finds no one", () => {
  const roles: Record<string, RoleSpec> = {};
  const inherited = Reflect.get(roles, 'toString') as RoleSpec | undefined;
  expect(candidatesForRole(inherited, dir)).toEqual([]);
});
