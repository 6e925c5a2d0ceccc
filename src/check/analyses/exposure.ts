/**
 * Exposure: an accelerator nobody priced. A payout curve whose last band keeps rising, with no cap
 * on the component, has no maximum. (Uncapped commission is common and intended; `payplan check
 * --report` lists it rather than warning.)
 */
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatPercent } from '../../runtime/format.js';
import type { ComponentInfo } from '../model.js';
import type { CurveFacts } from './curve-facts.js';

export function checkExposure(component: ComponentInfo, facts: CurveFacts | null, diagnostics: Diagnostic[]): void {
  if (component.caps.length > 0 || !facts || facts.maxShare !== null) return;
  const last = facts.bands[facts.bands.length - 1]!;
  const from = last.lower === null ? 'the start' : formatPercent(last.lower);
  diagnostics.push(createDiagnostic('PP4023', component.decl.name.span, { name: component.name, from }));
}
