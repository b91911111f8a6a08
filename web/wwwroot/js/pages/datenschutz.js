// The data-protection officer's page: the audit trail, newest first, in words (who, what, which case, outcome),
// filtered by person, days and case; the filtered entries as a CSV file; and the verification of the hash chain.
// Entries are references only: account, case, action, status.

import { apiGet } from '../api.js';
import { announce, caseReference, clear, el, formatDateTime } from '../dom.js';

const PAGE_SIZE = 50;
const rows = document.querySelector('#protokoll tbody');
const more = document.getElementById('mehr');
const form = document.getElementById('filter-form');
const people = document.getElementById('personen');
const exportLink = document.getElementById('export');
const verification = document.getElementById('pruefung');
const known = new Map(); // login -> who, for the person field's suggestions
let filter = new URLSearchParams();
let next = null;

// A day from <input type="date"> as the instant it begins on this computer's clock (German time at the office).
function startOf(day, plusDays = 0) {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(year, month - 1, date + plusDays).toISOString();
}

function readFilter() {
    const query = new URLSearchParams();
    const { actor, from, to, caseId } = form.elements;
    if (actor.value.trim()) query.set('actor', actor.value.trim());
    if (from.value) query.set('from', startOf(from.value));
    if (to.value) query.set('to', startOf(to.value, 1)); // "bis" includes its day
    if (caseId.value.trim()) query.set('caseId', caseId.value.trim());
    return query;
}

function showCase(caseId) {
    form.elements.caseId.value = caseId;
    form.requestSubmit();
}

function row(entry) {
    const login = entry.actor.includes(':') ? entry.actor.slice(entry.actor.indexOf(':') + 1) : entry.actor;
    if (/^[A-Z]/.test(entry.actor)) known.set(login, entry.who);
    // data-label: the column's name, shown before each cell where a phone stacks the row (site.css)
    return el('tr', { 'data-sequence': entry.sequence },
        el('td', { 'data-label': 'Nr.' }, String(entry.sequence)),
        el('td', { 'data-label': 'Zeit' }, el('time', { datetime: entry.time }, formatDateTime(entry.time))),
        el('td', { 'data-label': 'Wer' }, entry.who),
        el('td', { 'data-label': 'Was' }, entry.what),
        el('td', { 'data-label': 'Fall' }, entry.caseId
            ? el('button', { type: 'button', class: 'link-button', title: `Alle Einträge zu ${caseReference(entry.caseId)}`, onclick: () => showCase(entry.caseId) },
                caseReference(entry.caseId))
            : '–'),
        el('td', { 'data-label': 'Ergebnis' }, entry.outcome));
}

function suggestPeople() {
    clear(people).append(...[...known].sort(([a], [b]) => a.localeCompare(b, 'de')).map(([login, who]) => el('option', { value: login }, who)));
}

async function load(older) {
    const query = new URLSearchParams(filter);
    query.set('limit', String(PAGE_SIZE));
    if (older && next !== null) query.set('before', String(next));
    const page = await apiGet(`/api/audit?${query}`, { form });
    if (!older) clear(rows);
    if (!older && !page.entries.length) {
        rows.append(el('tr', {}, el('td', { colspan: '6' }, 'Keine Einträge')));
    }
    rows.append(...page.entries.map(row));
    suggestPeople();
    next = page.next;
    more.hidden = next === null;
    return page.entries.length;
}

async function verify() {
    const result = await apiGet('/api/audit/verification');
    verification.dataset.state = result.ok ? 'ok' : 'broken';
    verification.textContent = result.ok
        ? `Die Hash-Kette ist unversehrt: ${result.rowsChecked} Einträge geprüft.`
        : `Die Hash-Kette ist ab Eintrag ${result.firstBrokenSequence} verletzt (${result.rowsChecked} Einträge davor sind unversehrt).`;
}

form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const previous = filter;
    try {
        filter = readFilter();
        const count = await load(false);
        exportLink.href = `/api/audit/export${filter.size ? `?${filter}` : ''}`;
        announce(`${count}${next === null ? '' : ' oder mehr'} Einträge gefunden`);
    } catch {
        filter = previous; // api.js shows the refusal beside the field it names; older pages keep the last good filter
    }
});

more.addEventListener('click', async () => {
    const count = await load(true);
    announce(`${count} ältere Einträge geladen`);
});

Promise.all([verify(), load(false)]).catch((error) => console.error(error));
