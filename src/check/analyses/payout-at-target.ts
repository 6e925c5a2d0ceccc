/**
 * Payout at target: a weighted component should pay its target incentive at exactly 100%
 * attainment. When its curve says otherwise, the warning gives both amounts.
 */
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatMoney, formatPercent } from '../../runtime/format.js';
import type { ComponentInfo } from '../model.js';
import type { CurveFacts } from './curve-facts.js';

export function checkPayoutAtTarget(component: ComponentInfo, facts: CurveFacts, currency: string, diagnostics: Diagnostic[]): void {
  const atTarget = facts.at.find((p) => p.attainment.eq(1))!.share;
  if (atTarget.eq(1) || !component.annualTarget) return;
  diagnostics.push(
    createDiagnostic('PP4020', component.decl.name.span, {
      name: component.name,
      actual: formatMoney(component.annualTarget.times(atTarget), currency),
      share: formatPercent(atTarget),
      target: formatMoney(component.annualTarget, currency),
    }),
  );
}
