/** A floor above a cap can never be honoured: one of the two is a mistake. */
import type { Expr } from '../../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { constantValue } from '../constant.js';
import { shareOfTarget } from './curve-facts.js';

export function checkFloorBelowCap(caps: readonly Expr[], floors: readonly Expr[], source: string, diagnostics: Diagnostic[]): void {
  for (const floor of floors) {
    for (const cap of caps) {
      const both = [floor, cap].map((e) => constantValue(e) ?? null);
      const shares = [shareOfTarget([floor]), shareOfTarget([cap])];
      const [f, c] = both[0] && both[1] ? both : shares;
      if (f && c && f.gt(c)) {
        const text = (e: Expr) => source.slice(e.span.start, e.span.end);
        diagnostics.push(
          createDiagnostic('PP4024', floor.span, { floor: text(floor), cap: text(cap) }, { related: [{ span: cap.span, message: 'the cap' }] }),
        );
      }
    }
  }
}
