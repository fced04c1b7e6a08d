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
