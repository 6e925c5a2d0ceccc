/** Diagnostics for operands that do not combine, each with the rewrite that was probably meant. */
import type { BinaryExpr, Expr } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { typeName, type Type } from './types.js';

const WORDING: Record<BinaryExpr['op'], { verb: string; preposition: string; swap: boolean }> = {
  '+': { verb: 'add', preposition: 'to', swap: true },
  '-': { verb: 'subtract', preposition: 'from', swap: true },
  '*': { verb: 'multiply', preposition: 'by', swap: false },
  '/': { verb: 'divide', preposition: 'by', swap: false },
  of: { verb: 'take', preposition: 'of', swap: false },
  '<': { verb: 'compare', preposition: 'with', swap: false },
  '<=': { verb: 'compare', preposition: 'with', swap: false },
  '>': { verb: 'compare', preposition: 'with', swap: false },
  '>=': { verb: 'compare', preposition: 'with', swap: false },
  '==': { verb: 'compare', preposition: 'with', swap: false },
  '!=': { verb: 'compare', preposition: 'with', swap: false },
  and: { verb: 'combine', preposition: 'with', swap: false },
  or: { verb: 'combine', preposition: 'with', swap: false },
};

export function binaryProblem(
  e: BinaryExpr,
  l: Type,
  r: Type,
  problem: 'currency' | 'money-times-money' | 'incompatible',
  sourceOf: (e: Expr) => string,
): Diagnostic {
  if (problem === 'currency') return createDiagnostic('PP3002', e.span, { left: typeName(l), right: typeName(r) });
  if (problem === 'money-times-money') return createDiagnostic('PP3003', e.span);
  const wording = WORDING[e.op];
  const [a, b] = wording.swap ? [r, l] : [l, r];
  const help = hint(e, l, r, sourceOf);
  return createDiagnostic(
    'PP3001',
    e.span,
    { verb: wording.verb, a: article(a), preposition: wording.preposition, b: article(b) },
    help === undefined ? {} : { help },
  );
}

function article(t: Type): string {
  return t.kind === 'money' ? typeName(t) : `a ${typeName(t)}`;
}

function hint(e: BinaryExpr, l: Type, r: Type, sourceOf: (e: Expr) => string): string | undefined {
  const additive = e.op === '+' || e.op === '-';
  if (additive && l.kind === 'money' && r.kind === 'percent') {
    const sign = e.op === '+' ? '1 +' : '1 -';
    const word = e.op === '+' ? 'raise' : 'lower';
    return `to ${word} it by ${sourceOf(e.right)}, write \`${sourceOf(e.left)} * (${sign} ${sourceOf(e.right)})\``;
  }
  if (additive && l.kind === 'money' && (r.kind === 'number' || r.kind === 'count')) {
    return `write the number as an amount, as in \`$${sourceOf(e.right)}\``;
  }
  if (additive && l.kind === 'percent' && (r.kind === 'number' || r.kind === 'count')) {
    return `write the number as a percentage, as in \`${sourceOf(e.right)}%\``;
  }
  if (e.op === 'of' && l.kind !== 'percent') return '`of` takes a percentage of an amount, as in `120% of quota`';
  return undefined;
}
