// The day's chart of active cases on the coordinator's board, as the server keeps it (view.activeToday: one point per
// change since midnight, the same in every tab and after a reload), drawn as a step line up to now. Its text
// alternative is the summary in words and the values as a table.

import { clear, el, svgEl } from '../../dom.js';

const chart = document.getElementById('verlauf');
const clock = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });

/** Draws the day's series up to now, with its current value and peak in words and all values in a table. */
export function renderChart(view) {
    const points = (view.activeToday ?? []).map((point) => [Date.parse(point.at), point.active]);
    const open = chart.querySelector('details')?.open ?? false;
    clear(chart);
    const current = points.at(-1)?.[1] ?? 0;
    const peak = points.reduce((max, [, total]) => Math.max(max, total), 0);
    const width = 600;
    const height = 220;
    const pad = { left: 40, right: 16, top: 16, bottom: 30 };
    const now = Date.now();
    const x0 = points[0]?.[0] ?? now;
    const x1 = Math.max(now, points.at(-1)?.[0] ?? now);
    const yMax = Math.max(4, Math.ceil((peak * 1.2) / 2) * 2);
    const x = (t) => pad.left + ((t - x0) / Math.max(x1 - x0, 1)) * (width - pad.left - pad.right);
    const y = (v) => height - pad.bottom - (v / yMax) * (height - pad.top - pad.bottom);

    // A step line: the total holds until the next change, and up to now.
    let path = '';
    points.forEach(([t, total], index) => {
        path += index === 0 ? `M${x(t).toFixed(1)},${y(total).toFixed(1)}` : `H${x(t).toFixed(1)}V${y(total).toFixed(1)}`;
    });
    if (points.length) path += `H${x(now).toFixed(1)}`;

    const grid = [0, yMax / 2, yMax].map((value) => [
        svgEl('line', { class: value === 0 ? 'axis' : 'grid', x1: pad.left, x2: width - pad.right, y1: y(value), y2: y(value) }),
        svgEl('text', { x: pad.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, String(value)),
    ]);
    const svg = svgEl('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'verlauf-text', focusable: 'false' },
        grid,
        svgEl('line', { class: 'axis', x1: pad.left, x2: pad.left, y1: pad.top, y2: height - pad.bottom }),
        svgEl('text', { x: pad.left, y: height - 8 }, `${clock.format(new Date(x0))} Uhr`),
        svgEl('text', { x: width - pad.right, y: height - 8, 'text-anchor': 'end' }, `${clock.format(new Date(x1))} Uhr`),
        points.length ? svgEl('path', { class: 'line', d: path }) : null,
        points.length ? svgEl('circle', { class: 'point', cx: x(now), cy: y(current), r: 4 }) : null,
        points.length ? svgEl('text', { class: 'value', x: Math.min(x(now), width - pad.right) - 6, y: y(current) - 8, 'text-anchor': 'end' }, String(current)) : null);
    chart.append(
        el('figure', { class: 'chart-figure' }, svg),
        el('p', { id: 'verlauf-text', class: 'chart-summary' }, `Aktuell ${current} aktive Fälle, Höchststand ${peak}`),
        valuesTable(points, open));
}

function valuesTable(points, open) {
    return el('details', { class: 'chart-values', open: open || null },
        el('summary', {}, 'Verlauf als Tabelle'),
        el('table', {},
            el('caption', {}, 'Aktive Fälle heute, jede Änderung mit Uhrzeit'),
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Ab'), el('th', { scope: 'col' }, 'Aktive Fälle'))),
            el('tbody', {}, points.map(([t, total]) => el('tr', {},
                el('td', {}, el('time', { datetime: new Date(t).toISOString() }, `${clock.format(new Date(t))} Uhr`)),
                el('td', {}, String(total)))))));
}
