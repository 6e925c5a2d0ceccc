/**
 * A small argv parser: `--name value`, `--name=value`, `-o value`, boolean flags, repeatable
 * options and `--` to end the options. Anything it does not know is a UsageError (exit 2), so a
 * mistyped flag in CI fails loudly instead of being ignored.
 */
import { UsageError } from './usage-error.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The option may be given several times; every value is kept. */
  readonly multiple?: boolean;
  /** The values a string option accepts. */
  readonly choices?: readonly string[];
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** The last value of a string option. */
  string(name: string): string | undefined;
  /** Every value of a repeatable option, in order. */
  strings(name: string): readonly string[];
  flag(name: string): boolean;
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const key = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
    const name = long ? key : byShort.get(key);
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || spec === undefined) throw new UsageError(`unknown option \`${long ? `--${key}` : arg}\``);
    const shown = long ? `--${name}` : arg;
    if (spec.type === 'boolean') {
      if (eq >= 0) throw new UsageError(`option \`${shown}\` takes no value`);
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined) throw new UsageError(`option \`${shown}\` needs a value`);
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`option \`${shown}\` must be one of ${spec.choices.join(', ')}, not \`${value}\``);
    }
    const list = values.get(name) ?? [];
    if (!spec.multiple) list.length = 0;
    list.push(value);
    values.set(name, list);
  }

  return {
    positionals,
    string: (name) => values.get(name)?.at(-1),
    strings: (name) => values.get(name) ?? [],
    flag: (name) => flags.has(name),
  };
}
