/**
 * Fixtures for editor features: `<|>` marks the cursor in fixture text. `cursor` strips it and
 * returns the offset; `open` puts the text in a one-file workspace.
 */
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import type { Span } from '../../src/text/span.js';

export const URI = 'file:///work/plan.payplan';

export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('<|>');
  if (offset < 0) throw new Error('the fixture has no <|> cursor marker');
  if (marked.indexOf('<|>', offset + 1) >= 0) throw new Error('the fixture has more than one <|> marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 3), offset };
}

/** A one-file workspace with the marked text, and the cursor's offset. */
export function open(marked: string, uri = URI): { index: WorkspaceIndex; text: string; offset: number } {
  const { text, offset } = cursor(marked);
  return { index: WorkspaceIndex.of(uri, text), text, offset };
}

/** The text a span covers, so that assertions read like the source. */
export function textAt(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The offset just after the first occurrence of `needle` (or of its `nth` occurrence). */
export function after(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`\`${needle}\` is not in the text`);
  }
  return at + needle.length;
}

/** A quarterly plan used by several tests. */
export const AE_PLAN = `// The AE plan.
plan "AE" {
  currency USD
  period quarter
  ote $100,000
  mix 50% base / 50% variable

  record Deal { amount: Money, kind: new | renewal | expansion, credit: Percent = 100% }

  // What the AE must sell each quarter.
  // Set by the VP of sales.
  input quota: Money must be positive
  input deals: list of Deal

  let bookings = sum(d.amount * d.credit for d in deals where d.kind != renewal)
  let att = bookings / quota
  let kicker = 5% of variable

  component Bookings weight 75% {
    attainment att
    payout curve {
      below 50%            -> 0%
      from 50% below 100%  -> linear 50% to 100%
      from 100%            -> slope 2
    }
    cap 200% of target
  }

  component NewLogos weight 25% {
    attainment att
    payout curve {
      from 0% -> 100%
    }
  }

  bonus "Kicker" kicker when att >= 120% once
}

test "AE at quota" {
  given { quota: $100,000, deals: [{ amount: $100,000, kind: new }] }
  expect Bookings = $9,375
  expect NewLogos = $3,125
  expect total = $12,500
}
`;

/**
 * Puts the `<|>` cursor marker into `text` where `needle` (written with `|` at the cursor) occurs:
 * `mark(AE_PLAN, 'input qu|ota')` marks the cursor between `qu` and `ota`.
 */
export function mark(text: string, needle: string): string {
  const bare = needle.replace('|', '');
  const at = text.indexOf(bare);
  if (at < 0) throw new Error(`\`${bare}\` is not in the text`);
  if (text.indexOf(bare, at + 1) >= 0) throw new Error(`\`${bare}\` occurs more than once in the text`);
  return text.slice(0, at) + needle.replace('|', '<|>') + text.slice(at + bare.length);
}
