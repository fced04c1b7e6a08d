// GET / on the local site: a newcomer's first page (tickets with their run, an email form, the clock, the logs).
// It talks to the site only through its public HTTP surface, as any other client would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtraHttpHandler } from '../site/server';

const page = readFileSync(join(__dirname, 'home.html'));

export const homePage: ExtraHttpHandler = (req, res) => {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  if (req.method !== 'GET' || (path !== '/' && path !== '/index.html')) return Promise.resolve(false);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
  return Promise.resolve(true);
};
