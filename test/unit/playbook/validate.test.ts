import { BUILTIN_PLAYBOOK_SOURCES, parsePlaybookYaml, validatePlaybook } from '../../../src/domain/playbook';
import type { PlaybookError } from '../../../src/domain/playbook';
import { edit, minimal, REMOVE } from './minimal';

function errorsOf(edits: [string, unknown][]): PlaybookError[] {
  const doc = minimal();
  for (const [path, value] of edits) edit(doc, path, value);
  const r = validatePlaybook(doc);
  return r.ok ? [] : r.errors;
}

describe('validatePlaybook', () => {
  it('accepts the minimal playbook and fills defaults', () => {
    const r = validatePlaybook(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.playbook.enabled).toBe(false);
    expect(r.playbook.match.exclude.subjectPrefixes).toContain('RE:');
    expect(r.playbook.steps[0]).toMatchObject({ lane: 'support', dependsOn: [] });
  });

  it('accepts every built-in playbook', () => {
    for (const text of Object.values(BUILTIN_PLAYBOOK_SOURCES))
      expect(parsePlaybookYaml(text)).toMatchObject({ ok: true });
  });

  it.each<[string, [string, unknown][], Partial<PlaybookError>]>([
    [
      'unknown step in dependsOn',
      [['steps[1].dependsOn', ['helo']]],
      { path: 'steps[1].dependsOn[0]', code: 'unknown_step' },
    ],
    ['self dependency', [['steps[0].dependsOn', ['hello']]], { path: 'steps[0].dependsOn[0]', code: 'cycle' }],
    ['duplicate step id', [['steps[1].id', 'hello']], { path: 'steps[1].id', code: 'duplicate_id' }],
    [
      'unknown role',
      [['steps[0].actions[0].mentions', ['boss']]],
      { path: 'steps[0].actions[0].mentions[0]', code: 'unknown_role' },
    ],
    [
      'undeclared variable',
      [['steps[0].actions[0].text', 'Hi {{ compnay }}']],
      { path: 'steps[0].actions[0].text', code: 'undeclared_variable' },
    ],
    [
      'broken template',
      [['steps[0].actions[0].text', 'Hi {% if %}']],
      { path: 'steps[0].actions[0].text', code: 'bad_template' },
    ],
    ['template including a file', [['steps[0].actions[0].text', "{% include 'x' %}"]], { code: 'bad_template' }],
    ['unsafe regex', [['match.summary', { regex: '(a+)+$' }]], { path: 'match.summary.regex', code: 'unsafe_regex' }],
    ['invalid regex', [['match.summary', { regex: '(' }]], { path: 'match.summary.regex', code: 'bad_regex' }],
    ['bad duration', [['steps[1].for.after', '1 hour']], { path: 'steps[1].for.after', code: 'bad_duration' }],
    ['unknown key', [['steps[0].lanes', 'x']], { path: 'steps[0].lanes', code: 'unknown_key' }],
    ['missing name', [['name', REMOVE]], { path: 'name', code: 'required' }],
    ['unknown step kind', [['steps[0].kind', 'todo']], { path: 'steps[0].kind', code: 'invalid_choice' }],
    [
      'unknown action',
      [['steps[0].actions[0].do', 'email']],
      { path: 'steps[0].actions[0].do', code: 'invalid_choice' },
    ],
    ['public comment not declared', [['steps[0].actions[0].visibility', 'public']], { code: 'not_customer_facing' }],
    [
      'lookup by unknown variable',
      [['roles.am', { lookup: { table: 't', by: 'org' } }]],
      { path: 'roles.am.lookup.by', code: 'unknown_variable' },
    ],
    ['select without options', [['intake[0].type', 'select']], { path: 'intake[0].options', code: 'missing_options' }],
    ['wrong type', [['version', '2']], { path: 'version', code: 'invalid_type' }],
    ['schema too new', [['schemaVersion', 9]], { path: 'schemaVersion', code: 'unsupported_version' }],
  ])('%s', (_name, edits, expected) => {
    const errors = errorsOf(edits);
    expect(errors).toContainEqual(expect.objectContaining(expected));
    for (const e of errors) expect(e.message.length).toBeGreaterThan(10);
  });

  it('finds a dependency cycle across steps', () => {
    const errors = errorsOf([['steps[0].dependsOn', ['wait']]]);
    expect(errors.map((e) => e.code)).toEqual(['cycle']);
    expect(errors[0]?.message).toContain('hello -> wait -> hello');
  });

  it('reports every schema error at once, each with its own path', () => {
    const errors = errorsOf([
      ['id', 'Bad Id'],
      ['steps[0].kind', 'todo'],
      ['steps[1].for.after', 'soon'],
      ['steps[1].dependsOn', ['nope']],
    ]);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['id', 'invalid_format'],
      ['steps[0].kind', 'invalid_choice'],
      ['steps[1].for.after', 'bad_duration'],
      ['steps[1].dependsOn[0]', 'unknown_step'],
    ]);
  });

  it('escalation needs a fallback, and words cannot both approve and decline', () => {
    const errors = errorsOf([
      [
        'steps[2]',
        {
          id: 'ok',
          kind: 'approval',
          approver: 'approver',
          question: 'OK?',
          chase: { firstAfter: 'PT1H', every: 'PT1H', max: 1, text: 'Ping', escalate: { text: 'Escalated' } },
          answers: { comment: { approve: ['yes'], decline: ['YES'] } },
        },
      ],
    ]);
    expect(errors.map((e) => e.code).sort()).toEqual(['overlapping_words', 'required']);
  });

  it.each([null, undefined, 42, 'text', [], [1, 2], { schemaVersion: 1 }, { schemaVersion: '1' }, { steps: {} }])(
    'never throws on %p',
    (input) => {
      const r = validatePlaybook(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
    },
  );
});
