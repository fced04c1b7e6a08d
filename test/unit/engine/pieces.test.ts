import { readAnswer } from '../../../src/domain/engine';
import { candidatesForRole, directorySchema, findPerson, resolveRole } from '../../../src/domain/people';
import { renderTemplate, templateVariables } from '../../../src/domain/template';

const words = {
  approve: ['approve', 'approved', 'go ahead', 'yes'],
  decline: ['decline', 'not approved', "don't push", 'no'],
};

describe('readAnswer', () => {
  it.each([
    ['Approved, go ahead.', 'approve'],
    ['YES', 'approve'],
    ['Not approved yet.', 'decline'],
    ['Please don’t push it live', 'decline'],
    ['Approved. No wait, decline', 'ambiguous'],
    ['Will check tomorrow', 'none'],
    ['nobody knows', 'none'],
    ['yesterday was fine', 'none'],
    ['> May we push live? Reply approve or decline\nThanks, later', 'none'],
  ])('%p -> %s', (text, expected) => {
    expect(readAnswer(text, words)).toBe(expected);
  });
});

describe('people directory', () => {
  const dir = directorySchema.parse({
    people: {
      a: { accountId: 'acc-a', displayName: 'Ann', email: 'Ann@Example.com' },
      b: { accountId: 'acc-b', displayName: 'Bob' },
    },
    tables: { t: { entries: { 'Sunny  Roofs': 'b' }, default: 'a' } },
  });
  const roles = {
    am: { lookup: { table: 't', by: 'org' } },
    boss: { person: 'a' },
    ghost: { person: 'zz', fallback: 'boss' },
  };

  it('looks up a table ignoring case and spacing, with the default otherwise', () => {
    expect(resolveRole('am', roles, dir, { org: ' sunny roofs ' })).toMatchObject({
      ok: true,
      via: 'lookup',
      person: { accountId: 'acc-b' },
    });
    expect(resolveRole('am', roles, dir, { org: 'Other' })).toMatchObject({
      ok: true,
      via: 'default',
      person: { accountId: 'acc-a' },
    });
  });

  it('follows a fallback role, and says what is missing when nothing resolves', () => {
    expect(resolveRole('ghost', roles, dir, {})).toMatchObject({
      ok: true,
      via: 'fallback',
      person: { accountId: 'acc-a' },
    });
    const r = resolveRole('ghost', { ghost: { person: 'zz' } }, dir, {});
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("no 'zz'") as unknown });
  });

  it('finds people by account id or email, and every candidate of a role', () => {
    expect(findPerson(dir, { email: 'ann@example.COM' })?.accountId).toBe('acc-a');
    expect(findPerson(dir, { accountId: 'acc-x' })).toBeUndefined();
    expect(candidatesForRole(roles.am, dir).map((p) => p.accountId)).toEqual(['acc-b', 'acc-a']);
  });
});

describe('templates', () => {
  it('renders variables without evaluating code, and lists the roots a template reads', () => {
    expect(renderTemplate('Hi {{ who }} {{ issue.key }}', { who: '<b>x</b>', issue: { key: 'SS-1' } })).toEqual({
      ok: true,
      value: 'Hi <b>x</b> SS-1',
    });
    expect(renderTemplate('{{ who.constructor }}', { who: 'x' })).toEqual({ ok: true, value: '' });
    expect(templateVariables('{{ a.b }} {% if c %}{{ d | upcase }}{% endif %}')).toEqual({
      ok: true,
      value: ['a', 'c', 'd'],
    });
    expect(templateVariables('{{ a | nofilter }}').ok).toBe(false);
  });
});
