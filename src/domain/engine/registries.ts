/**
 * The app's registries, read by playbooks like the people directory: each partner's services (shared or not) and
 * interest lists (people told about new content of a kind). Pure: decide() gets a snapshot in its context, and a
 * playbook changes them only through `updateRegistry` commands the shell applies.
 */
import { z } from 'zod';
import type { Directory, Person } from '../people';
import type { Action, Lookup } from '../playbook';
import type { CommandBody, IssueRef, RegistryChange, Segment } from './commands';
import type { render as renderText } from './render';
import type { Session } from './session';
import { textsFor } from './texts';

export const registryServiceSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** Published by several partners: removing it for one removes only that partner's routing. */
  shared: z.boolean().default(false),
});

export const registryPartnerSchema = z.strictObject({
  name: z.string().trim().min(1),
  onCrm: z.boolean().optional(),
  services: z.array(registryServiceSchema).default([]),
});
export type RegistryPartner = z.infer<typeof registryPartnerSchema>;

export const registriesSchema = z.strictObject({
  /** By the partner's name, compared ignoring case and spacing. */
  partners: z.record(z.string(), registryPartnerSchema).default({}),
  /** List key (a kind of content, compared ignoring case and spacing) -> people directory keys. */
  interests: z.record(z.string(), z.array(z.string())).default({}),
});
export type Registries = z.infer<typeof registriesSchema>;

export const EMPTY_REGISTRIES: Registries = { partners: {}, interests: {} };

/**
 * Partners are keyed by their normalized name. `__proto__` is the one name a plain record cannot hold (zod and
 * JSON.parse treat it as the prototype), so it gets a leading space: no normalized name can start with one.
 */
export const registryKey = (name: string): string => {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '__proto__' ? ` ${key}` : key;
};

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function findPartner(reg: Registries, name: string): RegistryPartner | undefined {
  const key = registryKey(name);
  return own(reg.partners, key) ?? Object.values(reg.partners).find((p) => registryKey(p.name) === key);
}

/** The registry after one change (a new object; the input is not touched). */
export function applyRegistryChange(reg: Registries, change: RegistryChange): Registries {
  const partners = { ...reg.partners };
  const key = registryKey(change.partner);
  const before = findPartner(reg, change.partner);
  for (const k of Object.keys(partners)) if (partners[k] === before) delete partners[k];
  const current: RegistryPartner = before
    ? { ...before, services: [...before.services] }
    : { name: change.partner.trim(), services: [] };
  const sameService = (name: string) => (x: { name: string }) => registryKey(x.name) === registryKey(name);
  switch (change.op) {
    case 'removePartner':
      return { ...reg, partners };
    case 'setPartner':
      if (change.onCrm !== undefined) current.onCrm = change.onCrm;
      break;
    case 'addService':
      current.services = [
        ...current.services.filter((x) => !sameService(change.service)(x)),
        { name: change.service.trim(), shared: change.shared },
      ];
      break;
    case 'removeService':
      current.services = current.services.filter((x) => !sameService(change.service)(x));
      break;
  }
  return { ...reg, partners: { ...partners, [key]: current } };
}

export interface LookupProblem {
  field: string;
  code: 'missing';
  message: string;
}

function lookupValue(reg: Registries, l: Lookup, vars: Record<string, string | boolean>): string | boolean | undefined {
  const partnerName = vars[l.partner];
  const partner = typeof partnerName === 'string' ? findPartner(reg, partnerName) : undefined;
  const serviceName = l.service === undefined ? undefined : vars[l.service];
  const service =
    typeof serviceName === 'string'
      ? partner?.services.find((x) => registryKey(x.name) === registryKey(serviceName))
      : undefined;
  const names = (shared: boolean): string =>
    (partner?.services ?? [])
      .filter((x) => x.shared === shared)
      .map((x) => x.name)
      .join(', ');
  switch (l.read) {
    case 'partner.known':
      return partner !== undefined;
    case 'service.known':
      return service !== undefined;
    case 'partner.onCrm':
      return partner?.onCrm;
    case 'partner.services':
      return partner ? names(false) : undefined;
    case 'partner.sharedServices':
      return partner ? names(true) : undefined;
    case 'service.shared':
      return service?.shared;
  }
}

/** Reads the playbook's lookups (for the run's flow) into `vars`; a required one not found is a problem. */
export function readLookups(s: Session, vars: Record<string, string | boolean>): LookupProblem[] {
  const reg = s.ctx.registries ?? EMPTY_REGISTRIES;
  const problems: LookupProblem[] = [];
  for (const l of s.playbook.lookups) {
    if (l.flows.length > 0 && (s.run.flow === undefined || !l.flows.includes(s.run.flow))) continue;
    const value = lookupValue(reg, l, vars) ?? (l.fallback === undefined ? undefined : vars[l.fallback]);
    if (value !== undefined) {
      vars[l.var] = value;
      continue;
    }
    if (!l.required) continue;
    const partner = String(vars[l.partner] ?? '');
    const t = textsFor(s.playbook);
    const what = l.read.startsWith('service.')
      ? t.noService(String(vars[l.service ?? ''] ?? ''), partner)
      : t.noPartner(partner);
    problems.push({ field: l.var, code: 'missing', message: t.lookupGap(what, l.var) });
  }
  return problems;
}

/** The people on an interest list, from the directory (unknown keys are left out). */
export function interestedPeople(reg: Registries, dir: Directory, list: string): Person[] {
  const keys = own(reg.interests, registryKey(list)) ?? [];
  return [...new Set(keys)].flatMap((k) => {
    const p = own(dir.people, k);
    return p ? [p] : [];
  });
}

type Rendered<T> = { ok: true; value: T } | { ok: false; problems: string[] };
/** render.ts's render, handed in (its signature follows whatever a template is). */
type Render = typeof renderText;
type RegistryAction = Extract<Action, { do: 'notifyInterested' | 'updateRegistry' }>;

function flagValue(s: Session, f: boolean | { var: string | string[] } | undefined): boolean | undefined {
  if (f === undefined || typeof f === 'boolean') return f;
  const v = (Array.isArray(f.var) ? f.var : [f.var])
    .map((name) => s.run.variables[name])
    .find((x) => x !== undefined && x !== '');
  if (v === undefined) return undefined;
  return v === true || (typeof v === 'string' && ['true', 'yes'].includes(v.trim().toLowerCase()));
}

/** notifyInterested and updateRegistry as commands (render.ts hands them here). */
export function registryAction(
  s: Session,
  a: RegistryAction,
  render: Render,
  issue: IssueRef,
): Rendered<CommandBody[]> {
  if (a.do === 'notifyInterested') {
    const list = render(s, a.list, 'interest list');
    const text = render(s, a.text, 'text');
    if (!list.ok) return list;
    if (!text.ok) return text;
    const people = interestedPeople(s.ctx.registries ?? EMPTY_REGISTRIES, s.ctx.directory, list.value);
    if (people.length === 0) {
      s.note('interest.nobody', `nobody is on the interest list '${list.value}'`);
      return { ok: true, value: [] };
    }
    const body: Segment[] = people.flatMap((p): Segment[] => [
      { type: 'mention', accountId: p.accountId, name: p.displayName },
      { type: 'text', text: ' ' },
    ]);
    body.push({ type: 'text', text: text.value });
    return { ok: true, value: [{ type: 'comment', issue, visibility: 'internal', body }] };
  }
  const partner = render(s, a.partner, 'partner');
  if (!partner.ok) return partner;
  if (partner.value === '') return { ok: false, problems: ['updateRegistry: the partner name is empty'] };
  const service = a.service === undefined ? undefined : render(s, a.service, 'service');
  if (service && !service.ok) return service;
  const serviceName = service?.value ?? '';
  if ((a.change === 'addService' || a.change === 'removeService') && serviceName === '')
    return { ok: false, problems: ['updateRegistry: the service name is empty'] };
  const onCrm = flagValue(s, a.onCrm);
  const change: RegistryChange =
    a.change === 'addService'
      ? { op: 'addService', partner: partner.value, service: serviceName, shared: flagValue(s, a.shared) ?? false }
      : a.change === 'removeService'
        ? { op: 'removeService', partner: partner.value, service: serviceName }
        : a.change === 'removePartner'
          ? { op: 'removePartner', partner: partner.value }
          : { op: 'setPartner', partner: partner.value, ...(onCrm === undefined ? {} : { onCrm }) };
  return { ok: true, value: [{ type: 'updateRegistry', change }] };
}
