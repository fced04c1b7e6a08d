// One local stack (site + Forge runtime + app) per test file, driven only through its HTTP surface.
import { createLocalStack, type LocalStack } from '../../local/app';
import { ManualClock } from '../../local/site/clock';

export const START = new Date('2026-03-02T09:00:00.000Z');

export const PEOPLE = {
  agent: 'priya@goeverbright.com',
  admin: 'admin@goeverbright.com',
  david: 'david.ellis@goeverbright.com',
  rachel: 'rachel.green@goeverbright.com',
  chris: 'chris@goeverbright.com',
  bob: 'bob@sunpower-installers.example',
} as const;

export interface Reply {
  status: number;
  body: unknown;
}

export interface E2E {
  stack: LocalStack;
  url: string;
  call(method: string, path: string, options?: { as?: string; body?: unknown }): Promise<Reply>;
  /** A REST call that must succeed: returns the JSON body. */
  get<T = Record<string, unknown>>(path: string, as?: string): Promise<T>;
  control(path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function startStack(
  options: { duplicateRate?: number; seed?: number; parallel?: boolean } = {},
): Promise<E2E> {
  const stack = await createLocalStack({ clock: new ManualClock(START), responseCheck: 'throw', ...options });
  const server = await stack.listen(0);
  const call = async (method: string, path: string, o: { as?: string; body?: unknown } = {}): Promise<Reply> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (o.as) headers.authorization = `Basic ${Buffer.from(`${o.as}:local-token`).toString('base64')}`;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(server.url + path, {
      method,
      headers,
      ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    stack,
    url: server.url,
    call,
    async get<T>(path: string, as: string = PEOPLE.agent): Promise<T> {
      const r = await call('GET', path, { as });
      if (r.status !== 200) throw new Error(`GET ${path} as ${as}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body as T;
    },
    async control(path: string, body: unknown = {}) {
      const r = await call('POST', path, { body });
      if (r.status !== 200) throw new Error(`POST ${path}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    },
    async close() {
      await server.close();
      stack.stop();
    },
  };
}

/** Plain text of an ADF document, mentions as @Name. */
export function adfText(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const n = node as { type?: string; text?: string; attrs?: { text?: string }; content?: unknown[] };
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'mention') return n.attrs?.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  const inner = (n.content ?? []).map(adfText).join('');
  return n.type === 'paragraph' ? `${inner}\n` : inner;
}

/** Account ids mentioned in an ADF document. */
export function mentions(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const n = node as { type?: string; attrs?: { id?: string }; content?: unknown[] };
  if (n.type === 'mention' && n.attrs?.id) return [n.attrs.id];
  return (n.content ?? []).flatMap(mentions);
}
