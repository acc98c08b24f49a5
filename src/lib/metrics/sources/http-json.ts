/**
 * Any JSON endpoint, for the tool nobody planned for: one number read with a JSON
 * Pointer (RFC 6901), as of the day it is read.
 */
import type { HttpJsonSource } from '../../../schemas/metric-sources.ts';
import { describeValue } from './answer.ts';
import { SourceError } from './errors.ts';
import { bearer } from './secrets.ts';
import type { Fetched, SourceContext } from './types.ts';

/** The value at `pointer` in `document`, or undefined when the path does not exist. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(key)) node = node[Number(key)];
    else if (node && typeof node === 'object' && Object.hasOwn(node, key)) node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}

export async function fetchHttpJson(source: HttpJsonSource, context: SourceContext): Promise<Fetched> {
  const { body } = await context.http.getJson(source.url, { credentials: bearer(context.secrets.token), credentialField: 'token' });
  const found = resolvePointer(body, source.pointer);
  // Some APIs send counts as strings ("4210"); a plain decimal is still a number.
  const value = typeof found === 'string' && /^-?\d+(\.\d+)?$/.test(found) ? Number(found) : found;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SourceError(
      // What is there is described, never quoted: the answer may hold anything.
      found === undefined ? `nothing at ${source.pointer} in the answer (${describeValue(body)})` : `${source.pointer} is ${describeValue(found)}, not a number`,
      'point pointer: at a number in the answer: open the URL in a browser and follow the keys, like /stats/total',
    );
  }
  return { kind: 'snapshot', observations: [{ date: context.today, value }] };
}
