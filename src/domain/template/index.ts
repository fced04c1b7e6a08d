/**
 * Playbook texts are Liquid templates (liquidjs): logic-less enough for admins, and never evaluated as code.
 * File tags (include/render/layout) are refused: a playbook's text may only use the variables it declares.
 */
import { Liquid } from 'liquidjs';
import type { Template } from 'liquidjs';

const liquid = new Liquid({ strictFilters: true, ownPropertyOnly: true, jsTruthy: false });
const FILE_TAG = /\{%-?\s*(include|render|layout)\b/;
// Parsed templates are cached by source: playbooks reuse a handful of texts across thousands of decisions.
const cache = new Map<string, Template[]>();
const CACHE_LIMIT = 500;

export type TemplateResult<T> = { ok: true; value: T } | { ok: false; message: string };

function parse(source: string): TemplateResult<Template[]> {
  const hit = cache.get(source);
  if (hit) return { ok: true, value: hit };
  if (FILE_TAG.test(source)) {
    return {
      ok: false,
      message: 'templates cannot include other files (include/render/layout): write the text inline',
    };
  }
  try {
    const parsed = liquid.parse(source);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(source, parsed);
    return { ok: true, value: parsed };
  } catch (e) {
    return { ok: false, message: `the template does not parse: ${(e as Error).message}` };
  }
}

/** The root names a template reads (`{{ issue.key }}` -> `issue`), for checking them against what is declared. */
export function templateVariables(source: string): TemplateResult<string[]> {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: liquid.globalVariablesSync(parsed.value) };
  } catch (e) {
    return { ok: false, message: `the template cannot be analysed: ${(e as Error).message}` };
  }
}

/** Every variable a template reads as its path segments (`{{ roles.approver.name }}` -> roles, approver, name). */
export function templateVariablePaths(source: string): TemplateResult<string[][]> {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  try {
    const segments = liquid.globalVariableSegmentsSync(parsed.value);
    return {
      ok: true,
      value: segments.map((seg) =>
        seg.map((part) => (typeof part === 'string' || typeof part === 'number' ? String(part) : '?')),
      ),
    };
  } catch (e) {
    return { ok: false, message: `the template cannot be analysed: ${(e as Error).message}` };
  }
}

/** Renders to plain text; a missing variable renders empty (validation already refused undeclared ones). */
export function renderTemplate(source: string, scope: Record<string, unknown>): TemplateResult<string> {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: String(liquid.renderSync(parsed.value, scope)) };
  } catch (e) {
    return { ok: false, message: `the template cannot be rendered: ${(e as Error).message}` };
  }
}
