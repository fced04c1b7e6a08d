// The executor's plan, without I/O: field edits folded per issue, failures sorted into expected and transient.
import { AppProblem, classify } from '../../src/app/errors';
import { mergeFieldEdits } from '../../src/app/executor';
import type { Command } from '../../src/domain/engine';
import { JiraError } from '../../src/jira';

const setFields = (
  key: string,
  issue: string,
  over: Partial<Extract<Command, { type: 'setFields' }>> = {},
): Command => ({
  type: 'setFields',
  key,
  issue: { key: issue },
  selects: [],
  ...over,
});

test('two field edits for one issue become one, keeping both keys; other issues and commands stay apart', () => {
  const merged = mergeFieldEdits([
    setFields('a', 'SS-1', { requestTypeName: 'Company-specific Data Change' }),
    { type: 'addWatcher', key: 'w', issue: { key: 'SS-1' }, accountId: 'x' },
    setFields('b', 'SS-1', { selects: [{ fieldName: 'Needs Configuration?', option: 'Integrated Finance' }] }),
    setFields('c', 'SS-2', { reporter: { email: 'onboarding@goeverbright.com' } }),
  ]);
  expect(merged.map((c) => [c.type, c.key])).toEqual([
    ['setFields', 'a+b'],
    ['addWatcher', 'w'],
    ['setFields', 'c'],
  ]);
  expect(merged[0]).toEqual(
    setFields('a+b', 'SS-1', {
      requestTypeName: 'Company-specific Data Change',
      selects: [{ fieldName: 'Needs Configuration?', option: 'Integrated Finance' }],
    }),
  );
});

test('403, 404 and problems the app found are expected; 429, 5xx and unknown errors are not', () => {
  const jira = (code: ConstructorParameters<typeof JiraError>[0], status: number) =>
    new JiraError(code, `${code}`, { operation: 'doTransition', status, errorMessages: ['why'] });
  expect(classify(jira('FORBIDDEN', 403))).toEqual({ kind: 'expected', code: 'FORBIDDEN', message: 'FORBIDDEN (why)' });
  expect(classify(jira('NOT_FOUND', 404)).kind).toBe('expected');
  expect(classify(new AppProblem('USER_NOT_FOUND', 'no user')).kind).toBe('expected');
  expect(classify(jira('RATE_LIMITED', 429)).kind).toBe('transient');
  expect(classify(jira('UNAVAILABLE', 503)).kind).toBe('transient');
  expect(classify(new TypeError('bug')).kind).toBe('unknown');
});
