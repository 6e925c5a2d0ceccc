/**
 * `payplan check --format sarif` as GitHub code scanning takes it: valid against the SARIF 2.1.0
 * schema (test/fixtures/sarif-2.1.0-subset.schema.json, the objects payplan writes, checked by the
 * small validator below), and meeting what GitHub requires or uses on top of the schema: a rule for
 * every ruleId, valid levels, regions with startLine ≥ 1, URIs relative to the repository, rule help
 * and helpUri, rendered messages and partialFingerprints.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diagnostics/catalog.js';
import { cli, fixtures, root, scratchDir } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: Json[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  items?: Schema;
  minItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  anyOf?: Schema[];
  definitions?: Record<string, Schema>;
}

const schema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'sarif-2.1.0-subset.schema.json'), 'utf8')) as Schema;

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The JSON Schema keywords the subset uses; every failure as `path: why`. */
function validate(value: Json, s: Schema, path = '$'): string[] {
  if (s.$ref !== undefined) return validate(value, schema.definitions![s.$ref.replace('#/definitions/', '')]!, path);
  const errors: string[] = [];
  const type = typeOf(value);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.includes(type) && !(type === 'integer' && types.includes('number'))) return [`${path}: is ${type}, not ${types.join('|')}`];
  }
  if (s.enum !== undefined && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: ${value} < ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: ${value} > ${s.maximum}`);
  }
  if (typeof value === 'string' && s.format === 'uri' && !/^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value)) errors.push(`${path}: ${value} is not an absolute URI`);
  if (typeof value === 'string' && s.format === 'uri-reference') {
    if (/[\s\\]/.test(value)) errors.push(`${path}: ${value} is not a URI reference`);
    else new URL(value, 'file:///base/');
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${path}: items are not unique`);
    if (s.items !== undefined) value.forEach((v, i) => errors.push(...validate(v, s.items!, `${path}[${i}]`)));
  }
  if (type === 'object') {
    const object = value as Record<string, Json>;
    for (const key of s.required ?? []) if (!(key in object)) errors.push(`${path}: no \`${key}\``);
    for (const [key, v] of Object.entries(object)) {
      const property = s.properties?.[key];
      if (property !== undefined) errors.push(...validate(v, property, `${path}.${key}`));
      else if (s.additionalProperties === false) errors.push(`${path}: \`${key}\` is not a property`);
      else if (typeof s.additionalProperties === 'object') errors.push(...validate(v, s.additionalProperties, `${path}.${key}`));
    }
  }
  if (s.anyOf !== undefined && !s.anyOf.some((alternative) => validate(value, alternative, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
  return errors;
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface PhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region: Region;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: PhysicalLocation }[];
  relatedLocations?: { physicalLocation: PhysicalLocation }[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifLog {
  runs: { tool: { driver: { name: string; rules: SarifRule[] } }; originalUriBaseIds: Record<string, { uri: string }>; results: SarifResult[] }[];
}

/** The anchors docs/diagnostics.md's `### PPxxxx slug` headings get on GitHub. */
function docAnchors(): Set<string> {
  const doc = readFileSync(join(root, 'docs', 'diagnostics.md'), 'utf8');
  return new Set([...doc.matchAll(/^### (.+)$/gm)].map(([, heading]) => heading!.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')));
}

/** What GitHub code scanning requires of an upload beyond the schema, as a list of failures. */
function githubProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  if (log.runs.length > 20) problems.push('more than 20 runs');
  const anchors = docAnchors();
  for (const run of log.runs) {
    const rules = run.tool.driver.rules;
    if (!run.tool.driver.name) problems.push('no tool.driver.name');
    const ids = rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push('duplicate rule ids');
    for (const rule of rules) {
      if (!rule.fullDescription?.text) problems.push(`${rule.id}: no fullDescription`);
      if (!rule.help?.text || !rule.help.markdown) problems.push(`${rule.id}: no help text and markdown`);
      if (/\{\w+\}/.test(`${rule.shortDescription.text} ${rule.fullDescription.text} ${rule.help.text} ${rule.help.markdown}`)) problems.push(`${rule.id}: a {template} in its descriptions`);
      if (rule.shortDescription.text.length > 1024) problems.push(`${rule.id}: shortDescription over 1024 characters`);
      const url = new URL(rule.helpUri);
      if (url.protocol !== 'https:') problems.push(`${rule.id}: helpUri is not https`);
      if (!anchors.has(url.hash.slice(1))) problems.push(`${rule.id}: helpUri ${rule.helpUri} names no section of docs/diagnostics.md`);
      if (!['note', 'warning', 'error'].includes(rule.defaultConfiguration.level)) problems.push(`${rule.id}: level ${rule.defaultConfiguration.level}`);
    }
    if (run.results.length > 25_000) problems.push('more than 25,000 results');
    run.results.forEach((result, i) => {
      const at = `results[${i}] ${result.ruleId}`;
      if (!ids.includes(result.ruleId)) problems.push(`${at}: ruleId names no rule`);
      if (rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${at}: ruleIndex ${result.ruleIndex} is not its rule`);
      if (!['note', 'warning', 'error'].includes(result.level)) problems.push(`${at}: level ${result.level}`);
      if (!result.message.text || /\{\w+\}/.test(result.message.text)) problems.push(`${at}: message ${JSON.stringify(result.message.text)} is empty or has a {template}`);
      if (Object.keys(result.partialFingerprints ?? {}).length === 0) problems.push(`${at}: no partialFingerprints`);
      if (result.locations.length < 1 || result.locations.length > 1000) problems.push(`${at}: ${result.locations.length} locations`);
      for (const { physicalLocation: p } of [...result.locations, ...(result.relatedLocations ?? [])]) {
        if (!p?.artifactLocation?.uri) problems.push(`${at}: a location without artifactLocation.uri`);
        else if (/^[a-z]+:/i.test(p.artifactLocation.uri) || p.artifactLocation.uri.startsWith('/')) problems.push(`${at}: ${p.artifactLocation.uri} is not relative to the repository`);
        else if (p.artifactLocation.uriBaseId !== undefined && !(p.artifactLocation.uriBaseId in run.originalUriBaseIds)) problems.push(`${at}: uriBaseId ${p.artifactLocation.uriBaseId} is not defined`);
        if (!(p?.region?.startLine >= 1)) problems.push(`${at}: region.startLine ${p?.region?.startLine}`);
        const r = p.region;
        if (r.endLine !== undefined && (r.endLine < r.startLine || (r.endLine === r.startLine && (r.endColumn ?? 0) < (r.startColumn ?? 1)))) problems.push(`${at}: region ends before it starts`);
      }
    });
  }
  return problems;
}

async function sarif(args: readonly string[], cwd = root): Promise<SarifLog> {
  const r = await cli(['check', ...args, '--format', 'sarif'], cwd);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as SarifLog;
}

describe('check --format sarif for GitHub code scanning', () => {
  it('every diagnostic of the check cases: valid SARIF 2.1.0 that GitHub accepts', async () => {
    const log = await sarif(['test/cases/check', fixtures, 'examples']);
    expect(new Set(log.runs[0]!.results.map((r) => r.ruleId)).size).toBeGreaterThan(40);
    expect(validate(log as unknown as Json, schema)).toEqual([]);
    expect(githubProblems(log)).toEqual([]);
  });

  it('the validator and the GitHub rules do reject a broken log', async () => {
    const log = await sarif([`${fixtures}/broken.payplan`]);
    const broken = JSON.parse(JSON.stringify(log)) as SarifLog & { runs: { results: Record<string, unknown>[] }[] };
    const result = broken.runs[0]!.results[0]!;
    const ruleIndex = result.ruleIndex as number;
    result.level = 'fatal';
    result.ruleId = 'PP0000';
    (result.locations as { physicalLocation: PhysicalLocation }[])[0]!.physicalLocation.region.startLine = 0;
    result.extra = true;
    Reflect.deleteProperty(result, 'partialFingerprints');
    expect(validate(broken as unknown as Json, schema)).toEqual([
      '$.runs[0].results[0].level: "fatal" is not one of ["none","note","warning","error"]',
      '$.runs[0].results[0].locations[0].physicalLocation.region.startLine: 0 < 1',
      '$.runs[0].results[0]: `extra` is not a property',
    ]);
    expect(githubProblems(broken)).toEqual([
      'results[0] PP0000: ruleId names no rule',
      `results[0] PP0000: ruleIndex ${ruleIndex} is not its rule`,
      'results[0] PP0000: level fatal',
      'results[0] PP0000: no partialFingerprints',
      'results[0] PP0000: region.startLine 0',
    ]);
  });

  it('rules: full description, help as text and markdown, helpUri to the docs section', async () => {
    const rules = (await sarif([`${fixtures}/broken.payplan`])).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(Object.keys(catalog));
    expect(rules.find((r) => r.id === 'PP1001')).toEqual({
      id: 'PP1001',
      name: 'unexpected-character',
      shortDescription: { text: 'unexpected character `…`' },
      fullDescription: { text: 'PP1001 unexpected-character (error): unexpected character `…`. How to fix: remove it, or put text in double quotes.' },
      help: {
        text: 'unexpected character `…`.\nHow to fix: remove it, or put text in double quotes.\nSee https://payplan.dev/docs/diagnostics#pp1001-unexpected-character',
        markdown:
          '**error**: unexpected character `…`\n\nHow to fix: remove it, or put text in double quotes\n\nSee [PP1001 unexpected-character](https://payplan.dev/docs/diagnostics#pp1001-unexpected-character) for an example.',
      },
      helpUri: 'https://payplan.dev/docs/diagnostics#pp1001-unexpected-character',
      defaultConfiguration: { level: 'error' },
    });
    // A help that is only a placeholder is left out of the rule: each diagnostic has its own.
    expect(rules.find((r) => r.id === 'PP1102')!.help.text).toBe('unexpected … here.\nSee https://payplan.dev/docs/diagnostics#pp1102-unexpected-token');
  });

  it('partialFingerprints stay put when lines are added above, and tell identical lines apart', async () => {
    const dir = scratchDir('sarif');
    const plan = (above: string) =>
      `${above}plan "Fee" {\n  currency USD\n  period year\n  input revenue: Money\n  input unused1: Money\n  input unused2: Money\n  component Fee {\n    commission on revenue at 2%\n  }\n}\n`;
    writeFileSync(join(dir, 'fee.payplan'), plan(''));
    const first = (await sarif(['fee.payplan'], dir)).runs[0]!.results;
    writeFileSync(join(dir, 'fee.payplan'), plan('// a comment\n\n'));
    const moved = (await sarif(['fee.payplan'], dir)).runs[0]!.results;
    expect(first.length).toBe(2);
    expect(moved.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual(first.map((r) => r.locations[0]!.physicalLocation.region.startLine + 2));
    expect(moved.map((r) => r.partialFingerprints)).toEqual(first.map((r) => r.partialFingerprints));
    expect(new Set(first.map((r) => r.partialFingerprints['payplanLineHash/v1'])).size).toBe(2);
  });

  it('artifact URIs are relative to the git root by default, to --sarif-root when given', async () => {
    const dir = scratchDir('sarif-root');
    mkdirSync(join(dir, 'plans', 'a b'), { recursive: true });
    writeFileSync(join(dir, 'plans', 'a b', 'x#1.payplan'), 'plan "X" {\n  currency USD\n  ote $100,000 @\n}\n');
    // The scratch directory is inside this repository: the git root is the repository's.
    const byGit = await sarif(['a b'], join(dir, 'plans'));
    const rel = join(dir, 'plans').slice(root.length).split('\\').join('/');
    expect(byGit.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } });
    expect(byGit.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: `${encodeURI(rel)}/a%20b/x%231.payplan`, uriBaseId: '%SRCROOT%' });

    const byRoot = await sarif(['plans/a b', '--sarif-root', 'plans'], dir);
    expect(byRoot.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(join(dir, 'plans')).href}/` } });
    expect(byRoot.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'a%20b/x%231.payplan', uriBaseId: '%SRCROOT%' });
    expect(githubProblems(byRoot)).toEqual([]);
  });
});
