// The case detail as a view of its own: #fall/<caseId> in the address, so that the back button leads back to the
// lists, and a reload or a link from a notification opens the same case.

const PREFIX = '#fall/';

/** The case the address names, or null for the lists. */
export function routedCaseId() {
    return location.hash.startsWith(PREFIX) ? decodeURIComponent(location.hash.slice(PREFIX.length)) : null;
}

/** A new history entry for the case's detail view (the back button then returns to the lists). */
export function goToCase(caseId) {
    if (routedCaseId() !== caseId) history.pushState({ fromList: true }, '', `${PREFIX}${encodeURIComponent(caseId)}`);
}

/** Back to the lists: through the history when the detail was opened from them, else by replacing the address. Returns whether the change is still to come (popstate). */
export function goToList() {
    if (routedCaseId() === null) return false;
    if (history.state?.fromList) {
        history.back();
        return true;
    }
    history.replaceState(null, '', location.pathname + location.search);
    return false;
}

/** Calls listener whenever the address changes by the back or forward button or by a link. */
export function onRoute(listener) {
    addEventListener('popstate', listener);
    addEventListener('hashchange', listener);
}
