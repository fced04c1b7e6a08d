// Invisible characters never reach a value: a name cannot smuggle a right-to-left override or terminal escapes
// into an organization name or a comment.
import fc from 'fast-check';
import { convert } from '../../../src/domain/intake/convert';

// eslint-disable-next-line no-control-regex -- the characters the intake must drop
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

test('control characters and bidi overrides are dropped from a text value', () => {
  expect(convert('text', 'SunPower\u0000\u0007\u001b[31m\u0008 Installers\u007f')).toEqual({
    ok: true,
    value: 'SunPower[31m Installers',
  });
  expect(convert('text', 'SunPower\u202E srellatsnI')).toEqual({ ok: true, value: 'SunPower srellatsnI' });
  expect(convert('email', 'bob@\u202esunpower.example')).toEqual({ ok: true, value: 'bob@sunpower.example' });
});

test('no value of any type keeps an invisible character', () => {
  const type = fc.constantFrom('text' as const, 'email' as const, 'date' as const, 'select' as const);
  fc.assert(
    fc.property(type, fc.string({ unit: 'binary', maxLength: 60 }), (t, raw) => {
      const r = convert(t, raw, ['Integrated Finance']);
      if (r.ok && typeof r.value === 'string') expect(INVISIBLE.test(r.value)).toBe(false);
    }),
  );
});
