// The reports page (coordinator and Berichte): protected figures of the network for a period and a breakdown,
// as a table, a bar chart and a tile map of the districts. Suppressed values come as null and show as '–'.

import { apiGet } from '../api.js';
import { announce, clear, el, offerKindLabel, outcomeLabel } from '../dom.js';
import { keyLabel, renderBars, renderMap } from './berichte/charts.js';
import { renderWorkshops } from './berichte/workshops.js';

const form = document.getElementById('bericht-form');
const rows = document.querySelector('#bericht tbody');
const keyHeader = document.getElementById('bericht-schluessel');
const title = document.getElementById('bericht-titel');
const csv = document.getElementById('csv');
const breakdownLabel = { municipality: 'Gemeinde', district: 'Stadtteil', practiceGroup: 'Gemeinde der Praxis', need: 'Bedarf' };

const DASH = '–';

function count(value) {
    return value === null || value === undefined ? DASH : String(value);
}

function minutes(value) {
    if (value === null || value === undefined) return DASH;
    if (value < 60) return `${value} Min.`;
    if (value < 48 * 60) return `${(value / 60).toLocaleString('de-DE', { maximumFractionDigits: 1 })} Std.`;
    return `${(value / 1440).toLocaleString('de-DE', { maximumFractionDigits: 1 })} Tage`;
}

function percent(value) {
    return value === null || value === undefined ? '' : ` (${value} %)`;
}

// Every count under 5 (0 included) comes as null: only the outcomes and kinds of help with a published count are
// listed by name, the others together in one line, so that a row does not list every kind with a dash.
function listed(items, published, label) {
    const shown = items.filter(published);
    const lines = shown.map((item) => el('li', {}, label(item)));
    if (shown.length < items.length) lines.push(el('li', {}, `übrige: je ${DASH}`));
    return el('ul', { class: 'plain-list' }, lines);
}

function outcomes(list) {
    return list.some((o) => o.count !== null)
        ? listed(list, (o) => o.count !== null, (o) => `${outcomeLabel(o.outcome)}: ${o.count}`)
        : DASH;
}

function onward(r) {
    const total = `${count(r.onwardReferrals)} (${count(r.onwardTakenUp)})`;
    if (!r.onwardByKind.some((k) => k.referrals !== null)) return total;
    return [total, listed(r.onwardByKind, (k) => k.referrals !== null, (k) => `${offerKindLabel(k.kind)}: ${k.referrals} (${count(k.takenUp)})`)];
}

function row(by, r, total) {
    return el('tr', { class: total ? 'total' : null },
        el('th', { scope: 'row', 'data-label': breakdownLabel[by] }, keyLabel(by, r.key)),
        el('td', { 'data-label': 'Vermittlungen' }, count(r.referrals)),
        el('td', { 'data-label': 'Erreicht' }, count(r.reached) + percent(r.reachedPercent)),
        el('td', { 'data-label': 'Bis Übernahme' }, `${minutes(r.medianMinutesToAssignment)} / ${minutes(r.p90MinutesToAssignment)}`),
        el('td', { 'data-label': 'Bis Kontaktversuch' }, `${minutes(r.medianMinutesToFirstContact)} / ${minutes(r.p90MinutesToFirstContact)}`),
        el('td', { 'data-label': 'Abschlüsse' }, outcomes(r.outcomes)),
        el('td', { 'data-label': 'Weitervermittlungen' }, onward(r)));
}

async function show() {
    const period = form.elements.period.value;
    const by = form.elements.by.value;
    const query = new URLSearchParams({ period, by });
    const [report, districts] = await Promise.all([
        apiGet(`/api/reports?${query}`, { form }),
        apiGet(`/api/reports?${new URLSearchParams({ period, by: 'district' })}`, { form }),
    ]);
    const periodText = form.elements.period.selectedOptions[0].textContent;
    keyHeader.textContent = breakdownLabel[by];
    title.textContent = `– ${periodText}, nach ${breakdownLabel[by]}`;
    csv.href = `/api/reports/csv?${query}`;
    document.getElementById('werkstaetten-csv').href = `/api/reports/workshops/csv?${new URLSearchParams({ period })}`;
    clear(rows);
    rows.append(...report.rows.map((r) => row(by, r, false)), row(by, report.total, true));
    renderWorkshops(document.querySelector('#werkstaetten-bericht tbody'), report, count);
    renderBars(document.getElementById('diagramm'), report, by, breakdownLabel[by], periodText);
    renderMap(document.getElementById('karte'), districts, periodText);
    return report;
}

form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const report = await show();
    announce(`Bericht geladen: ${report.rows.length} Zeilen, Gesamt ${count(report.total.referrals)} Vermittlungen`);
});

document.getElementById('drucken').addEventListener('click', () => window.print());

show().catch((error) => console.error(error));
