// The search over the practice's referrals: the child's first name, the guardian's name or the case reference (HH-2026-0142),
// narrowing the lists as the user types. Case and accents do not matter ("Aylin" finds "aylin", "Müller" "muller").

const field = document.getElementById('suche');
const result = document.getElementById('suche-ergebnis');

const fold = (text) => String(text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de-DE');

/** The search text as typed, folded; '' when the field is empty. */
export function query() {
    return fold(field.value.trim());
}

/** Whether the referral is found by the query (every referral is, for an empty one). */
export function matches(view, folded = query()) {
    if (!folded) return true;
    const words = [view.family?.childFirstName, view.family?.guardianName, view.reference];
    return fold(words.join(' ')).includes(folded);
}

export function onSearch(listener) {
    field.addEventListener('input', listener);
}

/** Empties the search (a new referral that it would hide must be seen). */
export function clearSearch() {
    field.value = '';
}

/** Says how many referrals the search found; nothing while the field is empty. */
export function showCount(count) {
    result.textContent = query() ? `${count} ${count === 1 ? 'Vermittlung' : 'Vermittlungen'} gefunden` : '';
}
