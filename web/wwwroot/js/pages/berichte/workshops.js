// The reports page's parent workshops (Elternwerkstätten): held workshops, registered and attending families per month
// and per municipality, the total last. Counts come protected from the server; null shows as '–'.

import { clear, el } from '../../dom.js';

const monthName = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', month: 'long', year: 'numeric' });

// "2026-11" is a calendar month: formatted as UTC, it is the same month everywhere.
function monthLabel(key) {
    const [year, month] = key.split('-').map(Number);
    return monthName.format(new Date(Date.UTC(year, month - 1, 1)));
}

function row(label, r, count, total) {
    return el('tr', { class: total ? 'total' : null },
        el('th', { scope: 'row', 'data-label': 'Monat oder Gemeinde' }, label),
        el('td', { 'data-label': 'Werkstätten gehalten' }, count(r.held)),
        el('td', { 'data-label': 'Familien angemeldet' }, count(r.registered)),
        el('td', { 'data-label': 'Familien teilgenommen' }, count(r.attended)));
}

export function renderWorkshops(body, report, count) {
    clear(body).append(
        ...report.workshopsByMonth.map((r) => row(monthLabel(r.key), r, count, false)),
        ...report.workshopsByMunicipality.map((r) => row(r.key, r, count, false)),
        row('Gesamt', report.workshopTotal, count, true));
}
