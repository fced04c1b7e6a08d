/** Dependency-graph and regex safety checks used by validation. */

/** A dependency cycle as step ids (first repeated at the end), or undefined. Unknown ids are ignored here. */
export function findCycle(steps: readonly { id: string; dependsOn: readonly string[] }[]): string[] | undefined {
  const deps = new Map(steps.map((s) => [s.id, s.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const st = state.get(id);
    if (st === 'done') return undefined;
    if (st === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const d of deps.get(id) ?? []) {
      if (d === id || !deps.has(d)) continue;
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const s of steps) {
    const found = visit(s.id);
    if (found) return found;
  }
  return undefined;
}

// A quantified group that itself contains a quantifier, e.g. (a+)+ or (\w*)*: the classic catastrophic backtracking.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,)/;

// A repeated group of alternatives, e.g. (a|aa)+: overlapping alternatives backtrack exponentially too.
const REPEATED_ALTERNATION = /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,)/;

export function safeRegexProblem(source: string): { code: string; message: string } | undefined {
  try {
    new RegExp(source, 'u');
  } catch (e) {
    return {
      code: 'bad_regex',
      message: `the pattern is not a valid regular expression (${(e as Error).message}): fix it, or use 'contains'`,
    };
  }
  if (NESTED_QUANTIFIER.test(source) || REPEATED_ALTERNATION.test(source) || /\\[1-9]/.test(source)) {
    return {
      code: 'unsafe_regex',
      message:
        "the pattern nests repetitions or uses back-references, which can hang on long subjects: simplify it or use 'contains'",
    };
  }
  return undefined;
}

/** Compiles a summary pattern validated by safeRegexProblem. */
export function compileSummaryRegex(source: string, ignoreCase: boolean): RegExp | undefined {
  if (safeRegexProblem(source)) return undefined;
  return new RegExp(source, ignoreCase ? 'iu' : 'u');
}

/** Every step `id` depends on, directly or through others. */
export function ancestors(steps: readonly { id: string; dependsOn: readonly string[] }[], id: string): Set<string> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const todo = [...(byId.get(id)?.dependsOn ?? [])];
  for (let d = todo.pop(); d !== undefined; d = todo.pop()) {
    if (seen.has(d)) continue;
    seen.add(d);
    todo.push(...(byId.get(d)?.dependsOn ?? []));
  }
  return seen;
}
