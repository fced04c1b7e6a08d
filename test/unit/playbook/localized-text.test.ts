/** Texts in two languages: `{ en, nb }` beside plain strings, the playbook's language required, every variant checked. */
import { z } from 'zod';
import { playbookSchema, textIn, validatePlaybook, type PlaybookError } from '../../../src/domain/playbook';
import { edit, minimal, type Doc } from './minimal';

function bilingual(): Doc {
  const doc = minimal();
  edit(doc, 'steps[0].name', { en: 'Say hello', nb: 'Si hei' });
  edit(doc, 'steps[0].description', { en: 'Greets the approver' });
  edit(doc, 'steps[0].actions[0].text', { en: 'Hello {{ company }}', nb: 'Hei {{ company }}' });
  (doc.steps as Doc[]).push({
    id: 'plan',
    kind: 'decision',
    dependsOn: ['wait'],
    question: { en: 'Does {{ company }} need a plan?', nb: 'Trenger {{ company }} en plan?' },
    variable: 'plan',
    options: [
      { value: 'yes', label: { en: 'Yes', nb: 'Ja' } },
      { value: 'no', label: 'Nei / No' },
    ],
  });
  return doc;
}

const errorsOf = (doc: Doc): PlaybookError[] => {
  const r = validatePlaybook(doc);
  return r.ok ? [] : r.errors;
};

describe('the format', () => {
  it('accepts plain strings as before, and { en, nb } objects, keeping both languages', () => {
    expect(validatePlaybook(minimal()).ok).toBe(true);
    const r = validatePlaybook(bilingual());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [hello, , plan] = r.playbook.steps;
    expect(hello?.name).toEqual({ en: 'Say hello', nb: 'Si hei' });
    expect(textIn(hello?.name ?? '', 'nb')).toBe('Si hei');
    expect(plan?.kind === 'decision' && textIn(plan.options[1]?.label ?? '', 'en')).toBe('Nei / No');
  });

  it('a parsed playbook parses again to itself (stored versions are re-read)', () => {
    const r = validatePlaybook(bilingual());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(playbookSchema.parse(JSON.parse(JSON.stringify(r.playbook)))).toEqual(r.playbook);
  });

  it('the JSON Schema offers a string or an object of en/nb with at least one', () => {
    const json = JSON.stringify(z.toJSONSchema(playbookSchema, { io: 'input', unrepresentable: 'any' }));
    expect(json).toContain('"properties":{"en":{"type":"string"},"nb":{"type":"string"}}');
    expect(json).toContain('"minProperties":1');
  });

  it('refuses an empty object and an unknown language', () => {
    expect(errorsOf(edit(bilingual(), 'steps[0].name', {}))).toContainEqual(
      expect.objectContaining({ path: 'steps[0].name', code: 'required' }),
    );
    expect(errorsOf(edit(bilingual(), 'steps[0].name', { en: 'Hi', de: 'Hallo' }))).toContainEqual(
      expect.objectContaining({ path: 'steps[0].name.de', code: 'unknown_key' }),
    );
  });
});

describe('the playbook language must be in every text', () => {
  it('an English playbook (the default) needs en: the path, a stable code and what to add', () => {
    const doc = edit(bilingual(), 'steps[0].actions[0].text', { nb: 'Hei {{ company }}' });
    const errors = errorsOf(doc);
    expect(errors).toEqual([
      {
        path: 'steps[0].actions[0].text',
        code: 'missing_language',
        message: expect.stringContaining("add 'en:' to this text") as string,
      },
    ]);
  });

  it('a Norwegian playbook needs nb in names, questions and labels too', () => {
    const doc = edit(bilingual(), 'language', 'nb');
    edit(doc, 'steps[0].description', { en: 'Greets the approver' });
    edit(doc, 'steps[2].options[0].label', { en: 'Yes' });
    expect(errorsOf(doc).map((e) => [e.path, e.code])).toEqual([
      ['steps[0].description', 'missing_language'],
      ['steps[2].options[0].label', 'missing_language'],
    ]);
  });

  it('missing languages are reported beside other refusals, all at once', () => {
    const doc = edit(bilingual(), 'steps[0].name', { nb: 'Si hei' });
    edit(doc, 'steps[1].for.after', 'soon');
    expect(errorsOf(doc).map((e) => e.code)).toEqual(expect.arrayContaining(['missing_language', 'bad_duration']));
  });
});

describe('templates are checked in every language', () => {
  it('broken Liquid in one variant is refused at that variant', () => {
    const doc = edit(bilingual(), 'steps[2].question', { en: 'Plan for {{ company }}?', nb: 'Plan for {{ company ?' });
    expect(errorsOf(doc)).toContainEqual(
      expect.objectContaining({ path: 'steps[2].question.nb', code: 'bad_template' }),
    );
  });

  it('an undeclared variable in one variant is named at that variant', () => {
    const doc = edit(bilingual(), 'steps[0].actions[0].text', { en: 'Hello {{ company }}', nb: 'Hei {{ firma }}' });
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ path: 'steps[0].actions[0].text.nb', code: 'undeclared_variable' }),
    ]);
  });
});
