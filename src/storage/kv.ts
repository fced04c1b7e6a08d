/** The few KVS calls storage needs, behind @forge/kvs. Keys: see docs/RELIABILITY.md (storage layout). */
import { kvs, WhereConditions } from '@forge/kvs';

export async function getValue<T>(key: string): Promise<T | undefined> {
  return kvs.get<T>(key);
}

export async function setValue<T>(key: string, value: T): Promise<void> {
  await kvs.set(key, value);
}

export async function deleteValue(key: string): Promise<void> {
  await kvs.delete(key);
}

/** Every key/value whose key begins with `prefix`, walking KVS's cursor (20 per page, the local limit). */
export async function listByPrefix<T>(prefix: string): Promise<{ key: string; value: T }[]> {
  const out: { key: string; value: T }[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 500; page += 1) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(20);
    if (cursor !== undefined) query = query.cursor(cursor);
    const result = await query.getMany<T>();
    out.push(...result.results.map((r) => ({ key: r.key, value: r.value })));
    cursor = result.nextCursor;
    if (cursor === undefined) break;
  }
  return out;
}

export async function getSecret(key: string): Promise<string | undefined> {
  return kvs.getSecret<string>(key);
}

export async function setSecret(key: string, value: string): Promise<void> {
  await kvs.setSecret(key, value);
}

export async function deleteSecret(key: string): Promise<void> {
  await kvs.deleteSecret(key);
}

/**
 * Takes the lock at `key` for `owner` (one invocation): an atomic create (`FAIL_IF_EXISTS`) with a TTL, so a crashed
 * holder frees it. False when another invocation holds it (whatever code KVS gives a taken key: the lock's own value
 * tells who holds it).
 */
export async function tryLock(key: string, owner: string, ttlSeconds: number): Promise<boolean> {
  try {
    await kvs.set(key, { owner }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } });
    return true;
  } catch {
    // Taken (by whoever still holds it, or held a moment ago), unless the write went through and only its answer
    // was lost. A KVS that cannot even be read fails here as it is.
    return (await getValue<{ owner?: string }>(key))?.owner === owner;
  }
}

/** Frees the lock at `key` if `owner` still holds it (after its TTL another invocation may have taken it). */
export async function unlock(key: string, owner: string): Promise<void> {
  if ((await getValue<{ owner?: string }>(key))?.owner === owner) await deleteValue(key);
}
