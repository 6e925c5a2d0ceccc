/**
 * The payout-curve webview's page: the curves the server computed, drawn as SVG by a small script
 * in the page. Colours come from the theme (`--vscode-charts-*`, the editor's foreground and
 * background), so the chart reads in light, dark and high-contrast themes.
 */
import { randomBytes } from 'node:crypto';

export function curveHtml(plans: unknown, fileName: string): string {
  const nonce = randomBytes(16).toString('base64');
  const data = JSON.stringify(plans ?? null).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Payout curve</title>
<style nonce="${nonce}">
  body { color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px; }
  h2 { font-weight: 600; margin: 16px 0 4px; }
  .note { color: var(--vscode-descriptionForeground); margin: 4px 0; }
  svg { width: 100%; max-width: 900px; height: auto; display: block; }
  .axis line, .axis path { stroke: var(--vscode-editor-foreground); stroke-opacity: 0.6; fill: none; }
  .grid line { stroke: var(--vscode-editor-foreground); stroke-opacity: 0.12; }
  .axis text, .legend text { fill: var(--vscode-editor-foreground); font-size: 13px; }
  .curve { fill: none; stroke-width: 2; }
  .curve.total { stroke: var(--vscode-editor-foreground); stroke-width: 2.5; stroke-dasharray: 6 3; }
  .target { stroke: var(--vscode-editor-foreground); stroke-opacity: 0.35; stroke-dasharray: 2 3; }
  ul { margin: 4px 0; }
</style>
</head>
<body>
<div id="root" data-file="${escapeAttr(fileName)}"></div>
<script nonce="${nonce}">
const plans = ${data};
const colours = ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-purple', '--vscode-charts-red', '--vscode-charts-yellow'];
const root = document.getElementById('root');
const svgNs = 'http://www.w3.org/2000/svg';
function el(name, attrs, parent, text) {
  const e = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}
function html(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  root.appendChild(e);
  return e;
}
function money(v, currency) {
  try { return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(v); } catch { return String(Math.round(v)); }
}
function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}
function chart(title, series, unit, currency) {
  const W = 600, H = 340, L = 78, R = 16, T = 16, B = 44;
  const maxX = Math.max(...series.flatMap((s) => s.points.map((p) => p.attainment)));
  const maxY = niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p.payout))));
  const x = (a) => L + (a / maxX) * (W - L - R);
  const y = (v) => H - B - (v / maxY) * (H - T - B);
  const svg = el('svg', { viewBox: '0 0 ' + W + ' ' + (H + 24 * series.length), role: 'img', 'aria-label': title });
  const grid = el('g', { class: 'grid' }, svg);
  const axis = el('g', { class: 'axis' }, svg);
  for (let i = 0; i <= 5; i++) {
    const v = (maxY * i) / 5;
    el('line', { x1: L, x2: W - R, y1: y(v), y2: y(v) }, grid);
    el('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, axis, unit === 'money' ? money(v, currency) : +(v * 100).toFixed(2) + '%');
  }
  const stepX = maxX > 3 ? 0.5 : 0.25;
  for (let a = 0; a <= maxX + 1e-9; a += stepX) {
    el('line', { x1: x(a), x2: x(a), y1: T, y2: H - B }, grid);
    el('text', { x: x(a), y: H - B + 16, 'text-anchor': 'middle' }, axis, Math.round(a * 100) + '%');
  }
  el('line', { class: 'target', x1: x(1), x2: x(1), y1: T, y2: H - B }, svg);
  el('path', { d: 'M' + L + ' ' + T + ' V' + (H - B) + ' H' + (W - R) }, axis);
  el('text', { x: (L + W - R) / 2, y: H - 8, 'text-anchor': 'middle' }, axis, 'attainment');
  const legend = el('g', { class: 'legend' }, svg);
  series.forEach((s, i) => {
    const colour = s.total ? 'var(--vscode-editor-foreground)' : 'var(' + colours[i % colours.length] + ')';
    const d = s.points.map((p, j) => (j === 0 ? 'M' : 'L') + x(p.attainment).toFixed(1) + ' ' + y(p.payout).toFixed(1)).join(' ');
    const path = el('path', { class: 'curve' + (s.total ? ' total' : ''), d, 'data-name': s.name }, svg);
    if (!s.total) path.setAttribute('stroke', colour);
    const ly = H + 12 + 24 * i;
    el('line', { x1: L, x2: L + 28, y1: ly, y2: ly, stroke: colour, 'stroke-width': 3, 'stroke-dasharray': s.total ? '6 3' : '' }, legend);
    el('text', { x: L + 36, y: ly + 4 }, legend, s.name + (s.atTarget ? ': ' + s.atTarget + ' at 100%' : ''));
  });
  root.appendChild(svg);
}
function draw() {
  root.replaceChildren();
  const file = root.dataset.file;
  if (plans === null) { html('p', 'The language server has not read ' + file + ' yet.', 'note'); return; }
  if (plans.length === 0) { html('p', file + ' has errors (or no plan): fix them to see its payout curves.', 'note'); return; }
  for (const plan of plans) {
    html('h2', plan.plan);
    const money = plan.components.filter((c) => c.unit === 'money');
    const share = plan.components.filter((c) => c.unit === 'share');
    if (money.length > 0) {
      html('p', 'Payout per ' + plan.period + ' against attainment; the dotted line marks 100%.', 'note');
      const series = money.slice();
      if (plan.total && money.length > 1) series.push({ name: 'total', points: plan.total, total: true, atTarget: '' });
      chart(plan.plan, series, 'money', plan.currency);
    }
    if (share.length > 0) {
      html('p', 'As a share of target (the plan has no target incentive in money):', 'note');
      chart(plan.plan + ' (share of target)', share, 'share', plan.currency);
    }
    const measures = [...new Set(plan.components.filter((c) => c.unit === 'measure').map((c) => c.measure))];
    for (const m of measures) {
      html('p', 'Commission as a share of ' + m + ', against attainment = amount / ' + m + ':', 'note');
      chart(plan.plan + ' (share of ' + m + ')', plan.components.filter((c) => c.unit === 'measure' && c.measure === m), 'share', plan.currency);
    }
    if (plan.components.length === 0) html('p', 'No component of this plan pays on attainment alone.', 'note');
    if (plan.notDrawn.length > 0) {
      html('p', 'Not drawn:', 'note');
      const ul = html('ul');
      for (const n of plan.notDrawn) { const li = document.createElement('li'); li.textContent = n.name + ': ' + n.reason; ul.appendChild(li); }
    }
  }
}
draw();
</script>
</body>
</html>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
