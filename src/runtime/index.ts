/**
 * The payout runtime: what the reference evaluator and every generated module import. It depends on
 * decimal.js only, so a compiled plan runs anywhere decimal.js does.
 */
export { D, type Dec, ZERO, ONE, dec, sum } from './decimal.js';
export {
  type RoundingMode,
  roundToStep,
  minorUnit,
  minorUnitDigits,
  knownCurrency,
} from './rounding.js';
export { PayoutError, type PayoutErrorCode, divide } from './errors.js';
export {
  type RuntimeBand,
  type BandPayout,
  type CommissionSlice,
  type MarginalResult,
  type SingleRateResult,
  type CurvePoint,
  type ProRataSlice,
  type ProRataResult,
  findBand,
  curveAt,
  marginal,
  marginalBetween,
  retroactive,
  lookup,
  proRata,
} from './tiers.js';
export { formatMoney, formatPercent, formatNumber, amountString } from './format.js';
export { moneyStep, percentStep, numberStep, textStep } from './explain.js';
export {
  type ExplainStep,
  type PayoutLine,
  type PeriodStatement,
  type Statement,
  type RoundedLine,
  type PeriodLines,
  type StatementInput,
  buildPeriod,
  buildStatement,
} from './statement.js';
export { renderStatementText } from './statement-text.js';
export {
  type ValueType,
  type FieldSpec,
  type InputSpec,
  type Value,
  type Path,
  readValue,
  readFields,
  checkConstraint,
  checkField,
  readMoney,
  readPercent,
  readNumber,
  readCount,
  readDate,
  readBool,
  readText,
  readEnum,
  missingField,
  wrongType,
  warnUnknownFields,
} from './inputs.js';
export { type PayeeData, type PayeeValues, readPayee, periodRows, payeeName } from './payee.js';
export { type Comparison, type PeriodInfo, compare, minOf, maxOf, clamp, nonEmpty, averageOf, periodInfo } from './ops.js';
export {
  type PlanShape,
  type ComponentShape,
  type BonusShape,
  type RuleShape,
  type CommissionMode,
  type KeyKind,
  type ComponentValues,
  type DealValues,
  type BonusValues,
  type PeriodValues,
  type RunSpan,
  runPlan,
} from './plan-runner.js';
export {
  type StateKind,
  type StateItem,
  type StateShape,
  type PlanState,
  type StateSnapshot,
  stateShape,
  emptyState,
  openState,
  snapshot,
} from './plan-state.js';
