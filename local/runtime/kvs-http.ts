// The KVS service as @forge/kvs 1.6 calls it: POST /api/v1/<op> with a JSON body, answers JSON or an
// error body { code, message } (the package turns it into ForgeKvsAPIError with that code).
import type { ServiceHandler } from './forge-fetch';
import { KvsError } from './kvs-limits';
import {
  entityNamespace,
  type KeyCondition,
  type KvsStore,
  type Namespace,
  type SetOptions,
  type Stored,
} from './kvs-store';

interface Body {
  key?: unknown;
  value?: unknown;
  entityName?: unknown;
  options?: SetOptions & { metadataFields?: string[] };
  limit?: unknown;
  after?: unknown;
  where?: KeyCondition[];
  conditions?: unknown;
}
type Item = Body;
interface Transaction {
  set?: Item[];
  delete?: Item[];
  check?: Item[];
}

const json = (body: unknown, status = 200): Response => Response.json(body, { status });
const empty = (): Response => new Response(null, { status: 204 });

function result(key: string, entry: Stored): Record<string, unknown> {
  return { key, ...entry };
}

function notFound(key: unknown): KvsError {
  return new KvsError(404, 'KEY_NOT_FOUND', `Provided key does not exist: ${String(key)}`);
}

function itemNamespace(item: Item): Namespace {
  return item.entityName === undefined ? 'kv' : entityNamespace(item.entityName);
}

function noConditions(item: Item): void {
  if (item.conditions !== undefined) {
    throw new KvsError(400, 'BAD_REQUEST', 'entity conditions in transactions are not supported locally');
  }
}

function batch(items: Item[], each: (item: Item) => Record<string, unknown> | undefined): Response {
  const successfulKeys: Record<string, unknown>[] = [];
  const failedKeys: Record<string, unknown>[] = [];
  for (const item of items) {
    const named = { key: item.key, ...(item.entityName === undefined ? {} : { entityName: item.entityName }) };
    try {
      const extra = each(item);
      successfulKeys.push({ ...named, ...extra });
    } catch (e) {
      if (!(e instanceof KvsError)) throw e;
      failedKeys.push({ ...named, error: { code: e.code, message: e.message } });
    }
  }
  return json({ successfulKeys, failedKeys });
}

function route(store: KvsStore, op: string, body: Body & Transaction & Item[]): Response {
  const ns: Namespace = op.startsWith('secret/')
    ? 'secret'
    : op.startsWith('entity/')
      ? entityNamespace(body.entityName)
      : 'kv';
  const verb = op.replace(/^(secret|entity)\//, '');
  switch (verb) {
    case 'get': {
      const entry = store.get(ns, body.key);
      if (!entry) throw notFound(body.key);
      return json(result(String(body.key), entry));
    }
    case 'set': {
      const entry = store.set(ns, body.key, body.value, body.options);
      return body.options?.returnValue && entry ? json(result(String(body.key), entry)) : empty();
    }
    case 'delete':
      store.delete(ns, body.key);
      return empty();
  }
  switch (op) {
    case 'query': {
      const { data, cursor } = store.query('kv', body.where, body.limit, body.after);
      const wanted = new Set(body.options?.metadataFields ?? []);
      const rows = data.map(({ key, entry }) => ({
        key,
        value: entry.value,
        ...(wanted.has('CREATED_AT') ? { createdAt: entry.createdAt } : {}),
        ...(wanted.has('UPDATED_AT') ? { updatedAt: entry.updatedAt } : {}),
        ...(wanted.has('EXPIRE_TIME') && entry.expireTime ? { expireTime: entry.expireTime } : {}),
      }));
      return json({ data: rows, ...(cursor ? { cursor } : {}) });
    }
    case 'batch/set':
      return batch(body, (item) => (store.set(itemNamespace(item), item.key, item.value, item.options), undefined));
    case 'batch/delete':
      return batch(body, (item) => (store.delete(itemNamespace(item), item.key), undefined));
    case 'batch/get':
      return batch(body, (item) => {
        const entry = store.get(itemNamespace(item), item.key);
        if (!entry) throw notFound(item.key);
        return { ...entry };
      });
    case 'transaction':
      return transact(store, body);
  }
  throw new KvsError(400, 'BAD_REQUEST', `not supported by the local KVS: /api/v1/${op}`);
}

/** All or nothing: every operation is validated against a copy before any is applied. */
function transact(store: KvsStore, tx: Transaction): Response {
  const all = [...(tx.set ?? []), ...(tx.delete ?? []), ...(tx.check ?? [])];
  all.forEach(noConditions);
  for (const item of tx.check ?? []) if (!store.get(itemNamespace(item), item.key)) throw notFound(item.key);
  const snapshot = store.snapshot();
  try {
    for (const item of tx.set ?? []) store.set(itemNamespace(item), item.key, item.value, item.options);
    for (const item of tx.delete ?? []) store.delete(itemNamespace(item), item.key);
  } catch (e) {
    store.restore(snapshot);
    throw e;
  }
  return empty();
}

export function kvsHandler(store: KvsStore): ServiceHandler {
  return async (request) => {
    const op = new URL(request.url).pathname.replace(/^\/api\/v1\//, '');
    try {
      const body = (await request.json()) as Body & Transaction & Item[];
      return route(store, op, body);
    } catch (e) {
      if (e instanceof KvsError) return json({ code: e.code, message: e.message }, e.status);
      if (e instanceof SyntaxError)
        return json({ code: 'BAD_REQUEST', message: 'Provided request body is invalid' }, 400);
      throw e;
    }
  };
}
