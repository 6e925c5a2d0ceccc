/**
 * Every diagnostic payplan can report, in one table. Codes are stable forever and banded by stage:
 * PP1xxx syntax, PP2xxx names, PP3xxx types and units, PP4xxx plan analyses, PP5xxx plan tests,
 * PP6xxx data and run time, PP9xxx internal. `{name}` placeholders are filled by createDiagnostic.
 * Each code is documented in docs/diagnostics.md under its slug (a test keeps the two in step).
 */
import type { Severity } from './diagnostic.js';

export interface CatalogEntry {
  readonly severity: Severity;
  /** kebab-case id for the docs URL. */
  readonly slug: string;
  readonly message: string;
  readonly help?: string;
}

export const catalog = {
  // ── PP1xxx syntax ──
  PP1001: { severity: 'error', slug: 'unexpected-character', message: 'unexpected character `{text}`', help: 'remove it, or put text in double quotes' },
  PP1002: { severity: 'error', slug: 'unterminated-text', message: 'this text has no closing `"`', help: 'add `"` at the end of the text' },
  PP1003: { severity: 'error', slug: 'malformed-number', message: '`{text}` is not a valid number', help: 'group thousands in threes, as in `1,000,000`, or leave the commas out' },
  PP1004: { severity: 'error', slug: 'invalid-date', message: '`{text}` is not a valid date', help: 'write dates as year-month-day, as in `2026-03-31`' },
  PP1005: { severity: 'error', slug: 'not-utf8', message: 'this file is not UTF-8 text: the byte here cannot start or continue a character', help: 'save the file as UTF-8; payplan does not guess other encodings' },
  PP1101: { severity: 'error', slug: 'expected-token', message: 'expected {expected} but found {found}' },
  PP1102: { severity: 'error', slug: 'unexpected-token', message: 'unexpected {found} here', help: '{hint}' },
  PP1103: { severity: 'error', slug: 'expected-expression', message: 'expected a value but found {found}', help: 'write a number, an amount such as `$1,000`, a percentage or a name' },
  PP1104: { severity: 'error', slug: 'expected-band', message: 'expected a band such as `from 85% below 100% -> 50%` but found {found}', help: 'start each band with `below`, `up to`, `from` or `above`' },
  PP1105: { severity: 'error', slug: 'expected-plan-item', message: '{found} cannot stand here in a plan', help: 'a plan holds `currency`, `period`, `ote`, `mix`, `input`, `let`, `component`, `bonus` and similar items' },
  PP1106: { severity: 'error', slug: 'expected-component-item', message: '{found} cannot stand here in a component', help: 'a component holds `attainment`, `gate`, `payout`, `commission`, `cap` and `floor`' },
  PP1107: { severity: 'error', slug: 'unclosed-block', message: 'this `{open}` is never closed', help: 'add `{close}`' },
  PP1108: { severity: 'error', slug: 'expected-top-level', message: '{found} cannot stand at the top of a file', help: 'a file holds `plan \"…\" { … }` and `test \"…\" { … }` blocks' },
  PP1110: { severity: 'error', slug: 'nested-too-deeply', message: 'nested too deeply: a plan allows at most {limit} {what}', help: 'name parts of the expression with `let` items, or write fewer levels (see "Limits" in docs/language.md)' },
  PP1109: { severity: 'error', slug: 'expected-test-item', message: '{found} cannot stand here in a test', help: 'a test holds `given { … }`, period blocks such as `Q1 { … }` and `expect` lines' },

  // ── PP2xxx names ──
  PP2001: { severity: 'error', slug: 'unknown-name', message: '`{name}` is not defined', help: 'define it with `input` or `let`' },
  PP2002: { severity: 'error', slug: 'duplicate-name', message: '`{name}` is already defined', help: 'rename one of them' },
  PP2003: { severity: 'error', slug: 'unknown-type', message: '`{name}` is not a type', help: 'use Money, Percent, Number, Count, Date, Bool, Text, or a declared enum or record' },
  PP2004: { severity: 'error', slug: 'unknown-field', message: '{type} has no field `{name}`' },
  PP2005: { severity: 'error', slug: 'unknown-function', message: '`{name}` is not a function', help: 'the functions are min, max, clamp, abs, ytd, sum, average and count' },
  PP2006: { severity: 'error', slug: 'unknown-plan', message: 'no plan in this file is named `{name}`' },
  PP2007: { severity: 'error', slug: 'ambiguous-member', message: '`{name}` is a member of more than one enum', help: 'write it with its enum, as in `{example}`' },
  PP2008: { severity: 'error', slug: 'unknown-period', message: '`{name}` is not a period of this plan', help: 'this plan pays {unit}ly: its periods are {periods}' },
  PP2009: { severity: 'error', slug: 'unknown-line', message: 'the plan has no component, bonus, let or input named `{name}`' },
  PP2010: { severity: 'error', slug: 'unknown-currency', message: '`{name}` is not a currency payplan knows', help: 'use an ISO 4217 code such as USD, EUR or GBP' },
  PP2011: { severity: 'error', slug: 'unknown-test-input', message: 'the plan has no input named `{name}`' },
  PP2012: { severity: 'error', slug: 'circular-definition', message: '`{name}` is defined in terms of itself', help: 'break the cycle: {cycle}' },
  PP2013: { severity: 'error', slug: 'test-needs-plan', message: 'this file has several plans; say which one this test is for', help: 'write `test "…" for "{example}" {`' },
  PP2014: { severity: 'error', slug: 'missing-input', message: 'the test gives no value for `{name}`', help: 'add `{name}: …` to `given`, or give the input a default' },
  PP2015: { severity: 'error', slug: 'duplicate-item', message: 'the plan already says its `{item}`', help: 'keep one of them' },
  PP2016: { severity: 'error', slug: 'missing-currency', message: 'plan `{name}` does not say its currency', help: 'add `currency USD` (or another ISO code) to the plan' },
  PP2017: { severity: 'error', slug: 'unknown-allow', message: '`{slug}` is not a warning that can be allowed', help: '{hint}' },
  PP2019: { severity: 'error', slug: 'unknown-measure', message: '`{name}` is not a value of a component that a test can expect', help: 'a test can expect {measures} of a component' },
  PP2020: { severity: 'error', slug: 'expect-needs-period', message: 'this test pays {count} periods: say which one `{name}` is expected in', help: 'write the period first, as in `expect {last} {name} = …`' },
  PP2018: { severity: 'error', slug: 'duplicate-test', message: 'this file already has a test named "{name}"', help: 'rename one of them, so that each test result names one test' },

  // ── PP3xxx types and units ──
  PP3001: { severity: 'error', slug: 'incompatible-operands', message: 'cannot {verb} {a} {preposition} {b}' },
  PP3002: { severity: 'error', slug: 'currency-mismatch', message: 'cannot combine {left} with {right}', help: 'convert one amount into the other currency first' },
  PP3003: { severity: 'error', slug: 'money-times-money', message: 'cannot multiply Money by Money', help: 'one side should be a Percent or a Number: a rate, a share or a count' },
  PP3004: { severity: 'error', slug: 'type-mismatch', message: '{what} must be {expected}, but this is {actual}' },
  PP3005: { severity: 'error', slug: 'comparison-mismatch', message: 'cannot compare {left} with {right}' },
  PP3006: { severity: 'error', slug: 'not-a-list', message: 'this is {actual}, not a list' },
  PP3007: { severity: 'error', slug: 'not-a-record', message: '{actual} has no fields', help: 'fields are read from records, as in `d.amount`' },
  PP3008: { severity: 'error', slug: 'wrong-arity', message: '`{name}` takes {expected} but was given {actual}' },
  PP3009: { severity: 'error', slug: 'branches-differ', message: 'the two branches give different kinds of value: {left} and {right}' },
  PP3012: { severity: 'error', slug: 'component-lacks-measure', message: 'component `{name}` has {why}, so it has no `{measure}` to expect' },
  PP3011: { severity: 'error', slug: 'ytd-of-an-item', message: '`ytd` sums a value over the periods of the year, but `{name}` is one item of a list in this period', help: 'sum the items first and take that year to date: `ytd(sum(d.amount for d in deals))`' },
  PP3010: { severity: 'error', slug: 'not-a-constant', message: '{what} must be a fixed value', help: 'write a literal such as `$100,000` or `75%`' },

  // ── PP4xxx plan analyses ──
  PP4001: { severity: 'error', slug: 'mix-not-100', message: 'the pay mix adds up to {sum}, not 100%', help: 'make it `mix {base} base / {variable} variable`' },
  PP4002: { severity: 'error', slug: 'weights-not-100', message: 'component weights add up to {sum}, not 100%', help: 'make the weight of `{last}` {fixed}' },
  PP4003: { severity: 'error', slug: 'tier-gap', message: 'no band covers {interval}', help: '{fix}' },
  PP4004: { severity: 'error', slug: 'tier-overlap', message: '{interval} is covered by two bands', help: 'change one band so that exactly one of them owns {interval}' },
  PP4005: { severity: 'error', slug: 'bands-out-of-order', message: 'this band starts before the band above it ends', help: 'list bands from the lowest to the highest' },
  PP4006: { severity: 'error', slug: 'missing-payout-rule', message: 'component `{name}` says nothing about what it pays', help: 'add a `payout curve { … }`, a `commission …` or a `payout …` rule' },
  PP4007: { severity: 'error', slug: 'several-payout-rules', message: 'component `{name}` has more than one payout rule', help: 'split it into two components' },
  PP4008: { severity: 'error', slug: 'curve-needs-attainment', message: 'a payout curve needs the component\'s `attainment`', help: 'add `attainment measure / target` to the component' },
  PP4009: { severity: 'error', slug: 'target-needs-weight', message: '`target` needs a weight on component `{name}`', help: 'write `component {name} weight 100% {`' },
  PP4010: { severity: 'error', slug: 'weight-needs-ote', message: 'a weighted component needs the plan\'s `ote` and `mix`', help: 'add `ote $…` and `mix …% base / …% variable` to the plan' },
  PP4011: { severity: 'error', slug: 'slope-needs-start', message: 'a `slope` band needs a band before it to start from', help: 'write the first band with a fixed value or `linear A to B`' },
  PP4012: { severity: 'warning', slug: 'cumulative-without-ytd', message: 'component `{name}` is cumulative but measures nothing year to date', help: 'use `ytd(…)` in its attainment or commission, or drop `cumulative`' },
  PP4013: { severity: 'error', slug: 'band-value-kind', message: '{what} cannot be used in a {table}', help: '{hint}' },
  PP4014: { severity: 'error', slug: 'empty-table', message: 'this table has no bands', help: 'add at least one band, such as `from 0% -> 100%`' },
  PP4015: { severity: 'error', slug: 'period-dates-need-fiscal-year', message: '`period.{field}` needs the date the plan year starts', help: 'add `fiscal year starts 2026-01-01` (the first day of the plan year) to the plan' },
  PP4020: { severity: 'warning', slug: 'payout-at-target', message: 'component `{name}` pays {actual} ({share} of target) at 100% attainment, but its target incentive is {target}', help: 'make the band that holds 100% pay 100% of target, or change the weight' },
  PP4021: { severity: 'warning', slug: 'payout-decreases', message: 'the payout falls from {high} of target at {x1} attainment to {low} at {x2}', help: 'selling more should not pay less; if this is intended, add `allow "payout-decreases"` to the component' },
  PP4022: { severity: 'warning', slug: 'retroactive-cliff', message: 'reaching {boundary} lowers the rate on the whole amount from {high} to {low}, so selling more pays less', help: 'raise the rate of the higher band, or use `marginal`; if this is intended, add `allow "retroactive-cliff"` to the component' },
  PP4023: { severity: 'warning', slug: 'uncapped-accelerator', message: 'component `{name}` has no cap, and its curve keeps rising above {from} attainment', help: 'add a cap such as `cap 200% of target`, or end the curve with a flat band' },
  PP4024: { severity: 'error', slug: 'floor-above-cap', message: 'the floor `{floor}` is above the cap `{cap}`', help: 'lower the floor or raise the cap' },
  PP4025: { severity: 'warning', slug: 'possible-division-by-zero', message: '`{name}` may be zero, and this divides by it', help: 'add `must be positive` to input `{name}`, or test it first with `if {name} > … then … else …`' },
  PP4026: { severity: 'warning', slug: 'unused', message: '{kind} `{name}` is never used', help: 'use it in a rule, or remove it' },
  PP4027: { severity: 'warning', slug: 'unneeded-allow', message: 'nothing here raises `{slug}`, so this `allow` has no effect', help: 'remove it' },
  PP4028: { severity: 'info', slug: 'not-decidable', message: 'payplan cannot check {what}: {why}', help: 'write the bounds as fixed values or as shares of one measure (`100% of quota`, `120% of quota`) so the check can run' },
  PP4029: { severity: 'warning', slug: 'band-unreachable', message: 'this band always pays the cap ({cap} of target): the curve has reached it by {at} attainment', help: 'end the curve where the cap is reached, or raise the cap' },
  PP4030: { severity: 'warning', slug: 'constant-gate', message: 'this gate always {result}', help: '{hint}' },
  PP4031: { severity: 'error', slug: 'clamp-bounds-reversed', message: 'the low bound `{low}` of `clamp` is above its high bound `{high}`, so it always gives `{high}`', help: 'swap the bounds: `clamp(value, {high}, {low})`' },
  PP4033: { severity: 'error', slug: 'open-pro-rata-band', message: 'a pro rata band pays its amount in proportion to how much of it is reached, so it needs an upper bound', help: 'close the band, as in `{example}`; to pay a fixed amount for passing {lower}, use a bonus' },
  PP4034: { severity: 'warning', slug: 'negative-marginal-slice', message: 'the first band has no lower bound, so a negative amount (a refund, a correction) is paid at its rate of {rate}: a negative commission', help: 'start the first band `from {zero} up to {bound}` if a negative amount should pay nothing, or write `allow "negative-marginal-slice"` if it should claw back' },
  PP4032: { severity: 'error', slug: 'curve-needs-weight', message: 'component `{name}` has a payout curve but no weight, so it has no target incentive to pay a share of', help: 'add `weight N%` to the component, as in `component {name} weight 100% {`' },

  // ── PP5xxx plan tests ──
  PP5001: { severity: 'error', slug: 'expectation-failed', message: 'expected {line} to be {expected} but the plan pays {actual}' },
  PP5002: { severity: 'error', slug: 'test-run-failed', message: 'the test could not be run: {reason}' },
  PP5004: { severity: 'error', slug: 'expected-value-differs', message: 'expected {line} to be {expected} but it is {actual}' },
  PP5003: { severity: 'error', slug: 'periods-not-consecutive', message: 'test periods must run from {first} without gaps; {name} comes out of order' },

  // ── PP6xxx data and run time ──
  PP6001: { severity: 'error', slug: 'missing-field', message: '{where}: `{field}` is missing', help: 'add a value for `{field}`' },
  PP6002: { severity: 'error', slug: 'wrong-field-type', message: '{where}: `{field}` should be {expected} but is `{value}`' },
  PP6003: { severity: 'error', slug: 'division-by-zero', message: '{where}: {what} divides by zero', help: 'a target or quota of zero cannot be attained; give it a value above zero' },
  PP6004: { severity: 'error', slug: 'wrong-currency', message: '{where}: `{field}` is in {actual}, but the plan pays in {expected}' },
  PP6005: { severity: 'error', slug: 'constraint-violated', message: '{where}: `{field}` must be {rule} but is {value}' },
  PP6006: { severity: 'error', slug: 'unknown-enum-value', message: '{where}: `{field}` is `{value}`, which is not one of {members}' },
  PP6007: { severity: 'error', slug: 'empty-aggregate', message: '{where}: the {fn} of an empty list has no value' },
  PP6008: { severity: 'error', slug: 'unknown-data-period', message: '{where}: `{period}` is not a period of this plan', help: 'the periods are {periods}' },
  PP6009: { severity: 'error', slug: 'malformed-data', message: 'the data file cannot be read: {reason}' },
  PP6010: { severity: 'warning', slug: 'unknown-data-field', message: '{where}: `{field}` is not an input of the plan and was ignored' },
  PP6011: { severity: 'error', slug: 'inconsistent-data-rows', message: 'the rows of this payee do not fit together: {reason}', help: 'give each payee one row per period, with the same per-year values on every row' },
  PP6012: { severity: 'error', slug: 'period-before-opening', message: '{where}: `{period}` was already paid before the opening state, which closes after {after}', help: 'give only the periods after {after}, or open from an earlier closing state' },
  PP6013: { severity: 'error', slug: 'duplicate-payee', message: '{where} appears more than once in the data: {places}; none of them was paid', help: 'give each payee once, with all of their periods' },
  PP6014: { severity: 'error', slug: 'inexact-number', message: '{where}: `{field}` is `{value}`, a number payplan cannot carry exactly: {reason}', help: 'write it with at most 40 significant digits and at most 40 decimal places' },

  // ── PP9xxx internal ──
  PP9001: { severity: 'error', slug: 'internal-error', message: 'payplan hit an internal error while {stage}: {reason}', help: 'please report this with the plan file' },
} as const satisfies Record<string, CatalogEntry>;

export type DiagnosticCode = keyof typeof catalog;
