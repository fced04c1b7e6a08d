// createIssue's reporter and organization (S2's review ticket raised for the partner): shapes and references checked.
import { validatePlaybook } from '../../../src/domain/playbook';

function withCreate(extra: Record<string, unknown>): unknown {
  return {
    schemaVersion: 1,
    id: 'open-for',
    name: 'Open for',
    version: 1,
    match: { project: 'SEP' },
    intake: [{ name: 'partner', label: 'Partner', type: 'text' }],
    roles: { team: { person: 'sep.team' } },
    steps: [
      {
        id: 'open',
        kind: 'action',
        actions: [{ do: 'createIssue', project: 'SEP', issueType: 'Task', summary: 'Review {{ partner }}', ...extra }],
      },
    ],
  };
}

const codes = (r: ReturnType<typeof validatePlaybook>) => (r.ok ? [] : r.errors.map((e) => [e.path, e.code]));

test.each([
  [{ reporter: { of: 'this' }, organization: { name: '{{ partner }}' } }],
  [{ reporter: { role: 'team' } }],
  [{ reporter: { email: 'partner@example.com' }, organization: { name: 'Northfield', createIfMissing: true } }],
])('valid: %j', (extra) => {
  expect(validatePlaybook(withCreate(extra)).ok).toBe(true);
});

test('a role nobody declared, or an undeclared variable in the organization name, is refused where it is', () => {
  expect(codes(validatePlaybook(withCreate({ reporter: { role: 'owner' } })))).toEqual([
    ['steps[0].actions[0].reporter.role', 'unknown_role'],
  ]);
  expect(codes(validatePlaybook(withCreate({ organization: { name: '{{ partnr }}' } })))).toEqual([
    ['steps[0].actions[0].organization.name', 'undeclared_variable'],
  ]);
});

test('a reporter of another ticket than this one is not a shape the format has', () => {
  const r = validatePlaybook(withCreate({ reporter: { of: 'parent' } }));
  expect(r.ok).toBe(false);
});
