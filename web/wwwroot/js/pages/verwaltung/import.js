// The CSV import of practices and Lotsinnen: a dry run that lists every row's problem, then the import itself.

import { apiSend } from '../../api.js';
import { clear, el } from '../../dom.js';
import { onSubmit, showStatus } from './forms.js';

const form = document.getElementById('import-form');
const result = document.getElementById('import-ergebnis');
const COLUMN_LABELS = { name: 'Name', anschrift: 'Anschrift', telefon: 'Telefon', stadt: 'Stadt', stadtteil: 'Stadtteil', 'träger': 'Träger', 'kapazität': 'Kapazität', sprachen: 'Sprachen', stadtteile: 'Stadtteile', benutzername: 'Benutzername' };

function outcome(row) {
    const problems = Object.entries(row.problems);
    if (problems.length) return el('ul', { class: 'plain-list' }, problems.map(([column, message]) => el('li', {}, `${COLUMN_LABELS[column] ?? column}: ${message}`)));
    if (!row.id) return 'in Ordnung';
    const earlier = row.repeated ? ' (beim ersten Senden angelegt: ein neues Erstpasswort gibt „Passwort zurücksetzen“)' : ' (bestand schon)';
    const account = row.userName ? `; Konto ${row.userName}${row.firstPassword ? `, Erstpasswort ${row.firstPassword}` : earlier}` : '';
    return `aufgenommen${row.repeated ? ' (schon beim ersten Senden)' : ''}${account}`;
}

/** "1 Zeile", "3 Zeilen". */
const lines = (count) => `${count} ${count === 1 ? 'Zeile' : 'Zeilen'}`;

function summary(report) {
    const rows = report.rows.length;
    if (report.imported) return `Import fertig: ${lines(rows)} aufgenommen.`;
    if (report.dryRun) return `Probelauf: ${lines(rows)} geprüft, ${report.invalid} mit Problemen. Nichts wurde geändert.`;
    const problems = rows === 1 ? 'Die Zeile hat Probleme' : `${report.invalid} von ${rows} Zeilen ${report.invalid === 1 ? 'hat' : 'haben'} Probleme`;
    return `Nichts importiert: ${problems}. Bitte die Datei berichtigen und erneut senden.`;
}

function render(report) {
    clear(result).append(
        el('p', { class: 'filter-result' }, summary(report)),
        el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Ergebnis des Imports (seitlich scrollbar)' },
            el('table', { id: 'import-zeilen' },
                el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Zeile'), el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Ergebnis'))),
                el('tbody', {}, report.rows.map((row) => el('tr', { 'data-line': row.line, 'data-problems': Object.keys(row.problems).length },
                    el('td', {}, String(row.line)), el('td', {}, row.name || '–'), el('td', {}, outcome(row))))))));
}

// One import id per file content, as the CLI has: the same file sent again after an interrupted import completes it
// (its earlier rows count as its own). Without crypto.subtle (plain HTTP) api.js gives each sending an id of its own.
async function importId(kind, csv) {
    if (!crypto.subtle) return undefined;
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${kind}\n${csv}`)));
    return `import-${[...hash.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function wireImport(page) {
    document.getElementById('import-file').addEventListener('change', async (event) => {
        const file = event.target.files?.[0];
        if (file) form.elements.csv.value = await file.text();
    });
    onSubmit(form, async (button) => {
        const kind = form.querySelector('input[name="kind"]:checked').value;
        const csv = form.elements.csv.value;
        const body = { commandId: await importId(kind, csv), csv, dryRun: button.dataset.dryRun === 'true' };
        clear(result); // a refused file must not leave the result of the file before it on the page
        const report = await apiSend('POST', `/api/admin/import/${kind}`, body, { form });
        render(report);
        showStatus(summary(report));
        if (report.imported) await page.reload();
    });
}
