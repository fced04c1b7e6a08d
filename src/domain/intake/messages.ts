/**
 * What the intake says about a value it cannot use, in the playbook's language: these sentences reach the ticket in
 * the engine's "cannot start" note, which Jira shows to everybody in one language.
 */
export type IntakeLanguage = 'en' | 'nb';

const quote = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

export const INTAKE_TEXTS = {
  en: {
    severalEmails: (all: readonly string[]) => `it holds several addresses (${all.join(', ')}) where one is expected`,
    notEmail: (raw: string) => `'${raw}' is not an email address`,
    notYesNo: (raw: string) => `'${raw}' is not yes or no`,
    notOption: (raw: string, options: readonly string[]) => `'${raw}' is not one of the options (${quote(options)})`,
    eitherDate: (raw: string, a: string, b: string) => `'${raw}' could be ${a} or ${b}`,
    notDate: (raw: string) => `'${raw}' is not a date`,
    exampleEmail: 'name@company.com',
    exampleDate: 'yyyy-mm-dd',
    exampleYes: 'yes',
    oneOf: (options: readonly string[]) => `one of ${quote(options)}`,
    twice: (label: string, values: readonly string[], line: string) =>
      `${label} is given more than once with different values (${values.map((v) => `'${v}'`).join(' and ')}): ` +
      `keep a single line ${line} in the request`,
    invalid: (label: string, why: string, line: string) => `${label}: ${why}: write it as ${line}`,
    empty: (label: string, line: string) => `${label} is empty: write the value after the label, as ${line}`,
    missing: (label: string, line: string) => `${label} is missing: add a line ${line} to the request`,
  },
  nb: {
    severalEmails: (all: readonly string[]) => `det står flere adresser (${all.join(', ')}) der det skal stå én`,
    notEmail: (raw: string) => `'${raw}' er ikke en e-postadresse`,
    notYesNo: (raw: string) => `'${raw}' er verken ja eller nei`,
    notOption: (raw: string, options: readonly string[]) => `'${raw}' er ikke et av valgene (${quote(options)})`,
    eitherDate: (raw: string, a: string, b: string) => `'${raw}' kan være ${a} eller ${b}`,
    notDate: (raw: string) => `'${raw}' er ikke en dato`,
    exampleEmail: 'navn@firma.no',
    exampleDate: 'åååå-mm-dd',
    exampleYes: 'ja',
    oneOf: (options: readonly string[]) => `et av ${quote(options)}`,
    twice: (label: string, values: readonly string[], line: string) =>
      `${label} er oppgitt flere ganger med ulike verdier (${values.map((v) => `'${v}'`).join(' og ')}): ` +
      `behold én linje ${line} i forespørselen`,
    invalid: (label: string, why: string, line: string) => `${label}: ${why}: skriv det som ${line}`,
    empty: (label: string, line: string) => `${label} er tom: skriv verdien etter feltnavnet, som ${line}`,
    missing: (label: string, line: string) => `${label} mangler: legg til en linje ${line} i forespørselen`,
  },
} satisfies Record<IntakeLanguage, unknown>;
