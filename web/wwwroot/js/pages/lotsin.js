// The Lotsin's page, phone first: her availability, new offers (with a cue), the cases in her care,
// and one case in detail with the forms that fit its state. Data reaches the DOM only as text.

import { apiGet, apiSend } from '../api.js';
import {
    announce, caseReference, clear, el, keepTyped, formatDateTime, languageLabel, needLabel, obligationLabel, overdueFlag, statusChip, timeEl,
} from '../dom.js';
import { cueNewOffer, soundButton } from '../cue.js';
import { onPush, start } from '../live.js';
import { detailForms } from './lotsin/forms.js';
import { detailInfo } from './lotsin/detail.js';
import { helpOfferDirectory } from './lotsin/directory.js';
import { notifyButton, notifyOffer } from '../notify.js';
import { practiceLine } from './lotsin/practice.js';
import { goToCase, goToList, onRoute, routedCaseId } from './lotsin/route.js';

const availabilityForm = document.getElementById('verfuegbarkeit');
const offersList = document.getElementById('angebote');
const casesList = document.getElementById('faelle');
const overview = document.getElementById('uebersicht');
const detail = document.getElementById('fall-detail');
const detailTitle = document.getElementById('detail-titel');
const detailContent = document.getElementById('detail-inhalt');

const cases = new Map(); // caseId -> LotsinCaseView
const helpOffers = new Map(); // offerId -> HelpOffer
let openCaseId = null;
let openReference = null; // the open case's reference, to name it once it is gone
let openStatus = null;
let openOpener = null;
let closing = false; // on the way back to the lists (history.back() is answered by a popstate later)

// Inactive offers stay in the map: the onward referrals that named them keep their names.
const activeOffers = () => [...helpOffers.values()].filter((offer) => offer.active);
const directory = helpOfferDirectory({
    casesInCare: () => [...cases.values()].filter((view) => view.isResponsible && view.status === 'InCare')
        .map((view) => ({ caseId: view.caseId, name: `${caseName(view)}, ${caseReference(view)}` })),
    refer: referFromDirectory,
});
const path = (caseId, tail = '') => `/api/lotsin/cases/${encodeURIComponent(caseId)}${tail}`;

const isOffer = (view) => !view.isResponsible
    && (view.status === 'Assigned' || (view.status === 'Referred' && view.urgent));
const isMine = (view) => view.isResponsible && (view.status === 'Accepted' || view.status === 'InCare');

function caseName(view) {
    const family = view.family;
    return family ? `${family.childFirstName} (${family.childBirthYear})` : caseReference(view);
}

function describeOffer(view) {
    return [view.urgent ? 'dringend' : null, `${view.municipality}, ${view.district}`,
        (view.needs ?? []).map(needLabel).join(', ')].filter(Boolean).join(' – ');
}

// ---- lists -------------------------------------------------------------------------------------

function offerItem(view) {
    const id = view.caseId;
    const headingId = `angebot-${id}-titel`;
    const reasonId = `ablehnen-${id}`;
    const reasonField = el('div', { class: 'field', hidden: true },
        el('label', { for: reasonId }, 'Grund der Ablehnung'),
        el('input', { id: reasonId, name: 'reason', autocomplete: 'off' }));
    const confirmDecline = el('button', { type: 'submit', class: 'button button-danger', hidden: true }, 'Ablehnung senden');
    const declineForm = el('form', { class: 'form decline-form', novalidate: true }, reasonField, confirmDecline);
    declineForm.addEventListener('submit', (event) => {
        event.preventDefault();
        command(declineForm, id, '/decline', { reason: declineForm.elements.reason.value.trim() }, 'Angebot abgelehnt', { remove: true });
    });
    const declineButton = el('button', { type: 'button', id: `ablehnen-knopf-${id}`, class: 'button button-secondary', 'aria-expanded': 'false' }, 'Ablehnen');
    declineButton.addEventListener('click', () => {
        const show = reasonField.hidden;
        reasonField.hidden = !show;
        confirmDecline.hidden = !show;
        declineButton.setAttribute('aria-expanded', String(show));
        if (show) declineForm.elements.reason.focus();
    });
    const item = el('li', { class: 'card offer', 'data-case-id': id, 'data-status': view.status, 'aria-labelledby': headingId },
        el('h3', { id: headingId }, view.urgent ? 'Dringende Vermittlung' : 'Neues Angebot', ' – ', `${view.municipality}, ${view.district}`),
        el('p', { class: 'card-line' }, statusChip(view.status),
            view.urgent ? el('span', { class: 'flag-urgent' }, 'Dringend: Familie ist in der Praxis') : null),
        practiceLine(view, { urgent: view.urgent }),
        el('p', {}, 'Bedarf: ', (view.needs ?? []).map(needLabel).join(', ')),
        el('p', { class: 'meta' }, caseReference(view), ' · eingegangen ', timeEl(view.referredAt),
            languageLabel(view.language) ? ` · Sprache: ${languageLabel(view.language)}` : null),
        view.overdue?.length ? el('p', { class: 'flags' }, view.overdue.map((flag) => overdueFlag(flag.obligation))) : null);
    const actions = el('div', { class: 'actions' });
    if (view.status === 'Assigned') {
        const accept = el('button', { type: 'button', id: `annehmen-${id}`, class: 'button' }, 'Annehmen');
        accept.addEventListener('click', () => command(item, id, '/acceptance', {}, 'Fall angenommen'));
        actions.append(accept, declineButton);
        item.append(actions, declineForm);
    } else {
        const claim = el('button', { type: 'button', id: `uebernehmen-${id}`, class: 'button' }, 'Übernehmen');
        claim.addEventListener('click', () => command(item, id, '/claim', {}, 'Fall übernommen'));
        actions.append(claim);
        item.append(actions);
    }
    return item;
}

function caseItem(view) {
    const id = view.caseId;
    const next = view.nextDeadline;
    return el('li', { class: 'card case', 'data-case-id': id, 'data-status': view.status },
        el('h3', {},
            el('button', { type: 'button', id: `oeffnen-${id}`, class: 'link-button case-open', 'aria-controls': 'fall-detail',
                onclick: (event) => openDetail(id, event.currentTarget) }, caseName(view))),
        el('p', { class: 'card-line' }, statusChip(view.status), view.urgent ? el('span', { class: 'flag-urgent' }, 'Dringend') : null),
        el('p', { class: 'meta' }, `${caseReference(view)} · ${view.municipality}, ${view.district} · Bedarf: `, (view.needs ?? []).map(needLabel).join(', ')),
        practiceLine(view),
        next ? el('p', { class: 'deadline' }, `Nächste Frist: ${obligationLabel(next.obligation)} bis `,
            el('time', { datetime: next.dueAt }, formatDateTime(next.dueAt))) : null,
        view.overdue?.length ? el('p', { class: 'flags' }, view.overdue.map((flag) => overdueFlag(flag.obligation))) : null);
}

function sortedInsert(list, item, view) {
    const key = (v) => (v.urgent ? 1e15 : 0) + (Date.parse(v.referredAt) || 0);
    const next = [...list.querySelectorAll('li[data-case-id]')]
        .find((li) => key(cases.get(li.dataset.caseId) ?? { referredAt: 0 }) < key(view));
    list.insertBefore(item, next ?? null);
}

/** Puts a case where it belongs (offers, her cases, nowhere) and returns its new list item, if any. */
function upsert(view, caseId = view?.caseId) {
    const focusedId = document.activeElement?.id;
    const old = document.querySelectorAll(`#angebote li[data-case-id="${CSS.escape(caseId)}"], #faelle li[data-case-id="${CSS.escape(caseId)}"]`);
    const hadFocus = [...old].some((li) => li.contains(document.activeElement));
    for (const li of old) li.remove();
    if (view) cases.set(caseId, view); else cases.delete(caseId);
    let item = null;
    if (view && isOffer(view)) item = offerItem(view);
    else if (view && isMine(view)) item = caseItem(view);
    if (item) sortedInsert(isOffer(view) ? offersList : casesList, item, view);
    emptyStates();
    if (hadFocus) {
        const target = (focusedId && document.getElementById(focusedId)) || item?.querySelector('button') || document.getElementById('faelle-titel');
        if (target.tagName === 'H2') target.setAttribute('tabindex', '-1');
        target.focus();
    }
    if (caseId === openCaseId) updateDetail(view);
    return item;
}

function emptyStates() {
    directory.render(); // its case pick-lists follow her cases
    for (const [list, text] of [[offersList, 'Keine neuen Angebote.'], [casesList, 'Keine Fälle in Ihrer Begleitung.']]) {
        const empty = list.querySelector('li.empty');
        if (list.querySelector('li[data-case-id]')) empty?.remove();
        else if (!empty) list.append(el('li', { class: 'empty' }, text));
    }
}

// ---- commands ----------------------------------------------------------------------------------

/** Sends a case command; afterwards asks for the case again (in case the live connection is down). */
async function command(scope, caseId, tail, body, success, { remove = false, method = 'POST', reset = true } = {}) {
    const buttons = [...scope.querySelectorAll('button')];
    for (const button of buttons) button.disabled = true;
    try {
        await apiSend(method, path(caseId, tail), body, { form: scope });
        announce(success);
        if (reset && scope.tagName === 'FORM') scope.reset();
        if (remove) upsert(null, caseId);
        else await refresh(caseId);
        return true;
    } catch {
        return false;
    } finally {
        for (const button of buttons) if (button.isConnected) button.disabled = false;
        keepFocus(scope, caseId);
    }
}

// A disabled, hidden or replaced button drops the focus to <body>: put it back where the work goes on.
function keepFocus(scope, caseId) {
    if (document.activeElement && document.activeElement !== document.body) return;
    if (scope.isConnected && !scope.closest('[hidden]')) {
        scope.querySelector('button:not([hidden])')?.focus();
        if (document.activeElement !== document.body) return;
    }
    const item = document.querySelector(`#angebote li[data-case-id="${CSS.escape(caseId)}"], #faelle li[data-case-id="${CSS.escape(caseId)}"]`);
    const target = (openCaseId === caseId && !detail.hidden ? detailTitle : null)
        ?? item?.querySelector('button')
        ?? document.getElementById(isOffer(cases.get(caseId) ?? {}) ? 'angebote-titel' : 'faelle-titel');
    if (target.tagName === 'H2') target.setAttribute('tabindex', '-1');
    target.focus();
}

async function refresh(caseId) {
    try {
        upsert(await apiGet(path(caseId)), caseId);
    } catch {
        // api.js has shown the problem; the live push will still bring the change
    }
}

// ---- detail ------------------------------------------------------------------------------------

function openDetail(caseId, opener) {
    openOpener = opener?.id ?? null;
    goToCase(caseId);
    showRoute();
}

/** Shows what the address names: a case of hers in its own view, else the lists. */
function showRoute() {
    const caseId = routedCaseId();
    const view = caseId ? cases.get(caseId) : null;
    if (caseId && !view?.isResponsible) {
        goToList();
        showLists(`${view ? caseReference(view) : 'Dieser Fall'} ist nicht in Ihrer Begleitung.`);
        return;
    }
    if (!view) {
        showLists();
        return;
    }
    if (openCaseId === caseId) return;
    openCaseId = caseId;
    openReference = view.reference;
    openStatus = null;
    clear(detailContent);
    overview.hidden = true;
    detail.hidden = false;
    updateDetail(view);
    scrollTo?.(0, 0);
    detailTitle.focus();
}

function showLists(message) {
    const wasOpen = openCaseId !== null;
    const opener = openOpener ? document.getElementById(openOpener) : null;
    closing = false;
    openCaseId = null;
    openStatus = null;
    openOpener = null;
    detail.hidden = true;
    overview.hidden = false;
    clear(detailContent);
    if (message) announce(message);
    if (!wasOpen && !message) return;
    const heading = document.getElementById('faelle-titel');
    if (!opener) heading.setAttribute('tabindex', '-1');
    (opener ?? heading).focus();
}

function closeDetail(message) {
    if (closing) return; // a second push for the same case must not go back twice
    if (message) announce(message);
    closing = goToList();
    if (!closing) showLists(); // else the popstate of history.back() shows the lists
}

// The facts re-render on every change; the forms only when the state changes, so drafts survive.
function updateDetail(view) {
    if (!view || !view.isResponsible) {
        closeDetail(`${caseReference({ reference: openReference })} ist nicht mehr in Ihrer Begleitung.`);
        return;
    }
    detailTitle.textContent = `${caseReference(view)}: ${caseName(view)}`;
    let info = detailContent.querySelector('.detail-info');
    let forms = detailContent.querySelector('.detail-forms');
    if (!info) {
        info = el('div', { class: 'detail-info' });
        forms = el('div', { class: 'detail-forms' });
        detailContent.append(
            el('div', { class: 'actions' }, el('button', { type: 'button', class: 'button button-secondary', onclick: () => closeDetail() }, 'Zurück zur Übersicht')),
            info, forms);
    }
    clear(info).append(...detailInfo(view, { offerOf: (offerId) => helpOffers.get(offerId), command }));
    if (openStatus !== view.status) {
        openStatus = view.status;
        clear(forms).append(...detailForms(view, { activeOffers, command }));
    }
}

// The help offers changed: the open case's forms list them anew, and a form being filled in stays open with what is
// typed in it. (A new state builds fresh forms: they are others.)
function renewForms(view) {
    const forms = detailContent.querySelector('.detail-forms');
    if (forms) keepTyped(forms, () => clear(forms).append(...detailForms(view, { activeOffers, command })));
}

// ---- availability ------------------------------------------------------------------------------

function showAvailability(value) {
    for (const radio of availabilityForm.querySelectorAll('input[name="availability"]')) radio.checked = radio.value === value;
}

let availability = null;
availabilityForm.addEventListener('submit', (event) => event.preventDefault());
availabilityForm.addEventListener('change', async (event) => {
    const next = event.target.value;
    if (!next || next === availability) return;
    try {
        await apiSend('PUT', '/api/lotsin/availability', { availability: next }, { form: availabilityForm });
        availability = next;
        announce(`Verfügbarkeit: ${event.target.labels?.[0]?.textContent ?? next}`);
        await loadCases(); // on duty: urgent referrals become visible; off duty: they go
    } catch {
        showAvailability(availability);
    }
});

// ---- live --------------------------------------------------------------------------------------

let batch = []; // offers from a catch-up, cued once
let batchTimer = null;

onPush('offer', (push, { catchUp }) => {
    if (!push.view) {
        const known = cases.get(push.caseId);
        if (!known || isOffer(known)) upsert(null, push.caseId);
        return;
    }
    const item = upsert(push.view, push.caseId);
    if (!item || !isOffer(push.view)) return;
    if (!catchUp) {
        cueNewOffer(item, describeOffer(push.view));
        notifyNewOffer(push.view).catch(console.error);
        return;
    }
    batch.push([item, push.view]);
    clearTimeout(batchTimer);
    batchTimer = setTimeout(() => {
        const live = batch.filter(([element]) => element.isConnected);
        batch = [];
        if (!live.length) return;
        const [element, view] = live.at(-1);
        cueNewOffer(element, live.length === 1 ? describeOffer(view) : `${live.length} Angebote, zuletzt ${describeOffer(view)}`);
        notifyNewOffer(view).catch(console.error); // offers missed while the connection was down: one notification
    }, 0);
});

onPush('case', (push) => upsert(push.view, push.caseId));

/** The system notification for a new offer (only while the tab is hidden): the reference and the practice, no family data. */
function notifyNewOffer(view) {
    const title = view.urgent ? 'Dringend: Familie ist in der Praxis' : 'Neues Angebot';
    const body = [caseReference(view), view.practiceName, view.urgent && view.practicePhone ? `Tel. ${view.practicePhone}` : null].filter(Boolean).join(' · ');
    return notifyOffer(title, body, '/lotsin', `angebot-${view.caseId}`);
}

// ---- start -------------------------------------------------------------------------------------

async function loadCases() {
    const list = await apiGet('/api/lotsin/cases');
    const seen = new Set(list.map((view) => view.caseId));
    for (const caseId of [...cases.keys()]) if (!seen.has(caseId)) upsert(null, caseId);
    for (const view of list) upsert(view);
    emptyStates();
}

function showHelpOffers(offers) {
    helpOffers.clear();
    for (const offer of offers) helpOffers.set(offer.id, offer);
    directory.show(offers);
}

async function loadHelpOffers() {
    try {
        showHelpOffers(await apiGet('/api/help-offers'));
    } catch {
        // the onward-referral form then offers nothing; api.js said why
    }
}

// The coordinator changed the directory: the search and the open case's forms show it at once.
onPush('helpoffers', (push) => {
    showHelpOffers(push.view ?? []);
    const view = openCaseId && !detail.hidden ? cases.get(openCaseId) : null;
    if (view) renewForms(view);
});

/** From the directory: the case's own onward-referral form, opened with the offer chosen. */
function referFromDirectory(caseId, offerId) {
    openDetail(caseId, document.getElementById(`hilfe-weiter-${offerId}`));
    const select = document.getElementById('wv-angebot');
    if (!select) return;
    select.value = offerId;
    select.closest('details').open = true;
    select.focus();
}

async function init() {
    document.getElementById('ton')?.append(soundButton(), ' ', notifyButton());
    const { position } = await apiGet('/api/live/position');
    const [me] = await Promise.all([apiGet('/api/lotsin/me'), loadHelpOffers()]);
    availability = me?.availability ?? null;
    showAvailability(availability);
    clear(offersList);
    clear(casesList);
    await loadCases();
    onRoute(showRoute);
    showRoute();
    await start({ since: position });
}

init().catch((error) => console.error(error));
