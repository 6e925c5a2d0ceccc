import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const plan = 'examples/ae-fy2026-marginal.payplan';
const json = 'examples/data/ae-fy2026-marginal.json';

describe('payplan explain', () => {
  it("prints one payee's statement with the derivation of every line", async () => {
    const r = await cli(['explain', plan, json, '--payee', 'Dana Reyes']);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: `AE FY2026 (marginal): pay statement
================================================
Payee:    Dana Reyes
Currency: USD

Q1
  NewBusiness                         $52,000.00
      amount: $600,000.00 (bookings)
      band up to 100% of quota -> 8%: $40,000.00 ($500,000.00 × 8%)
      band above 100% of quota -> 12%: $12,000.00 ($100,000.00 × 12%)
      commission: $52,000.00
  President's Club kicker              $5,000.00
      condition met: bookings >= 120% of quota
      bonus: $5,000.00
                                    ------------
  Q1 total                            $57,000.00

Q2
  NewBusiness                         $20,000.00
      amount: $250,000.00 (bookings)
      band up to 100% of quota -> 8%: $20,000.00 ($250,000.00 × 8%)
      commission: $20,000.00
                                    ------------
  Q2 total                            $20,000.00

Year
  NewBusiness                         $72,000.00
  President's Club kicker              $5,000.00
                                    ------------
  Total                               $77,000.00
                                    ============
`,
    });
  });

  it('works from CSV data too', async () => {
    const csv = await cli(['explain', plan, 'examples/data/ae-fy2026-marginal.csv', '--list', 'deals=examples/data/ae-fy2026-marginal.deals.csv', '--payee', 'Dana Reyes']);
    const fromJson = await cli(['explain', plan, json, '--payee', 'Dana Reyes']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(fromJson.stdout);
  });

  it("prints the error that stopped a payee being paid, exit 1", async () => {
    const r = await cli(['explain', plan, json, '--payee', 'Tom Becker']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'examples/data/ae-fy2026-marginal.json (payee "Tom Becker"): error PP6005: payee "Tom Becker", Q2: `quota` must be positive but is 0\n',
    });
  });

  it('an unknown payee or a missing --payee is a usage error', async () => {
    const r = await cli(['explain', plan, json, '--payee', 'Nobody']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'payplan explain: no payee named "Nobody" in `examples/data/ae-fy2026-marginal.json`; the payees are "Dana Reyes", "Priya Natarajan", "Tom Becker"\nRun `payplan explain --help` for usage.\n',
    );
    expect((await cli(['explain', plan, json])).code).toBe(2);
  });
});
