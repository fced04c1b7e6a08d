import type { PlaybookError } from '../../../src/domain/playbook';
import { parsePlaybookYaml, validatePlaybook } from '../../../src/domain/playbook';
import { INVALID_CASES } from './cases';
import { edit, minimal, s1, s1Yaml, STEP } from './fixtures';

/** Validation must answer, never throw: a throw fails the test here with the validator's own stack. */
function errorsOf(input: unknown): PlaybookError[] {
  const result = validatePlaybook(input);
  if (result.ok) throw new Error('the document was accepted');
  return result.errors;
}

const show = (errors: PlaybookError[]): string => errors.map((e) => `${e.path} ${e.code}: ${e.message}`).join('\n');

describe('the playbooks the cases start from', () => {
  test('S1 and the minimal playbook are valid', () => {
    expect(validatePlaybook(s1())).toMatchObject({ ok: true });
    expect(validatePlaybook(minimal())).toMatchObject({ ok: true });
  });

  test('there are at least 30 distinct cases', () => {
    expect(new Set(INVALID_CASES.map((c) => c.name)).size).toBe(INVALID_CASES.length);
    expect(new Set(INVALID_CASES.map((c) => `${c.path}|${c.code}`)).size).toBeGreaterThanOrEqual(30);
  });
});

describe.each(INVALID_CASES)('invalid: $name', ({ base, edits, path, code, says }) => {
  test(`reports ${code} at ${path}`, () => {
    const doc = base === 'minimal' ? minimal() : s1();
    for (const [at, value] of edits) edit(doc, at, value);
    const errors = errorsOf(doc);
    const found = errors.find((e) => e.path === path && e.code === code);
    if (!found) throw new Error(`no ${code} at ${path}; got:\n${show(errors)}`);
    for (const words of says) expect(found.message).toContain(words);
  });
});

describe('every error is reported, each with its path', () => {
  const expectAll = (doc: unknown, wanted: [string, string][]): void => {
    const errors = errorsOf(doc);
    const got = errors.map((e) => [e.path, e.code]);
    expect({ got, message: show(errors) }).toMatchObject({ got: expect.arrayContaining(wanted) as unknown });
    for (const e of errors) expect(e.message.length).toBeGreaterThan(10);
  };

  test('several shape errors in one document', () => {
    const doc = s1();
    edit(doc, 'name', 42);
    edit(doc, `steps[${STEP.intake}].kind`, 'checklist');
    edit(doc, `steps[${STEP.approval}].chase.every`, 'daily');
    edit(doc, 'intake[1].type', 'phone');
    expectAll(doc, [
      ['name', 'invalid_type'],
      ['steps[0].kind', 'invalid_choice'],
      ['steps[4].chase.every', 'bad_duration'],
      ['intake[1].type', 'invalid_value'],
    ]);
  });

  test('several reference errors in one document', () => {
    const doc = s1();
    edit(doc, `steps[${STEP.configTicket}].dependsOn`, ['nope']);
    edit(doc, `steps[${STEP.approval}].approver`, 'boss');
    edit(doc, `steps[${STEP.close}].actions[1].text`, 'Hi {{ who }}');
    edit(doc, 'match.exclude.senderRoles', ['ghost']);
    expectAll(doc, [
      ['steps[1].dependsOn[0]', 'unknown_step'],
      ['steps[4].approver', 'unknown_role'],
      ['steps[7].actions[1].text', 'undeclared_variable'],
      ['match.exclude.senderRoles[0]', 'unknown_role'],
    ]);
  });

  test('shape errors and reference errors together', () => {
    const doc = s1();
    edit(doc, 'name', 42);
    edit(doc, `steps[${STEP.configTicket}].dependsOn`, ['nope']);
    edit(doc, `steps[${STEP.approval}].approver`, 'boss');
    expectAll(doc, [
      ['name', 'invalid_type'],
      ['steps[1].dependsOn[0]', 'unknown_step'],
      ['steps[4].approver', 'unknown_role'],
    ]);
  });
});

describe('YAML and JSON text', () => {
  test('S1 as JSON text is accepted and equals S1 from YAML', () => {
    const fromJson = parsePlaybookYaml(JSON.stringify(s1()));
    const fromYaml = parsePlaybookYaml(s1Yaml);
    expect(fromJson.ok && fromYaml.ok).toBe(true);
    expect(fromJson).toEqual(fromYaml);
  });

  test('a JSON document with an error reports its path', () => {
    const doc = edit(s1(), `steps[${STEP.configTicket}].dependsOn`, ['nope']);
    const r = parsePlaybookYaml(JSON.stringify(doc, null, 2));
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'steps[1].dependsOn[0]', code: 'unknown_step' }] });
  });

  test.each([
    ['a badly indented list item', 'schemaVersion: 1\nid: x\nsteps:\n  - id: a\n   kind: action\n', 5],
    ['a tab as indentation', 'schemaVersion: 1\nmatch:\n\tproject: SS\n', 3],
    ['a key given twice', 'schemaVersion: 1\nid: a\nid: b\n', 3],
    ['an unclosed flow list', 'schemaVersion: 1\nsteps: [a, b\nname: x\n', 3],
  ])('YAML syntax error (%s) names its line', (_name, text, line) => {
    const r = parsePlaybookYaml(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code: 'yaml_syntax', line });
    expect(r.errors[0]?.message).toMatch(/^YAML syntax: /);
  });

  test('a schema error in YAML points at the line of the offending node', () => {
    const text = s1Yaml.replace('dependsOn: [intake]', 'dependsOn: [intak]');
    const line = text.split('\n').findIndex((l) => l.includes('dependsOn: [intak]')) + 1;
    const r = parsePlaybookYaml(text);
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'steps[1].dependsOn[0]', code: 'unknown_step', line }] });
  });

  test('an alias bomb is refused, not expanded', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      rows.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(`*${i === 1 ? 'a' : 'b'.repeat(i - 1)}`)
          .join(', ')}]`,
      );
    const r = parsePlaybookYaml(rows.join('\n'));
    expect(r.ok).toBe(false);
  });

  test.each([
    ['an empty file', ''],
    ['a number', '42'],
    ['a list', '- id: a'],
  ])('%s is not a playbook', (_name, text) => {
    expect(parsePlaybookYaml(text)).toMatchObject({
      ok: false,
      errors: [{ path: '(document)', code: 'invalid_type' }],
    });
  });
});
