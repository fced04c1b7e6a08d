/** The engine's own words in comments people read, in the playbook's language (English or Norwegian Bokmål). */
import { textIn, type LocalizedText, type Playbook, type RoleSpec, type Step, type TextLanguage } from '../playbook';
import type { StepState } from './model';

const TEXTS = {
  en: {
    anAgent: 'an agent',
    cancelled: (who: string, name: string, note?: string) => `${who} cancelled ${name}${note ? `: ${note}` : '.'}`,
    done: 'Done',
    skipped: 'Skipped',
    stopped: 'Stopped',
    closed: 'Linked tickets closed',
    noTimers: 'No more reminders or timers run for it.',
    waitingFor: (names: string) => `waiting for ${names}`,
    notTicked: (items: string) => `not ticked: ${items}`,
    flagged: (who: string, step: string, reason: string) =>
      `${who} flagged a problem with "${step}": ${reason}\nIt goes back to its owner and returns for review when it is done again.`,
    status: { active: 'active', blocked: 'blocked' },
    recorded: (who: string, approved: boolean, note?: string) =>
      `${who} recorded in the panel: ${approved ? 'approved' : 'declined'}${note ? `. Note: ${note}` : '.'}`,
    noPartner: (partner: string) => `the registry has no partner '${partner}'`,
    noService: (service: string, partner: string) =>
      `the registry has no service '${service}' for partner '${partner}'`,
    lookupGap: (what: string, variable: string) =>
      `${what} (needed for ${variable}): add it to the registry on the admin page, or fix the name`,
    cannotStart: (name: string, lines: string) =>
      `${name} cannot start: the request is missing information.\n${lines}\nFix the description: the run starts as soon as it is edited (or press "Start by hand" in the panel). Nothing has been changed on this ticket.`,
    cannotGoOn: (name: string, lines: string) =>
      `${name} cannot go on: the people directory does not say who some roles are.\n${lines}\nNothing has been changed on this ticket.`,
  },
  nb: {
    anAgent: 'en agent',
    cancelled: (who: string, name: string, note?: string) => `${who} avbrøt ${name}${note ? `: ${note}` : '.'}`,
    done: 'Ferdig',
    skipped: 'Hoppet over',
    stopped: 'Stoppet',
    closed: 'Koblede saker lukket',
    noTimers: 'Ingen flere påminnelser eller frister kjøres for den.',
    waitingFor: (names: string) => `venter på ${names}`,
    notTicked: (items: string) => `ikke krysset av: ${items}`,
    flagged: (who: string, step: string, reason: string) =>
      `${who} meldte et problem med «${step}»: ${reason}\nSteget går tilbake til eieren og kommer tilbake til gjennomgang når det er ferdig igjen.`,
    status: { active: 'pågår', blocked: 'blokkert' },
    recorded: (who: string, approved: boolean, note?: string) =>
      `${who} registrerte i panelet: ${approved ? 'godkjent' : 'avslått'}${note ? `. Merknad: ${note}` : '.'}`,
    noPartner: (partner: string) => `registeret har ingen partner «${partner}»`,
    noService: (service: string, partner: string) =>
      `registeret har ingen tjeneste «${service}» for partneren «${partner}»`,
    lookupGap: (what: string, variable: string) =>
      `${what} (trengs for ${variable}): legg den til i registeret på administrasjonssiden, eller rett navnet`,
    cannotStart: (name: string, lines: string) =>
      `${name} kan ikke starte: forespørselen mangler opplysninger.\n${lines}\nRett beskrivelsen: kjøringen starter så snart den er endret (eller trykk «Start plan» i panelet). Ingenting er endret på denne saken.`,
    cannotGoOn: (name: string, lines: string) =>
      `${name} kan ikke fortsette: persondirektoriet sier ikke hvem som har noen av rollene.\n${lines}\nIngenting er endret på denne saken.`,
  },
};

export type Texts = (typeof TEXTS)['en'];

export function textsFor(playbook: Playbook): Texts {
  return TEXTS[languageOf(playbook)];
}

/**
 * The language of everything the app writes on a run: Jira shows a comment to everybody in one text, so comments,
 * customer messages and the engine's notes use the playbook's language, never a viewer's (the panel localizes).
 */
export const languageOf = (playbook: Pick<Playbook, 'language'>): TextLanguage => playbook.language ?? 'en';

/** A playbook text (`string` or `{ en, nb }`) in the playbook's language. */
export const inPlaybookLanguage = (playbook: Pick<Playbook, 'language'>, text: LocalizedText): string =>
  textIn(text, languageOf(playbook));

/** The playbook's own name in its language (the app's notes name it). */
export const playbookName = (playbook: Pick<Playbook, 'language' | 'name'>): string =>
  inPlaybookLanguage(playbook, playbook.name);

/** A step's name in the playbook's language, or its id when it has none. */
export function stepName(playbook: Pick<Playbook, 'language'>, step: { id: string; name?: LocalizedText | undefined }) {
  return step.name === undefined ? step.id : inPlaybookLanguage(playbook, step.name);
}

/**
 * Why a role has nobody, for the "cannot go on" note. The people module explains it in English (the trace keeps that);
 * a Norwegian playbook's note says it again from the role's own spec: the first link of a fallback chain is named.
 */
export function roleGap(playbook: Pick<Playbook, 'language'>, name: string, spec: RoleSpec | undefined, why: string) {
  if (languageOf(playbook) === 'en' || spec === undefined) return why;
  if ('person' in spec)
    return `rollen ${name}: persondirektoriet har ingen «${spec.person}»; legg til personen på administrasjonssiden`;
  const { table, by } = spec.lookup;
  return `rollen ${name}: tabellen «${table}» i persondirektoriet har ingen oppføring for verdien av ${by} og ingen standardperson; legg til en på administrasjonssiden`;
}

/**
 * What an open step still lacks, in the playbook's language: the required sign-offs not given and the checklist items
 * not ticked (the cancel summary names them, so the ticket says what was left).
 */
export function stillOpen(playbook: Pick<Playbook, 'language'>, step: Step, state: StepState): string[] {
  const t = TEXTS[languageOf(playbook)];
  const say = (text: LocalizedText): string => inPlaybookLanguage(playbook, text);
  if (step.kind === 'signoff') {
    const open = step.parties.filter((p) => p.required && !state.signoffs?.[p.id]).map((p) => say(p.name));
    return open.length > 0 ? [t.waitingFor(open.join(', '))] : [];
  }
  if (step.kind === 'task') {
    const open = step.checklist.filter((c) => !state.checked?.includes(c.id)).map((c) => say(c.text));
    return open.length > 0 ? [t.notTicked(open.join(', '))] : [];
  }
  return [];
}
