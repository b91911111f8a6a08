// The queue's filters (Gemeinde, nur dringend, nur überfällig), combinable and kept in the URL query, so that a
// reload or a bookmark shows the same rows. The number of rows shown is announced politely (#filter-ergebnis).

const form = document.getElementById('filter');
const result = document.getElementById('filter-ergebnis');
const { gemeinde: town, dringend: urgent, ueberfaellig: overdue } = form.elements;

function readUrl() {
    const query = new URLSearchParams(location.search);
    town.value = query.get('gemeinde') ?? '';
    if (town.selectedIndex < 0) town.value = ''; // a town that is no longer in the list
    urgent.checked = query.get('dringend') === '1';
    overdue.checked = query.get('ueberfaellig') === '1';
}

function writeUrl() {
    const query = new URLSearchParams(location.search);
    const set = (name, value) => (value ? query.set(name, value) : query.delete(name));
    set('gemeinde', town.value);
    set('dringend', urgent.checked ? '1' : '');
    set('ueberfaellig', overdue.checked ? '1' : '');
    const search = query.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

/**
 * Shows the rows that pass every chosen filter and hides the others. A row says what it is in data-municipality,
 * data-urgent and data-overdue.
 */
export function applyFilters(rows) {
    let shown = 0;
    for (const row of rows) {
        const passes = (!town.value || row.dataset.municipality === town.value)
            && (!urgent.checked || row.dataset.urgent === 'true')
            && (!overdue.checked || row.dataset.overdue === 'true');
        row.hidden = !passes;
        if (passes) shown++;
    }
    const total = rows.length;
    const text = !total ? ''
        : shown ? `${shown} von ${total} ${total === 1 ? 'Fall' : 'Fällen'} angezeigt`
            : `Kein Fall passt zu den Filtern (${total} in der Warteschlange).`;
    if (result.textContent !== text) result.textContent = text;
    // Without a filter the table's caption says as much: the count stays for screen readers only.
    result.classList.toggle('visually-hidden', !town.value && !urgent.checked && !overdue.checked);
}

/** Reads the filters from the URL and calls changed() whenever a filter changes. */
export function initFilters(changed) {
    readUrl();
    form.addEventListener('change', () => {
        writeUrl();
        changed();
    });
    form.addEventListener('submit', (event) => event.preventDefault()); // filters apply as they change
}
