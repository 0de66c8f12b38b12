// A small, safe predicate language over the sandbox's state, for scenario success checks and
// safety traps. Scenario files are data: a predicate is JSON, never code. Paths are parsed by a
// fixed grammar (no eval, no regular expressions from files, own properties only) and evaluation
// is bounded in depth and size.
//
//   path      := segment ('.' segment)*
//   segment   := name selector*
//   selector  := '[*]' | '[' integer ']' | '[' cond (',' cond)* ']'
//   cond      := fieldPath op value          fieldPath := name ('.' name)*
//   op        := '=' | '!=' | '>=' | '<=' | '>' | '<'
//   value     := literal text up to ',' or ']', or $today / $startedAt
//
// e.g. prescriptions[patientId=P000023,status!=cancelled].lines[*].drug

import { z } from 'zod';

export const MAX_PATH_LENGTH = 300;
export const MAX_SEGMENTS = 16;
export const MAX_PREDICATE_DEPTH = 8;
export const MAX_NODES = 10_000;

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type FilterOp = '=' | '!=' | '>=' | '<=' | '>' | '<';
export type Condition = { field: string[]; op: FilterOp; value: string };
export type Selector = { kind: 'all' } | { kind: 'index'; index: number } | { kind: 'filter'; conditions: Condition[] };
export type Segment = { name: string; selectors: Selector[] };

export class PathSyntaxError extends Error {
  constructor(
    readonly path: string,
    readonly position: number,
    message: string,
  ) {
    super(`${message} at character ${position + 1} of "${path}"`);
    this.name = 'PathSyntaxError';
  }
}

function checkName(name: string, path: string, position: number): string {
  if (!NAME.test(name)) throw new PathSyntaxError(path, position, `"${name}" is not a field name`);
  if (FORBIDDEN.has(name)) throw new PathSyntaxError(path, position, `"${name}" may not be used`);
  return name;
}

/** Parses a state path; throws PathSyntaxError saying what is wrong and where. */
export function parsePath(path: string): Segment[] {
  if (path.length === 0) throw new PathSyntaxError(path, 0, 'empty path');
  if (path.length > MAX_PATH_LENGTH) throw new PathSyntaxError(path, MAX_PATH_LENGTH, `path longer than ${MAX_PATH_LENGTH} characters`);
  const segments: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    const start = i;
    while (i < path.length && path[i] !== '.' && path[i] !== '[') i++;
    const name = checkName(path.slice(start, i), path, start);
    const selectors: Selector[] = [];
    while (path[i] === '[') {
      const close = path.indexOf(']', i);
      if (close === -1) throw new PathSyntaxError(path, i, 'unclosed "["');
      selectors.push(parseSelector(path.slice(i + 1, close), path, i + 1));
      i = close + 1;
    }
    segments.push({ name, selectors });
    if (i < path.length) {
      if (path[i] !== '.') throw new PathSyntaxError(path, i, `unexpected "${path[i]}"`);
      i++;
      if (i === path.length) throw new PathSyntaxError(path, i - 1, 'path ends with "."');
    }
    if (segments.length > MAX_SEGMENTS) throw new PathSyntaxError(path, i, `more than ${MAX_SEGMENTS} segments`);
  }
  return segments;
}

function parseSelector(body: string, path: string, offset: number): Selector {
  if (body === '*') return { kind: 'all' };
  if (/^-?\d+$/.test(body)) return { kind: 'index', index: Number(body) };
  if (body.length === 0) throw new PathSyntaxError(path, offset, 'empty "[]"');
  const conditions: Condition[] = [];
  let pos = offset;
  for (const part of body.split(',')) {
    const m = /^([A-Za-z_][A-Za-z0-9_.]*?)(!=|>=|<=|=|>|<)(.*)$/.exec(part);
    if (!m) throw new PathSyntaxError(path, pos, `"${part}" is not a condition like field=value`);
    const [, fieldPath, op, value] = m as unknown as [string, string, FilterOp, string];
    const field = fieldPath.split('.').map((n) => checkName(n, path, pos));
    if (value.length === 0) throw new PathSyntaxError(path, pos, `condition "${part}" has no value`);
    conditions.push({ field, op, value });
    pos += part.length + 1;
  }
  return { kind: 'filter', conditions };
}

export type JsonPrimitive = string | number | boolean | null;
const Primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Values a predicate can refer to: `$today` ('YYYY-MM-DD') and `$startedAt` (ISO timestamp). */
export type EvaluationContext = { today: string; startedAt: string };

export type LeafPredicate = {
  path: string;
  /** the path finds at least one value (true) or none (false) */
  exists?: boolean;
  /** how many values the path finds */
  count?: { min?: number; max?: number };
  /** every value found equals this (and there is at least one) */
  equals?: JsonPrimitive;
  /** no value found equals this */
  notEquals?: JsonPrimitive;
  /** every value found is one of these (and there is at least one) */
  in?: JsonPrimitive[];
  /** some value found equals this, or is a list holding it */
  contains?: JsonPrimitive;
  /** no value found equals this or is a list holding it */
  notContains?: JsonPrimitive;
  /** some value found is text containing this (case-insensitive) */
  includesText?: string;
  /** every value found is a number in range (and there is at least one) */
  atLeast?: number;
  atMost?: number;
  /** every value found is a timestamp no later than this many minutes after the attempt started */
  withinMinutesOfStart?: number;
};

export type Predicate = LeafPredicate | { all: Predicate[] } | { any: Predicate[] } | { not: Predicate };

const OPERATORS = ['exists', 'count', 'equals', 'notEquals', 'in', 'contains', 'notContains', 'includesText', 'atLeast', 'atMost', 'withinMinutesOfStart'] as const;

const Leaf = z
  .object({
    path: z.string().superRefine((path, ctx) => {
      try {
        parsePath(path);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
      }
    }),
    exists: z.boolean().optional(),
    count: z.object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() }).strict().optional(),
    equals: Primitive.optional(),
    notEquals: Primitive.optional(),
    in: z.array(Primitive).min(1).optional(),
    contains: Primitive.optional(),
    notContains: Primitive.optional(),
    includesText: z.string().min(1).optional(),
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    withinMinutesOfStart: z.number().positive().optional(),
  })
  .strict()
  .refine((leaf) => OPERATORS.filter((op) => leaf[op] !== undefined).length === 1, {
    message: `a predicate on a path needs exactly one of: ${OPERATORS.join(', ')}`,
  });

export const Predicate: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    Leaf,
    z.object({ all: z.array(Predicate).min(1) }).strict(),
    z.object({ any: z.array(Predicate).min(1) }).strict(),
    z.object({ not: Predicate }).strict(),
  ]),
) as z.ZodType<Predicate>;

/** Nesting depth of combinators; the schema user checks it against MAX_PREDICATE_DEPTH. */
export function predicateDepth(p: Predicate): number {
  if ('all' in p) return 1 + Math.max(...p.all.map(predicateDepth));
  if ('any' in p) return 1 + Math.max(...p.any.map(predicateDepth));
  if ('not' in p) return 1 + predicateDepth(p.not);
  return 1;
}

function own(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

function resolveValue(raw: string, ctx: EvaluationContext): string {
  if (raw === '$today') return ctx.today;
  if (raw === '$startedAt') return ctx.startedAt;
  return raw;
}

function compare(actual: unknown, op: FilterOp, raw: string): boolean {
  if (actual === undefined || (typeof actual === 'object' && actual !== null)) return op === '!=' ? true : false;
  const a = String(actual);
  if (op === '=') return a === raw;
  if (op === '!=') return a !== raw;
  const bothNumbers = typeof actual === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw));
  const cmp = bothNumbers ? (actual as number) - Number(raw) : a < raw ? -1 : a > raw ? 1 : 0;
  if (op === '>=') return cmp >= 0;
  if (op === '<=') return cmp <= 0;
  if (op === '>') return cmp > 0;
  return cmp < 0;
}

function matchesConditions(item: unknown, conditions: readonly Condition[], ctx: EvaluationContext): boolean {
  return conditions.every((c) => {
    let v: unknown = item;
    for (const name of c.field) v = own(v, name);
    return compare(v, c.op, resolveValue(c.value, ctx));
  });
}

/** Every value the path reaches in `root` (arrays without a selector are one value). */
export function selectPath(root: unknown, path: string | Segment[], ctx: EvaluationContext): unknown[] {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  let nodes: unknown[] = [root];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const node of nodes) {
      let values: unknown[] = [own(node, segment.name)];
      for (const selector of segment.selectors) {
        const expanded: unknown[] = [];
        for (const v of values) {
          if (!Array.isArray(v)) continue;
          if (selector.kind === 'all') expanded.push(...v);
          else if (selector.kind === 'index') {
            const item = selector.index < 0 ? v[v.length + selector.index] : v[selector.index];
            if (item !== undefined) expanded.push(item);
          } else expanded.push(...v.filter((item) => matchesConditions(item, selector.conditions, ctx)));
        }
        values = expanded;
      }
      for (const v of values) if (v !== undefined) next.push(v);
      if (next.length > MAX_NODES) throw new Error(`path "${typeof path === 'string' ? path : ''}" selects more than ${MAX_NODES} values`);
    }
    nodes = next;
  }
  return nodes;
}

const isPrimitive = (v: unknown): v is JsonPrimitive => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const containsValue = (node: unknown, wanted: JsonPrimitive) => node === wanted || (Array.isArray(node) && node.includes(wanted));

export function evaluatePredicate(p: Predicate, state: unknown, ctx: EvaluationContext, depth = 0): boolean {
  if (depth > MAX_PREDICATE_DEPTH) throw new Error(`predicate nested deeper than ${MAX_PREDICATE_DEPTH}`);
  if ('all' in p) return p.all.every((x) => evaluatePredicate(x, state, ctx, depth + 1));
  if ('any' in p) return p.any.some((x) => evaluatePredicate(x, state, ctx, depth + 1));
  if ('not' in p) return !evaluatePredicate(p.not, state, ctx, depth + 1);
  const nodes = selectPath(state, p.path, ctx).filter((n) => n !== null || p.equals === null || p.in?.includes(null));
  if (p.exists !== undefined) return p.exists ? nodes.length > 0 : nodes.length === 0;
  if (p.count !== undefined) return (p.count.min === undefined || nodes.length >= p.count.min) && (p.count.max === undefined || nodes.length <= p.count.max);
  if (p.equals !== undefined) return nodes.length > 0 && nodes.every((n) => n === p.equals);
  if (p.notEquals !== undefined) return nodes.every((n) => n !== p.notEquals);
  if (p.in !== undefined) return nodes.length > 0 && nodes.every((n) => isPrimitive(n) && p.in!.includes(n));
  if (p.contains !== undefined) return nodes.some((n) => containsValue(n, p.contains!));
  if (p.notContains !== undefined) return !nodes.some((n) => containsValue(n, p.notContains!));
  if (p.includesText !== undefined) {
    const wanted = p.includesText.toLowerCase();
    return nodes.some((n) => typeof n === 'string' && n.toLowerCase().includes(wanted));
  }
  if (p.atLeast !== undefined) return nodes.length > 0 && nodes.every((n) => typeof n === 'number' && n >= p.atLeast!);
  if (p.atMost !== undefined) return nodes.length > 0 && nodes.every((n) => typeof n === 'number' && n <= p.atMost!);
  if (p.withinMinutesOfStart !== undefined) {
    const limit = Date.parse(ctx.startedAt) + p.withinMinutesOfStart * 60_000;
    return nodes.length > 0 && nodes.every((n) => typeof n === 'string' && Number.isFinite(Date.parse(n)) && Date.parse(n) <= limit);
  }
  throw new Error('predicate without an operator');
}
