import { issue, keys, schema } from './fixtures';

const finance = issue({
  key: 'SS-1',
  fields: {
    customfield_10010: { value: 'Integrated Finance', id: '10100' },
    customfield_10020: '2026-11-30',
    customfield_10030: 12,
    customfield_10040: 'Laptop with finance tooling',
    customfield_10050: { accountId: 'david' },
    customfield_10060: [{ value: 'SAP' }, { value: 'Slack' }],
  },
});
const payroll = issue({
  key: 'SS-2',
  fields: { customfield_10010: { value: 'Payroll' }, customfield_10030: 3, customfield_10060: ['Slack'] },
});
const bare = issue({ key: 'SS-3' });
const all = [finance, payroll, bare];

describe('JQL custom fields', () => {
  it('an object value is found by each name it has (a request type by name or key)', () => {
    const s = schema({
      fieldsByName: {
        'Request Type': { id: 'customfield_10001', type: 'option', options: ['New starter', 'ss/new-starter'] },
      },
    });
    const rt = issue({
      key: 'SS-9',
      fields: { customfield_10001: { name: 'New starter', key: 'ss/new-starter', id: '7' } },
    });
    expect(keys('"Request Type" = "New starter"', [rt, bare], s)).toEqual(['SS-9']);
    expect(keys('"Request Type" = "ss/new-starter"', [rt, bare], s)).toEqual(['SS-9']);
    expect(keys('"Request Type" != "New starter"', [rt, bare], s)).toEqual([]);
  });

  it('finds option fields by quoted name and by cf[id], values case-insensitively', () => {
    expect(keys('"Needs Configuration?" = "Integrated Finance"', all)).toEqual(['SS-1']);
    expect(keys('cf[10010] = "integrated finance"', all)).toEqual(['SS-1']);
    expect(keys('"needs configuration?" != Payroll', all)).toEqual(['SS-1']);
    expect(keys('cf[10010] is EMPTY', all)).toEqual(['SS-3']);
  });

  it('number fields compare numerically', () => {
    expect(keys('Seats > 5', all)).toEqual(['SS-1']);
    expect(keys('Seats <= 3', all)).toEqual(['SS-2']);
    expect(keys('cf[10030] in (3, 12)', all)).toEqual(['SS-1', 'SS-2']);
  });

  it('date fields compare as dates', () => {
    expect(keys('"Review date" >= "2026-11-30"', all)).toEqual(['SS-1']);
    expect(keys('"Review date" < 7d', all)).toEqual(['SS-1']);
  });

  it('text fields take ~, user fields accountIds, multi-value fields any element', () => {
    expect(keys('Notes ~ finance', all)).toEqual(['SS-1']);
    expect(keys('Approver = david', all)).toEqual(['SS-1']);
    expect(keys('Systems = slack', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('Systems = SAP', all)).toEqual(['SS-1']);
    expect(keys('Systems != SAP', all)).toEqual(['SS-2']);
  });
});
