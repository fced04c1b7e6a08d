import { z } from 'zod';
import type { JiraCall, JiraClient } from '../core/client';

/** JSM's PagedDTO: start/limit/isLastPage/values. */
export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    values: z.array(item).default([]),
    isLastPage: z.boolean().default(true),
    size: z.number().optional(),
    start: z.number().optional(),
  });
}

/**
 * Walks a JSM paged collection from start=0 until isLastPage, `stop` matching an item, or `maxPages`.
 * JSM has no name filter on some collections (organizations), so finding by name means walking pages.
 */
export async function collectPages<T extends z.ZodType>(
  callFor: (start: number) => Pick<JiraCall<unknown>, 'operation' | 'method' | 'route' | 'safety'>,
  item: T,
  jira: JiraClient,
  stop?: (value: z.infer<T>) => boolean,
  maxPages = 100,
): Promise<z.infer<T>[]> {
  const schema = pagedSchema(item);
  const all: z.infer<T>[] = [];
  let start = 0;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await jira.call<z.infer<typeof schema>>({ ...callFor(start), schema });
    const values = result.values as z.infer<T>[];
    all.push(...values);
    if (result.isLastPage || values.length === 0 || (stop && values.some(stop))) break;
    start += values.length;
  }
  return all;
}
