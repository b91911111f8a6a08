// The practice page: watch the practice's own referrals live (running ones first, closed ones in the archive),
// search them, refer a family (praxis/form.js), write to the Lotsin, withdraw a referral or the family's consent.
// Data reaches the DOM only as text (dom.js).

import { apiGet, apiSend } from '../api.js';
import {
    announce, caseReference, clear, el, feedbackLabel, formatDateTime, needLabel, outcomeLabel, overdueFlag, practiceStatusLabel,
    statusChip, timeEl,
} from '../dom.js';
import { onPush, start } from '../live.js';
import { setUpReferralForm } from './praxis/form.js';
import { showConsentOffers } from './praxis/offers.js';
import { clearSearch, matches, onSearch, query, showCount } from './praxis/search.js';

const list = document.getElementById('vermittlungen'); // running referrals
const archive = document.getElementById('archiv'); // closed ones, in a collapsed section
const archiveSection = document.getElementById('archiv-bereich');
const archiveCount = document.getElementById('archiv-anzahl');
const presence = document.getElementById('bereitschaft');
const views = new Map(); // caseId -> PracticeCaseView
const items = new Map(); // caseId -> its li in the list (no search of the whole list per push)

// ---- referrals list ----------------------------------------------------------------------------

function referralItem(view, withActions = true) {
    const family = view.family;
    const title = view.ended && !family
        ? 'Fall beendet'
        : family ? `${family.childFirstName} (${family.childBirthYear})` : 'Vermittlung';
    const headingId = `fall-${view.caseId}-titel`;
    return el('li', { class: 'card referral', 'data-case-id': view.caseId, 'data-reference': view.reference, 'data-status': view.status, 'aria-labelledby': headingId },
        el('h3', { id: headingId }, title),
        el('p', { class: 'card-line' },
            statusChip(view.status, practiceStatusLabel),
            view.urgent ? el('span', { class: 'flag-urgent' }, 'Dringend') : null),
        view.outcome ? el('p', { class: 'outcome' }, 'Ergebnis: ', el('strong', {}, outcomeLabel(view.outcome))) : null,
        el('p', { class: 'meta' }, caseReference(view), ' · vermittelt ', timeEl(view.referredAt),
            family?.guardianName ? ` · Sorgeberechtigt: ${family.guardianName}` : null,
            view.needs?.length ? ` · Bedarf: ${view.needs.map(needLabel).join(', ')}` : null),
        view.lotsinName ? el('p', {}, 'Lotsin: ', el('strong', {}, view.lotsinName)) : null,
        view.overdue?.length ? el('p', { class: 'flags' }, view.overdue.map((flag) => overdueFlag(flag.obligation))) : null,
        feedbackSection(view),
        messagesSection(view),
        view.ended || view.status === 'Closed' || !withActions ? null : actionsSection(view));
}

function feedbackSection(view) {
    if (view.feedbackWithheld) return el('p', { class: 'meta feedback-withheld' }, 'Rückmeldung nicht freigegeben');
    if (!view.feedback?.length) return null;
    return el('div', { class: 'feedback' },
        el('h4', {}, 'Rückmeldungen'),
        el('ul', { class: 'entry-list' }, view.feedback.map((item) =>
            el('li', {},
                el('strong', {}, feedbackLabel(item.kind)), ' · ',
                el('time', { datetime: item.at }, formatDateTime(item.at)),
                item.text ? el('p', { class: 'entry-text' }, item.text) : null))));
}

function messagesSection(view) {
    if (!view.messages?.length) return null;
    return el('div', { class: 'messages-list' },
        el('h4', {}, 'Ihre Nachrichten'),
        el('ul', { class: 'entry-list' }, view.messages.map(messageEntry)));
}

function messageEntry(message) {
    return el('li', {},
        el('time', { datetime: message.at }, formatDateTime(message.at)),
        message.text ? el('p', { class: 'entry-text' }, message.text) : null);
}

function actionsSection(view) {
    const id = view.caseId;
    const messageId = `nachricht-${id}`;
    const messageForm = el('form', { class: 'form', novalidate: true },
        el('div', { class: 'field' },
            el('label', { for: messageId }, 'Nachricht an die Lotsin'),
            el('textarea', { id: messageId, name: 'text', rows: 3, required: true })),
        el('button', { type: 'submit', class: 'button button-secondary' }, 'Nachricht senden'));
    messageForm.addEventListener('submit', (event) => {
        event.preventDefault();
        const text = messageForm.elements.text.value.trim();
        submit(messageForm, `/api/referrals/${encodeURIComponent(id)}/messages`, { text }, 'Nachricht gesendet')
            .then((ok) => { if (ok) messageForm.reset(); });
    });

    const canWithdraw = view.status === 'Referred' || view.status === 'Assigned';
    return el('details', { class: 'case-actions' },
        el('summary', {}, 'Nachricht, Rückzug, Widerruf'),
        messageForm,
        canWithdraw ? withdrawForm(id) : null,
        consentForm(id));
}

function withdrawForm(id) {
    const reasonId = `rueckzug-${id}`;
    const reasonField = el('div', { class: 'field', hidden: true },
        el('label', { for: reasonId }, 'Grund für den Rückzug'),
        el('input', { id: reasonId, name: 'reason', required: true, autocomplete: 'off' }));
    const confirm = el('button', { type: 'submit', class: 'button button-danger', hidden: true }, 'Rückzug bestätigen');
    const open = el('button', { type: 'button', class: 'button button-secondary', 'aria-expanded': 'false' }, 'Vermittlung zurückziehen');
    const withdrawal = el('form', { class: 'form', novalidate: true }, open, reasonField, confirm);
    open.addEventListener('click', () => {
        const show = reasonField.hidden;
        reasonField.hidden = !show;
        confirm.hidden = !show;
        open.setAttribute('aria-expanded', String(show));
        if (show) withdrawal.elements.reason.focus();
    });
    withdrawal.addEventListener('submit', (event) => {
        event.preventDefault();
        const reason = withdrawal.elements.reason.value.trim();
        submit(withdrawal, `/api/referrals/${encodeURIComponent(id)}/withdrawal`, { reason }, 'Vermittlung zurückgezogen');
    });
    return withdrawal;
}

function consentForm(id) {
    const confirm = el('button', { type: 'submit', class: 'button button-danger', hidden: true }, 'Ja, Einwilligung widerrufen');
    const hint = el('p', { class: 'hint', hidden: true },
        'Der Fall wird beendet und alle persönlichen Daten der Familie werden gelöscht. Das lässt sich nicht rückgängig machen.');
    const open = el('button', { type: 'button', class: 'button button-secondary', 'aria-expanded': 'false' }, 'Einwilligung widerrufen');
    const consent = el('form', { class: 'form', novalidate: true }, open, hint, confirm);
    open.addEventListener('click', () => {
        const show = confirm.hidden;
        confirm.hidden = !show;
        hint.hidden = !show;
        open.setAttribute('aria-expanded', String(show));
        if (show) confirm.focus();
    });
    consent.addEventListener('submit', (event) => {
        event.preventDefault();
        submit(consent, `/api/referrals/${encodeURIComponent(id)}/consent-withdrawal`, {}, 'Einwilligung widerrufen, Fall beendet');
    });
    return consent;
}

/** Sends a command for one case; the live push (or the returned view) updates the list. */
let lastCaseId = null;

async function submit(scope, path, body, success) {
    lastCaseId = scope.closest('li[data-case-id]')?.dataset.caseId ?? null;
    const buttons = [...scope.querySelectorAll('button')];
    for (const button of buttons) button.disabled = true;
    try {
        const result = await apiSend('POST', path, body, { form: scope });
        announce(success);
        await refresh(result?.caseId);
        return true;
    } catch {
        return false;
    } finally {
        for (const button of buttons) if (button.isConnected) button.disabled = false;
        keepFocus(scope);
    }
}

// A disabled or replaced button drops the focus to <body>: put it back on the case (or the list).
function keepFocus(scope) {
    if (document.activeElement && document.activeElement !== document.body) return;
    if (scope.isConnected) {
        scope.querySelector('button:not([hidden])')?.focus();
        if (document.activeElement !== document.body) return;
    }
    const caseId = scope.closest?.('li[data-case-id]')?.dataset.caseId ?? lastCaseId;
    const item = caseId ? items.get(caseId) : null;
    if (item?.isConnected && !item.hidden) {
        focusCard(item);
        return;
    }
    const heading = document.getElementById('liste-titel');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
}

// After a command the page asks for the case once more, in case the live connection is down.
async function refresh(caseId) {
    if (!caseId) return;
    try {
        show(await apiGet(`/api/referrals/${encodeURIComponent(caseId)}`));
    } catch {
        // api.js has shown the problem; the live push will still bring the change
    }
}

function sortKey(view) {
    return Date.parse(view.referredAt) || 0;
}

/**
 * A push that leaves the status as it was (a message, a feedback, an overdue flag) renews the card's text
 * but keeps its action forms as they are: no rebuilt forms, and drafts, open state and focus stay put.
 */
function patch(item, view, previous) {
    if (appendMessages(item, view, previous)) return;
    const actions = item.querySelector(':scope > details.case-actions');
    const lostFocus = item.contains(document.activeElement) && !actions?.contains(document.activeElement);
    const fresh = referralItem(view, false);
    for (const child of [...item.children]) if (child !== actions) child.remove();
    if (actions) actions.before(...fresh.children);
    else item.append(...fresh.children);
    if (lostFocus) focusCard(item); // e.g. the heading focused after sending, renewed by the push that followed
}

// The most frequent change, a new message of the practice, adds entries and changes nothing else:
// append them to the list that is there instead of renewing the card.
function appendMessages(item, view, previous) {
    const before = previous.messages ?? [];
    const after = view.messages ?? [];
    const list = item.querySelector(':scope > .messages-list > ul');
    if (!list || after.length <= before.length) return false;
    if (!sameData(previous, view, 'messages')) return false;
    if (before.some((message, index) => message.id !== after[index].id || message.text !== after[index].text)) return false;
    list.append(...after.slice(before.length).map(messageEntry));
    return true;
}

// Equality of two parsed JSON values (key order aside), without serializing them; skip: a top-level key to ignore.
function sameData(a, b, skip) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
        return true;
    }
    if (Array.isArray(b)) return false;
    let count = 0;
    for (const key in a) {
        if (key === skip) continue;
        if (!Object.hasOwn(b, key) || !sameData(a[key], b[key])) return false;
        count++;
    }
    for (const key in b) if (key !== skip) count--;
    return count === 0;
}

const isClosed = (view) => view.status === 'Closed' || view.ended;

/** Inserts, replaces or (view null) removes a referral, in its list (running or archive), newest first, focus kept. */
function show(view, caseId = view?.caseId) {
    if (!caseId) return;
    const old = items.get(caseId);
    if (!view) {
        views.delete(caseId);
        items.delete(caseId);
        old?.remove();
        listsChanged();
        return;
    }
    const previous = views.get(caseId);
    views.set(caseId, view);
    if (old && previous && previous.status === view.status && previous.ended === view.ended) {
        patch(old, view, previous);
        applySearch(old, view);
        listsChanged();
        return;
    }
    const item = referralItem(view);
    items.set(caseId, item);
    applySearch(item, view);
    const target = isClosed(view) ? archive : list;
    if (old && old.parentElement === target) replace(old, item);
    else {
        const hadFocus = old?.contains(document.activeElement) ?? false;
        old?.remove();
        const next = [...target.querySelectorAll(':scope > li[data-case-id]')]
            .find((li) => sortKey(views.get(li.dataset.caseId) ?? {}) < sortKey(view));
        target.insertBefore(item, next ?? null);
        if (hadFocus) focusCard(item);
    }
    listsChanged();
}

// A status change rebuilds the card in place: open actions, a draft and the focus stay.
function replace(old, item) {
    const wasOpen = old.querySelector('details')?.open;
    const hadFocus = old.contains(document.activeElement);
    const focusedId = hadFocus ? document.activeElement.id : null;
    const draft = old.querySelector('textarea')?.value;
    old.replaceWith(item);
    const details = item.querySelector('details');
    if (details && wasOpen) details.open = true;
    if (draft && item.querySelector('textarea')) item.querySelector('textarea').value = draft;
    const target = focusedId ? document.getElementById(focusedId) : null;
    if (target) target.focus();
    else if (hadFocus) focusCard(item);
}

// The card's heading; a card in the closed archive cannot take the focus, its summary does.
function focusCard(item) {
    if (archive.contains(item) && !archiveSection.open) {
        archiveSection.querySelector('summary').focus();
        return;
    }
    const heading = item.querySelector('h3');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
}

function applySearch(item, view, folded = query()) {
    item.hidden = !matches(view, folded);
}

function searchChanged() {
    const folded = query();
    for (const [caseId, item] of items) applySearch(item, views.get(caseId), folded);
    listsChanged();
    // A search that finds closed referrals shows them.
    if (folded && archive.querySelector(':scope > li[data-case-id]:not([hidden])')) archiveSection.open = true;
}

// Counts and empty lines after any change of the lists or the search.
function listsChanged() {
    const running = list.querySelectorAll(':scope > li[data-case-id]:not([hidden])').length;
    const closed = archive.querySelectorAll(':scope > li[data-case-id]:not([hidden])').length;
    archiveCount.textContent = String(closed);
    const searching = Boolean(query());
    emptyLine(list, running, searching ? 'Keine laufende Vermittlung passt zur Suche.' : 'Keine laufenden Vermittlungen.');
    emptyLine(archive, closed, searching ? 'Keine abgeschlossene Vermittlung passt zur Suche.' : 'Noch keine abgeschlossenen Vermittlungen.');
    showCount(running + closed);
}

function emptyLine(target, count, text) {
    const empty = target.querySelector(':scope > li.empty');
    if (count) empty?.remove();
    else if (empty) empty.textContent = text;
    else target.append(el('li', { class: 'empty' }, text));
}

function showPresence(anyOnDuty) {
    presence.dataset.onDuty = String(Boolean(anyOnDuty));
    presence.textContent = anyOnDuty
        ? 'Eine Lotsin ist jetzt im Dienst – dringende Vermittlung möglich'
        : 'Gerade ist keine Lotsin im Dienst';
}

// ---- start -------------------------------------------------------------------------------------

// A sent referral: shown in the list (even if the search would hide it), announced, and the focus on it.
async function sent(caseId) {
    await refresh(caseId);
    const item = items.get(caseId);
    if (item?.hidden) {
        clearSearch();
        searchChanged();
    }
    const family = views.get(caseId)?.family;
    announce(family ? `Vermittlung gesendet: ${family.childFirstName} steht jetzt in Ihrer Liste` : 'Vermittlung gesendet');
    if (item) focusCard(item);
}

onPush('case', (push) => show(push.view, push.caseId));
onPush('presence', (push) => showPresence(push.view?.anyOnDuty));
onPush('helpoffers', (push) => showConsentOffers(push.view ?? []));
onSearch(searchChanged);
setUpReferralForm(sent);

async function init() {
    const { position } = await apiGet('/api/live/position');
    const [referrals, presenceNow] = await Promise.all([apiGet('/api/referrals'), apiGet('/api/presence')]);
    clear(list);
    clear(archive);
    items.clear();
    for (const view of [...referrals].sort((a, b) => sortKey(b) - sortKey(a))) show(view);
    listsChanged();
    showPresence(presenceNow?.anyOnDuty);
    await start({ since: position });
}

init().catch((error) => console.error(error));
