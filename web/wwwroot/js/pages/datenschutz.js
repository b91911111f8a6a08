// The data-protection officer's page: the audit trail, newest first, filtered by case reference, and the
// verification of its hash chain. Entries are references only (account, case id, endpoint, status).

import { apiGet } from '../api.js';
import { announce, clear, el, formatDateTime } from '../dom.js';

const PAGE_SIZE = 50;
const rows = document.querySelector('#protokoll tbody');
const more = document.getElementById('mehr');
const form = document.getElementById('filter-form');
const verification = document.getElementById('pruefung');
let caseId = '';
let next = null;

function row(entry) {
    // data-label: the column's name, shown before each cell where a phone stacks the row (site.css)
    return el('tr', { 'data-sequence': entry.sequence },
        el('td', { 'data-label': 'Nr.' }, String(entry.sequence)),
        el('td', { 'data-label': 'Zeit' }, el('time', { datetime: entry.time }, formatDateTime(entry.time))),
        el('td', { 'data-label': 'Wer' }, entry.actor),
        el('td', { 'data-label': 'Zugriff' }, el('code', {}, entry.action)),
        el('td', { 'data-label': 'Fall' }, entry.caseId ?? '–'),
        el('td', { 'data-label': 'Status' }, String(entry.status)));
}

async function load(older) {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (caseId) query.set('caseId', caseId);
    if (older && next !== null) query.set('before', String(next));
    const page = await apiGet(`/api/audit?${query}`, { form });
    if (!older) clear(rows);
    if (!older && !page.entries.length) {
        rows.append(el('tr', {}, el('td', { colspan: '6' }, 'Keine Einträge')));
    }
    rows.append(...page.entries.map(row));
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
    caseId = form.elements.caseId.value.trim();
    const count = await load(false);
    announce(caseId ? `${count} Einträge zum Fall ${caseId}` : `${count} Einträge`);
});

more.addEventListener('click', async () => {
    const count = await load(true);
    announce(`${count} ältere Einträge geladen`);
});

Promise.all([verify(), load(false)]).catch((error) => console.error(error));
