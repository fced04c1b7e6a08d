/**
 * A warm id cache for a second measured onboarding: the `jira-id:*` entries a first onboarding left in KVS, put back
 * after the stack's reset (which clears KVS). The reset site has the same ids (same seed), so this is the app on a
 * site where it onboarded someone before: each entry gets its full TTL again from the moment it is put back.
 * Imported lazily, as the app's own storage is: @forge/kvs must load after the local runtime is installed.
 */
export type KeptIds = { key: string; value: unknown }[];

export async function keptIds(): Promise<KeptIds> {
  const { listByPrefix } = await import('../../src/storage/kv');
  return listByPrefix<unknown>('jira-id:');
}

export async function restoreIds(kept: KeptIds): Promise<void> {
  const { kvs } = await import('@forge/kvs');
  const { JIRA_ID_TTL_HOURS } = await import('../../src/storage/jira-ids');
  for (const { key, value } of kept) {
    const kind = key.split(':')[1] as keyof typeof JIRA_ID_TTL_HOURS;
    await kvs.set(key, value, { ttl: { value: JIRA_ID_TTL_HOURS[kind], unit: 'HOURS' } });
  }
}
