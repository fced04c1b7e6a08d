// Jira's system fields the local site answers, by the names (and aliases) JQL knows them by.
import { storedDateMillis } from './dates';
import { chooser, choice, EQ, EQ_EMPTY, lower, ORDERED, present, REL, TEXT, user, type FieldDef } from './fieldkit';
import type { JqlIssue, JqlSchema } from './types';

const CATEGORIES: Record<string, string> = {
  'to do': 'new',
  new: 'new',
  '2': 'new',
  'in progress': 'indeterminate',
  indeterminate: 'indeterminate',
  '4': 'indeterminate',
  done: 'done',
  '3': 'done',
  'no category': 'undefined',
  undefined: 'undefined',
  '1': 'undefined',
};

export function systemField(name: string, schema: JqlSchema): FieldDef | null {
  const k = schema.knownValues;
  const zone = schema.timeZone;
  const date = (id: string, get: (i: JqlIssue) => string | null): FieldDef => ({
    id,
    name,
    kind: 'datetime',
    operators: ORDERED,
    emptyOk: true,
    values: (i) => present(storedDateMillis(get(i), zone)),
    sort: 'value',
  });
  switch (lower(name)) {
    case 'project':
      return {
        id: 'project',
        name,
        kind: 'choice',
        operators: EQ_EMPTY,
        emptyOk: false,
        values: (i) => [lower(i.projectKey)],
        resolve: chooser(name, k.projects, k.projectNames ?? {}, k.projectIds),
        sort: 'string',
      };
    case 'status':
      return choice('status', name, EQ_EMPTY, false, (i) => [i.status], chooser(name, k.statuses, {}, k.statusIds));
    case 'statuscategory':
      return choice('statusCategory', name, EQ, false, (i) => [i.statusCategory], chooser(name, [], CATEGORIES));
    case 'issuetype':
    case 'type':
      return choice(
        'issuetype',
        name,
        EQ_EMPTY,
        false,
        (i) => [i.issueType],
        chooser(name, k.issueTypes, {}, k.issueTypeIds),
      );
    case 'resolution': {
      const known = k.resolutions;
      const resolve = (text: string, isNumber: boolean) =>
        lower(text) === 'unresolved'
          ? []
          : known
            ? chooser(name, known, {}, k.resolutionIds)(text, isNumber)
            : [lower(text)];
      return choice('resolution', name, EQ_EMPTY, true, (i) => present(i.resolution), resolve);
    }
    case 'key':
    case 'issuekey':
    case 'issue':
    case 'id':
      return {
        id: 'key',
        name,
        kind: 'key',
        operators: [...EQ, ...REL],
        emptyOk: false,
        values: (i) => [i.key.toUpperCase(), `#${i.id}`],
        sort: 'key',
      };
    case 'summary':
      return {
        id: 'summary',
        name,
        kind: 'text',
        operators: TEXT,
        emptyOk: true,
        values: (i) => present(i.summary),
        sort: 'string',
      };
    case 'description':
      return {
        id: 'description',
        name,
        kind: 'text',
        operators: TEXT,
        emptyOk: true,
        values: (i) => present(i.description),
      };
    case 'comment':
      return {
        id: 'comment',
        name,
        kind: 'text',
        operators: ['~', '!~'],
        emptyOk: false,
        // Each comment is searched on its own, as Jira indexes comments one by one.
        values: (i) => (i.comments ?? []).filter((c) => c !== ''),
      };
    case 'text':
      return { id: 'text', name, kind: 'text', operators: ['~'], emptyOk: false, values: (i) => allText(i, schema) };
    case 'created':
    case 'createddate':
      return date('created', (i) => i.created);
    case 'updated':
    case 'updateddate':
      return date('updated', (i) => i.updated);
    case 'resolutiondate':
    case 'resolved':
      return date('resolutiondate', (i) => i.resolutiondate);
    case 'duedate':
    case 'due':
      return date('duedate', (i) => i.duedate);
    case 'assignee':
      return user('assignee', name, (i) => present(i.assignee));
    case 'reporter':
      return user('reporter', name, (i) => present(i.reporter));
    case 'watcher':
      return user('watcher', name, (i) => i.watchers);
    case 'watchers':
      return {
        id: 'watchers',
        name,
        kind: 'number',
        operators: [...EQ, ...REL],
        emptyOk: false,
        values: (i) => [i.watchers.length],
        sort: 'value',
      };
    case 'labels':
      // Labels are stored as typed but searched case-insensitively.
      return choice(
        'labels',
        name,
        EQ_EMPTY,
        true,
        (i) => i.labels,
        (text) => [lower(text)],
      );
    default:
      return null;
  }
}

function allText(issue: JqlIssue, schema: JqlSchema): string[] {
  const texts = [issue.summary, issue.description ?? '', ...(issue.comments ?? [])];
  for (const f of Object.values(schema.fieldsByName)) {
    if (f.type !== 'string' && f.type !== 'text') continue;
    const v = issue.fields[f.id];
    if (typeof v === 'string') texts.push(v);
  }
  return texts.filter((t) => t !== '');
}
