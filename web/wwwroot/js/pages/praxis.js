// The practice page: refer a family, watch the practice's own referrals live, write to the Lotsin,
// withdraw a referral or the family's consent. Data reaches the DOM only as text (dom.js).

import { apiGet, apiSend } from '../api.js';
import { announce, clear, el, feedbackLabel, formatDateTime, needLabel, overdueFlag, statusChip, timeEl } from '../dom.js';
import { onPush, start } from '../live.js';

const list = document.getElementById('vermittlungen');
const form = document.getElementById('vermittlung-form');
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
    return el('li', { class: 'card referral', 'data-case-id': view.caseId, 'data-status': view.status, 'aria-labelledby': headingId },
        el('h3', { id: headingId }, title),
        el('p', { class: 'card-line' },
            statusChip(view.status),
            view.urgent ? el('span', { class: 'flag-urgent' }, 'Dringend') : null),
        el('p', { class: 'meta' }, 'Vermittelt ', timeEl(view.referredAt),
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
    const heading = item?.querySelector('h3') ?? document.getElementById('liste-titel');
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
    const fresh = referralItem(view, false);
    for (const child of [...item.children]) if (child !== actions) child.remove();
    if (actions) actions.before(...fresh.children);
    else item.append(...fresh.children);
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

/** Inserts, replaces or (view null) removes a referral, keeping newest first and focus where it was. */
function show(view, caseId = view?.caseId) {
    if (!caseId) return;
    const old = items.get(caseId);
    if (!view) {
        views.delete(caseId);
        items.delete(caseId);
        old?.remove();
        emptyState();
        return;
    }
    const previous = views.get(caseId);
    views.set(caseId, view);
    if (old && previous && previous.status === view.status && previous.ended === view.ended) {
        patch(old, view, previous);
        return;
    }
    const item = referralItem(view);
    items.set(caseId, item);
    if (old) {
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
        else if (hadFocus) {
            const heading = item.querySelector('h3');
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        }
    } else {
        const next = [...list.querySelectorAll('li[data-case-id]')]
            .find((li) => sortKey(views.get(li.dataset.caseId) ?? {}) < sortKey(view));
        list.insertBefore(item, next ?? null);
    }
    emptyState();
}

function emptyState() {
    const empty = list.querySelector('li.empty');
    const hasCases = list.querySelector('li[data-case-id]');
    if (hasCases) empty?.remove();
    else if (!empty) list.append(el('li', { class: 'empty' }, 'Noch keine Vermittlungen.'));
}

function showPresence(anyOnDuty) {
    presence.dataset.onDuty = String(Boolean(anyOnDuty));
    presence.textContent = anyOnDuty
        ? 'Eine Lotsin ist jetzt im Dienst – dringende Vermittlung möglich'
        : 'Gerade ist keine Lotsin im Dienst';
}

// ---- referral form -----------------------------------------------------------------------------

function isoDate(date) {
    const y = date.getFullYear();
    const m = String(date.getMonth() + 1).padStart(2, '0');
    const d = String(date.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
}

function prefillConsent() {
    const today = new Date();
    const nextYear = new Date(today);
    nextYear.setFullYear(today.getFullYear() + 1);
    form.elements['consent.givenAt'].value = isoDate(today);
    form.elements['consent.validUntil'].value = isoDate(nextYear);
}

// A date field as an instant: today means now (consent given just now), an earlier day its noon,
// "valid until" the end of that day; all in the browser's time zone.
function givenAtOf(value) {
    if (!value) return null;
    if (value === isoDate(new Date())) return new Date().toISOString();
    const date = new Date(`${value}T12:00:00`);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function validUntilOf(value) {
    if (!value) return null;
    const date = new Date(`${value}T23:59:59`);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function referralRequest() {
    const f = form.elements;
    const text = (name) => f[name].value.trim();
    const optional = (name) => text(name) || null;
    return {
        municipality: text('municipality'),
        district: text('district'),
        needs: [...form.querySelectorAll('input[name="needs"]:checked')].map((box) => box.value),
        familyPresentNow: f.familyPresentNow.checked,
        note: optional('note'),
        family: {
            guardianName: text('family.guardianName'),
            childFirstName: text('family.childFirstName'),
            childBirthYear: Number.parseInt(text('family.childBirthYear'), 10) || 0,
            phone: text('family.phone'),
            address: optional('family.address'),
            preferredLanguage: optional('family.preferredLanguage'),
            mayCallWhileInPractice: f['family.mayCallWhileInPractice'].checked,
        },
        consent: {
            givenBy: text('consent.givenBy'),
            givenAt: givenAtOf(f['consent.givenAt'].value),
            feedbackToPractice: f['consent.feedbackToPractice'].checked,
            validUntil: validUntilOf(f['consent.validUntil'].value),
            namedHelpOffers: [...form.querySelectorAll('input[name="consent.namedHelpOffers"]:checked')].map((box) => box.value),
        },
    };
}

let pending = null; // the request being sent, kept for a retry with the same commandId

// The district list offers only the chosen town's districts (one optgroup per town, from the server's NetworkPlaces).
function syncDistricts() {
    const town = form.elements.municipality.value;
    const district = form.elements.district;
    for (const group of district.querySelectorAll('optgroup')) {
        const other = group.dataset.municipality !== town;
        group.hidden = other;
        group.disabled = other;
    }
    if (district.selectedOptions[0]?.parentElement?.disabled) district.value = '';
}

form.elements.municipality.addEventListener('change', syncDistricts);
form.addEventListener('reset', () => setTimeout(syncDistricts));
form.addEventListener('input', () => { pending = null; }); // changed data: a new command
form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    pending ??= referralRequest();
    button.disabled = true;
    try {
        const result = await apiSend('POST', '/api/referrals', pending, { form });
        pending = null;
        form.reset();
        prefillConsent();
        announce('Vermittlung gesendet');
        await refresh(result?.caseId);
    } catch {
        // api.js shows the errors beside the fields or in #alarm; the same command can be sent again
    } finally {
        button.disabled = false;
    }
});

// ---- start -------------------------------------------------------------------------------------

onPush('case', (push) => show(push.view, push.caseId));
onPush('presence', (push) => showPresence(push.view?.anyOnDuty));

async function init() {
    prefillConsent();
    syncDistricts();
    const { position } = await apiGet('/api/live/position');
    const [referrals, presenceNow] = await Promise.all([apiGet('/api/referrals'), apiGet('/api/presence')]);
    clear(list);
    items.clear();
    for (const view of [...referrals].sort((a, b) => sortKey(b) - sortKey(a))) show(view);
    emptyState();
    showPresence(presenceNow?.anyOnDuty);
    await start({ since: position });
}

init().catch((error) => console.error(error));
