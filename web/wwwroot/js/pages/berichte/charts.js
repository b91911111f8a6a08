// SVG charts of the reports page, each with a text alternative beside it: a bar chart of referrals per row and a
// tile map of the network's districts (one row of tiles per municipality) shaded by the share of families reached.

import { clear, el, needLabel, svgEl } from '../../dom.js';

const SHADES = [20, 40, 60, 80, 101]; // upper bounds (exclusive) of the five shades, in percent

/** A row's key as a reader knows it: needs in German, everything else (and the total) as it is. */
export function keyLabel(by, key) {
    return by === 'need' && key !== 'Gesamt' ? needLabel(key) : key;
}

/** Horizontal bars of the published referrals; a suppressed row has no bar and says so. */
export function renderBars(target, report, by, byLabel, periodText) {
    clear(target);
    const width = 600;
    const barHeight = 22;
    const gap = 8;
    const labelWidth = 200;
    const max = Math.max(5, ...report.rows.map((r) => r.referrals ?? 0));
    const height = Math.max(1, report.rows.length) * (barHeight + gap) + gap;
    const scale = (value) => (value / max) * (width - labelWidth - 60);
    const summary = report.rows.length
        ? report.rows.map((r) => `${keyLabel(by, r.key)}: ${r.referrals === null ? 'weniger als 5' : r.referrals}`).join('; ')
        : 'keine Vermittlungen';
    const bars = report.rows.map((r, i) => {
        const y = gap + i * (barHeight + gap);
        return [
            svgEl('text', { x: labelWidth - 8, y: y + barHeight * 0.7, 'text-anchor': 'end' }, keyLabel(by, r.key)),
            r.referrals ? svgEl('rect', { class: 'bar', x: labelWidth, y, width: scale(r.referrals), height: barHeight }) : null,
            svgEl('text', { class: 'value', x: labelWidth + scale(r.referrals ?? 0) + 6, y: y + barHeight * 0.7 }, r.referrals === null ? '–' : String(r.referrals)),
        ];
    });
    target.append(el('figure', { class: 'chart-figure' },
        el('figcaption', {}, `Vermittlungen nach ${byLabel}, ${periodText}`),
        svgEl('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'diagramm-text', focusable: 'false' },
            svgEl('line', { class: 'axis', x1: labelWidth, x2: labelWidth, y1: 0, y2: height }), bars),
        el('p', { id: 'diagramm-text', class: 'chart-summary' }, `Vermittlungen nach ${byLabel}, ${periodText}: ${summary}.`)));
}

function shade(percent) {
    if (percent === null || percent === undefined) return 'tile-none';
    return `tile-${SHADES.findIndex((bound) => percent < bound)}`;
}

/** The districts as tiles, one row per municipality, shaded by the share reached; with a legend and a list as text. */
export function renderMap(target, report, periodText) {
    const places = JSON.parse(target.dataset.places);
    const byKey = new Map(report.rows.map((r) => [r.key, r]));
    clear(target);
    const tile = 46;
    const labelWidth = 130;
    const columns = Math.max(...Object.values(places).map((d) => d.length));
    const municipalities = Object.keys(places);
    const width = labelWidth + columns * tile;
    const height = municipalities.length * tile;
    const items = [];
    const tiles = municipalities.map((municipality, rowIndex) => [
        svgEl('text', { x: labelWidth - 8, y: rowIndex * tile + tile * 0.6, 'text-anchor': 'end' }, municipality),
        places[municipality].map((district, column) => {
            const r = byKey.get(`${district} (${municipality})`);
            const value = r?.reachedPercent ?? null;
            const words = r ? (value === null ? 'zu wenige Fälle' : `${value} % erreicht`) : 'keine Vermittlungen';
            items.push(el('li', {}, `${district} (${municipality}): ${words}`));
            return svgEl('g', { class: r ? shade(value) : 'tile-empty' },
                svgEl('title', {}, `${district} (${municipality}): ${words}`),
                svgEl('rect', { x: labelWidth + column * tile + 2, y: rowIndex * tile + 2, width: tile - 4, height: tile - 4, rx: 4 }),
                svgEl('text', { x: labelWidth + column * tile + tile / 2, y: rowIndex * tile + tile * 0.6, 'text-anchor': 'middle' }, district.slice(0, 3)));
        }),
    ]);
    const legend = el('ul', { class: 'map-legend' },
        ['0–19 %', '20–39 %', '40–59 %', '60–79 %', '80–100 %'].map((text, i) => el('li', { class: `tile-${i}` }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), text)),
        el('li', { class: 'tile-none' }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), 'zu wenige Fälle'),
        el('li', { class: 'tile-empty' }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), 'keine Vermittlungen'));
    target.append(el('figure', { class: 'chart-figure' },
        el('figcaption', {}, `Anteil erreichter Familien je Stadtteil, ${periodText}`),
        el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Karte der Stadtteile' },
            svgEl('svg', { class: 'chart tile-map', viewBox: `0 0 ${width} ${height}`, width, role: 'img', 'aria-labelledby': 'karte-text', focusable: 'false' }, tiles)),
        legend,
        el('p', { id: 'karte-text', class: 'visually-hidden' }, `Karte der Stadtteile, ${periodText}, Anteil erreichter Familien: siehe die Liste darunter.`),
        el('details', {}, el('summary', {}, 'Karte als Liste'), el('ul', {}, items))));
}
