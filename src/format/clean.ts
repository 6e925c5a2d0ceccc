/**
 * What formatting may change: positions and where comments hang. Two ASTs are the same plan when
 * they are equal after these properties are dropped; the formatter laws compare ASTs this way, and
 * prettier's `--debug-check` uses `massageAstNode`.
 */

/** Every span-valued property in ast.ts, plus prettier's attached comments. */
const ignoredProperties = new Set(['span', 'opSpan', 'fnSpan', 'modeSpan', 'unitSpan', 'comments']);

/** Prettier's hook: the clone it passes already omits `ignoredProperties`, so nothing else to do. */
export function massageAstNode(): void {}
massageAstNode.ignoredProperties = ignoredProperties;

/** A deep copy of an AST without positions or comments, for comparing two parses of a plan. */
export function cleanAst(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanAst);
  if (value === null || typeof value !== 'object') return value;
  const clean: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!ignoredProperties.has(key)) clean[key] = cleanAst(child);
  }
  return clean;
}
