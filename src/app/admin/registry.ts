/**
 * S2's registry on the admin page: rows of (partner, service, shared) and the interest lists. The store keeps
 * partners with their services (src/domain/engine/registries.ts); a partner's other settings survive a save.
 */
import type { AdminOutput, RegistryEntry, RegistryView } from '../../shared/admin-contracts';
import { loadRegistries, saveRegistries } from '../../storage/registries';
import { AdminFailure } from './errors';

interface StoredPartner {
  name: string;
  onCrm?: boolean | undefined;
  services: { name: string; shared: boolean }[];
}
export interface StoredRegistries {
  partners: Record<string, StoredPartner>;
  interests: Record<string, string[]>;
}

const keyOf = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function registryRows(reg: StoredRegistries): RegistryView {
  const services = Object.values(reg.partners)
    .flatMap((p) => p.services.map((s) => ({ partner: p.name, service: s.name, shared: s.shared })))
    .sort((a, b) => a.partner.localeCompare(b.partner) || a.service.localeCompare(b.service));
  return { services, interests: reg.interests };
}

/** The store after a save: partners rebuilt from the rows, each keeping its other settings; no duplicate rows. */
export function fromRows(
  before: StoredRegistries,
  rows: readonly RegistryEntry[],
  interests: Record<string, string[]> | undefined,
): StoredRegistries {
  const partners: Record<string, StoredPartner> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row.partner);
    const rowKey = `${key}\u0000${keyOf(row.service)}`;
    if (seen.has(rowKey))
      throw new AdminFailure('INVALID_REQUEST', `${row.partner} lists the service ${row.service} twice`);
    seen.add(rowKey);
    const old = Object.hasOwn(before.partners, key) ? before.partners[key] : undefined;
    const partner = (partners[key] ??= {
      name: row.partner.trim(),
      ...(old?.onCrm === undefined ? {} : { onCrm: old.onCrm }),
      services: [],
    });
    partner.services.push({ name: row.service.trim(), shared: row.shared });
  }
  // A partner without services keeps its record (the rows cannot show it): only its services are rows.
  for (const [key, p] of Object.entries(before.partners))
    if (!Object.hasOwn(partners, key) && p.services.length === 0) partners[key] = p;
  return { partners, interests: interests ?? before.interests };
}

export async function getRegistry(): Promise<AdminOutput<'getRegistry'>> {
  return registryRows(await loadRegistries());
}

export async function saveRegistry(
  services: readonly RegistryEntry[],
  interests?: Record<string, string[]>,
): Promise<AdminOutput<'saveRegistry'>> {
  await saveRegistries(fromRows(await loadRegistries(), services, interests));
  return { saved: true };
}
