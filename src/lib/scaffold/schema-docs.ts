/**
 * The meaning of each field, read from the JSDoc in `src/schemas/<file>.ts`. The
 * schemas are the one place fields are explained (editors show those comments on
 * hover); the scaffold copies them above each field of a new file instead of keeping
 * a second, drifting set of explanations. Parsed with the TypeScript compiler's
 * parser only (no type checking), so it stays fast.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface FieldDoc {
  /** The explanation, without tags. */
  text: string;
  /** The `@example` value as written, if any. */
  example?: string;
}

/** Field docs by dotted path (`event.start`, `outcomes.outcome`; arrays add no segment). */
export type SchemaDocs = Map<string, FieldDoc>;

const cache = new Map<string, SchemaDocs>();

/**
 * Docs of the object schema bound to `exportName` in the file at `schemaFile`,
 * following `z.array(x)`, `.optional()`, `.superRefine()` and same-file constants.
 */
export function readSchemaDocs(schemaFile: string, exportName: string): SchemaDocs {
  const key = `${schemaFile}#${exportName}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const text = readFileSync(schemaFile, 'utf8');
  const source = ts.createSourceFile(schemaFile, text, ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
    node.forEachChild(visit);
  });
  const docs: SchemaDocs = new Map();
  const root = constants.get(exportName);
  if (root) collect(root, '', docs, constants, text, 0);
  cache.set(key, docs);
  return docs;
}

function collect(expr: ts.Expression, prefix: string, docs: SchemaDocs, constants: Map<string, ts.Expression>, text: string, depth: number): void {
  if (depth > 12) return;
  const object = objectLiteralOf(expr, constants, depth);
  if (!object) return;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
    if (!name) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    const doc = leadingDoc(text, property.getFullStart());
    if (doc) docs.set(path, doc);
    collect(property.initializer, path, docs, constants, text, depth + 1);
  }
}

/** The `{ … }` passed to `z.strictObject`/`z.object` somewhere in a schema expression. */
function objectLiteralOf(expr: ts.Expression, constants: Map<string, ts.Expression>, depth: number): ts.ObjectLiteralExpression | undefined {
  if (depth > 12) return undefined;
  if (ts.isIdentifier(expr)) {
    const bound = constants.get(expr.text);
    return bound ? objectLiteralOf(bound, constants, depth + 1) : undefined;
  }
  if (ts.isParenthesizedExpression(expr)) return objectLiteralOf(expr.expression, constants, depth + 1);
  if (!ts.isCallExpression(expr)) return undefined;
  const callee = expr.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const [first] = expr.arguments;
    if ((method === 'strictObject' || method === 'object') && first && ts.isObjectLiteralExpression(first)) return first;
    // z.array(item), z.union([a, b]): look into the arguments.
    if (method === 'array' && first) return objectLiteralOf(first, constants, depth + 1);
    // x.optional(), x.superRefine(...), x.default(...): the schema is the receiver.
    return objectLiteralOf(callee.expression, constants, depth + 1);
  }
  return undefined;
}

function leadingDoc(text: string, position: number): FieldDoc | undefined {
  const ranges = ts.getLeadingCommentRanges(text, position) ?? [];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
  if (!last) return undefined;
  const body = text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const at = body.indexOf('@example');
  const explanation = (at === -1 ? body : body.slice(0, at)).trim();
  const example = at === -1 ? undefined : body.slice(at + '@example'.length).trim() || undefined;
  return { text: explanation.replace(/`/g, ''), example };
}
