// Forge KVS limits and error codes, as documented (checked 2026-11):
//   https://developer.atlassian.com/platform/forge/limits-kvs-ce  (key 500 chars, key regex, value 240 KiB, depth 31)
//   https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs  (KEY_TOO_SHORT,
//     KEY_TOO_LONG, INVALID_KEY, MAX_SIZE, MAX_DEPTH; error body { code, message })
//   https://developer.atlassian.com/platform/forge/js-api-reference/storage-api-query  (query limit: max 20)
// KEY_NOT_FOUND (404) is what @forge/kvs 1.6 itself expects for a missing key (storage-api.js handleKeyNotFound).
// Where the docs name no code (FAIL_IF_EXISTS conflict, bad limit) the code is ours and says so in the message.

export const MAX_KEY_LENGTH = 500;
// The `\s-#` is literal (no `u` flag), as in Forge's documented regex.
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_DEPTH = 31;
export const MAX_QUERY_LIMIT = 20;
/** Not documented; a query without limit gets this many. */
export const DEFAULT_QUERY_LIMIT = 10;
export const MIN_ENTITY_NAME = 3;
export const MAX_ENTITY_NAME = 60;

export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0) throw new KvsError(400, 'KEY_TOO_SHORT', 'Key cannot be empty');
  if (key.length > MAX_KEY_LENGTH) {
    throw new KvsError(400, 'KEY_TOO_LONG', `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new KvsError(400, 'INVALID_KEY', `The provided key does not match the regex: ${String(KEY_PATTERN)}`);
  }
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Object.values(value as Record<string, unknown>);
  return 1 + children.reduce<number>((max, child) => Math.max(max, depthOf(child)), 0);
}

export function checkValue(value: unknown): unknown {
  if (value === undefined) throw new KvsError(400, 'BAD_REQUEST', 'Provided request body is invalid: no value');
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_VALUE_BYTES) {
    throw new KvsError(400, 'MAX_SIZE', 'The provided value has exceeded the maximum size limit.');
  }
  if (depthOf(value) > MAX_DEPTH) {
    throw new KvsError(400, 'MAX_DEPTH', `The provided value has exceeded the maximum object depth (${MAX_DEPTH}).`);
  }
  return value;
}

export function checkEntityName(name: unknown): string {
  if (typeof name !== 'string' || name.length < MIN_ENTITY_NAME) {
    throw new KvsError(400, 'ENTITY_TYPE_TOO_SHORT', `Entity name needs at least ${MIN_ENTITY_NAME} characters.`);
  }
  if (name.length > MAX_ENTITY_NAME) {
    throw new KvsError(400, 'ENTITY_TYPE_TOO_LARGE', `Entity name exceeds ${MAX_ENTITY_NAME} characters.`);
  }
  return name;
}

export function checkLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return DEFAULT_QUERY_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) {
    throw new KvsError(400, 'BAD_REQUEST', `query limit must be 1..${MAX_QUERY_LIMIT} (local check, documented max)`);
  }
  return limit;
}
