// The supervisor's charts (GET /supervisor/charts): per day, CSAT, first response and resolution against
// their SLA, and the share of conversations the bot finished alone. Inline SVG, drawn with attributes
// only (the page's style-src allows no inline styles).

import { api } from './api.js';
import { el, fill } from './dom.js';
import { state, ui } from './state.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 420;
const H = 150;
const PAD = { left: 36, right: 36, top: 12, bottom: 22 };
const BAR = '#4a78c2';
const LINE = '#d9822b';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  for (const c of children) if (c) node.append(c);
  return node;
}

const text = (x, y, value, attrs = {}) => {
  const t = svg('text', { x, y, 'font-size': 10, fill: '#5b6577', ...attrs });
  t.textContent = value;
  return t;
};

/**
 * One chart: a bar per day (`bar(day)`, null for none) on the left scale up to `max`, and optionally a
 * line of shares within the SLA (0-100 %) on the right scale.
 */
function chart({ title, days, bar, max, format, share, note, testid }) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / days.length;
  const y = (v) => PAD.top + innerH - (Math.min(v, max) / max) * innerH;
  const ys = (s) => PAD.top + innerH - s * innerH;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': title, 'data-testid': testid });
  root.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + innerH, y2: PAD.top + innerH, stroke: '#c9d1dd' }));
  root.append(text(2, PAD.top + 8, format(max)), text(2, PAD.top + innerH, '0'));
  if (share) root.append(text(W - PAD.right + 4, PAD.top + 8, '100%'), text(W - PAD.right + 4, PAD.top + innerH, '0%'));
  const points = [];
  days.forEach((d, i) => {
    const x = PAD.left + i * step;
    const v = bar(d);
    if (v !== null && v !== undefined) {
      const top = y(v);
      const rect = svg('rect', { x: x + step * 0.15, y: top, width: step * 0.7, height: PAD.top + innerH - top, fill: BAR, rx: 2 });
      rect.append(Object.assign(svg('title'), { textContent: `${d.date}: ${format(v)}${note ? note(d) : ''}` }));
      root.append(rect);
    }
    if (i % 2 === 0 || days.length <= 7) root.append(text(x + step / 2, H - 6, d.date.slice(5), { 'text-anchor': 'middle' }));
    const s = share ? share(d) : null;
    if (s !== null && s !== undefined) points.push(`${x + step / 2},${ys(s)}`);
  });
  if (points.length) {
    root.append(svg('polyline', { points: points.join(' '), fill: 'none', stroke: LINE, 'stroke-width': 2 }));
    for (const p of points) {
      const [cx, cy] = p.split(',');
      root.append(svg('circle', { cx, cy, r: 2.5, fill: LINE }));
    }
  }
  return el('figure', { class: 'chart' }, el('figcaption', {}, title), root);
}

const minutes = (s) => `${Math.round(s / 60)} min`;
const hours = (s) => `${(s / 3600).toFixed(1)} h`;
const percent = (v) => `${Math.round(v * 100)}%`;
const ceilTo = (v, unit) => Math.max(unit, Math.ceil(v / unit) * unit);

export async function refreshCharts() {
  try {
    const data = await api('GET', '/supervisor/charts');
    if (state.view !== 'supervisor') return;
    renderCharts(data);
  } catch {
    // The figures above still show; the next refresh tries again.
  }
}

/** A time against its SLA: the median (bars, on a scale rounded up to `unit` seconds) and the share within (line). */
function slaChart(days, key, title, testid, format, unit) {
  const max = ceilTo(Math.max(0, ...days.map((d) => d[key].medianSeconds ?? 0)), unit);
  return chart({ title, testid, days, max, format, bar: (d) => d[key].medianSeconds, share: (d) => d[key].withinSla, note: (d) => ` (${d[key].count})` });
}

function renderCharts({ timeZone, days }) {
  ui.supChartsZone.textContent = `(days in ${timeZone})`;
  fill(
    ui.supCharts,
    chart({ title: 'CSAT: average rating, 1–5', testid: 'chart-csat', days, max: 5, format: (v) => v.toFixed(1), bar: (d) => d.csat.average, note: (d) => ` (${d.csat.count} rated)` }),
    slaChart(days, 'firstResponse', 'First response: median (bars), share within SLA (line)', 'chart-first-response', minutes, 15 * 60),
    slaChart(days, 'resolution', 'Resolution: median (bars), share within SLA (line)', 'chart-resolution', hours, 3600),
    chart({ title: 'Contained: finished by the bot without a person', testid: 'chart-contained', days, max: 1, format: percent, bar: (d) => d.contained.share, note: (d) => ` of ${d.contained.judged}` }),
  );
}
