// The coordinator's board: today's numbers, the unassigned queue (filtered, with each deadline counting down)
// with assignment, each Lotsin's caseload against her capacity, overdue obligations and a live chart of the
// active cases over the day. Every board push carries the whole BoardView; the page re-renders from it and keeps
// focus where it was.

import { apiGet, apiSend } from '../api.js';
import {
    announce, availabilityLabel, caseReference, clear, el, formatAge, formatDateTime, languageLabel, needLabel, obligationLabel, statusChip,
} from '../dom.js';
import { onPush, start } from '../live.js';
import { renderChart } from './koordination/chart.js';
import { countdownEl, deadlineCell, deadlineOf, nextDeadline, overdueCases, refreshCountdowns } from './koordination/deadline.js';
import { applyFilters, initFilters } from './koordination/filters.js';
import { renderToday } from './koordination/today.js';

const queue = document.getElementById('warteschlange');
const load = document.getElementById('auslastung');
const overdue = document.getElementById('ueberfaellig');
const panel = document.getElementById('zuweisen');
const panelTitle = document.getElementById('zuweisen-titel');
const panelContent = document.getElementById('zuweisen-inhalt');

const STAGE = { Reminder: 'Erinnerung', Alert: 'Warnung' };

let board = null;
let names = new Map(); // lotsinId -> name
// The reasons a coordinator may give for an exception (OverrideReason), with their German labels.
const OVERRIDE_REASONS = [
    ['UrgentNoOtherAvailable', 'Dringend, keine andere Lotsin verfügbar'],
    ['LanguageOfFamily', 'Spricht die Sprache der Familie'],
    ['KnowsFamily', 'Kennt die Familie bereits'],
    ['ResponsibleForDistrict', 'Zuständig für den Stadtteil'],
    ['AgreedWithLotsin', 'Mit der Lotsin abgesprochen'],
    ['Other', 'Sonstiger Grund'],
];
let panelCase = null; // { caseId, mode: 'assign' | 'reassign' | 'unassign', opener }

const nameOf = (lotsinId) => (lotsinId ? names.get(lotsinId) ?? lotsinId : '');

// ---- rendering ---------------------------------------------------------------------------------

function render(view) {
    // A view read before the last push (the GET after an assignment can answer after the next commit was pushed)
    // must not put an older board back on the screen.
    if (board && view.position < board.position) return;
    board = view;
    names = new Map((view.lotsinnen ?? []).map((lotsin) => [lotsin.lotsinId, lotsin.name]));
    const focusedId = document.activeElement?.id;
    const now = new Date();
    renderToday(view, now);
    renderQueue(view.queue ?? [], now);
    renderLoad(view.lotsinnen ?? []);
    renderOverdue(view.overdue ?? [], now);
    renderChart(view);
    updatePanelState();
    wakeAtNextDeadline(now);
    const target = focusedId ? document.getElementById(focusedId) : null;
    if (target && target !== document.activeElement) target.focus();
}

function renderQueue(cases, now) {
    clear(queue);
    if (!cases.length) {
        queue.append(el('p', { class: 'empty' }, 'Keine Fälle in der Warteschlange.'));
        filterQueue(now);
        return;
    }
    const rows = cases.map((item) => el('tr', { 'data-case-id': item.caseId, class: item.urgent ? 'row-urgent' : null,
        'data-municipality': item.municipality, 'data-urgent': String(Boolean(item.urgent)) },
        el('th', { scope: 'row' }, el('span', { class: 'nowrap' }, caseReference(item)), ' ', statusChip(item.status)),
        el('td', {}, el('time', { class: 'age', datetime: item.referredAt, title: formatDateTime(item.referredAt) }, formatAge(item.referredAt, now))),
        el('td', { class: 'cell-deadline' }, deadlineCell(deadlineOf(item, board?.overdue), now)),
        el('td', {}, item.practiceName ?? '–'),
        el('td', {}, item.municipality, el('br'), el('span', { class: 'meta' }, item.district)),
        el('td', {}, (item.needs ?? []).map(needLabel).join(', ')),
        el('td', {}, item.urgent ? el('span', { class: 'flag-urgent' }, 'Dringend') : 'nein'),
        el('td', {}, item.offeredTo ? nameOf(item.offeredTo) : '–'),
        el('td', { class: 'cell-actions' },
            item.status === 'Referred'
                ? el('button', { type: 'button', id: `zuweisen-${item.caseId}`, class: 'button', 'aria-controls': 'zuweisen',
                    'aria-label': `Zuweisen: ${caseReference(item)}`, onclick: (event) => openAssign(item, event.currentTarget) }, 'Zuweisen')
                : null,
            item.status === 'Assigned'
                ? el('button', { type: 'button', id: `zuruecknehmen-${item.caseId}`, class: 'button button-secondary', 'aria-controls': 'zuweisen',
                    'aria-label': `Zurücknehmen: ${caseReference(item)}`, onclick: (event) => openUnassign(item, event.currentTarget) }, 'Zurücknehmen')
                : null)));
    const hint = el('p', { id: 'warteschlange-hinweis', class: 'scroll-hint', hidden: true }, 'Die Tabelle lässt sich seitlich verschieben →');
    const wrap = el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'queue-titel', 'aria-describedby': hint.id },
        el('table', {},
            el('caption', {}, `${cases.length} ${cases.length === 1 ? 'Fall wartet' : 'Fälle warten'} auf eine Lotsin oder ihre Antwort`),
            el('thead', {}, el('tr', {},
                ['Fall', 'Alter', 'Frist', 'Praxis', 'Ort', 'Bedarf', 'Dringend', 'Angeboten an', 'Aktion'].map((text) => el('th', { scope: 'col' }, text)))),
            el('tbody', {}, rows)));
    queue.append(wrap, hint);
    filterQueue(now);
}

// Marks the rows with a missed deadline (it changes with the clock) and shows the rows the filters let through.
function filterQueue(now) {
    const late = board ? overdueCases(board, now) : new Set();
    const rows = [...queue.querySelectorAll('tbody tr')];
    for (const row of rows) row.dataset.overdue = String(late.has(row.dataset.caseId));
    applyFilters(rows);
    showScrollHint();
}

// On a narrow screen the queue is wider than the page: say so, since a cut-off table looks complete.
function showScrollHint() {
    const hint = document.getElementById('warteschlange-hinweis');
    const wrap = queue.querySelector('.table-scroll');
    if (hint && wrap) hint.hidden = wrap.scrollWidth <= wrap.clientWidth;
}
window.addEventListener('resize', showScrollHint);

function renderLoad(lotsinnen) {
    clear(load);
    if (!lotsinnen.length) {
        load.append(el('p', { class: 'empty' }, 'Keine Lotsinnen eingetragen.'));
        return;
    }
    load.append(el('ul', { class: 'load-list' }, lotsinnen.map((lotsin) => {
        const meterId = `last-${lotsin.lotsinId}`;
        const full = lotsin.active >= lotsin.capacity;
        // Not on duty but still holding cases: nobody may be there for those families now.
        const holding = lotsin.availability !== 'OnDuty' && lotsin.active > 0;
        return el('li', { class: 'load-item', 'data-lotsin-id': lotsin.lotsinId, 'data-availability': lotsin.availability },
            el('p', { class: 'load-head' },
                el('strong', {}, lotsin.name), ' ',
                el('span', { class: holding ? 'availability flag-absent' : 'availability', 'data-availability': lotsin.availability },
                    availabilityLabel(lotsin.availability),
                    holding ? ` – hält ${lotsin.active} ${lotsin.active === 1 ? 'Fall' : 'Fälle'}` : null)),
            el('p', { class: 'meta' }, lotsin.organisation),
            el('div', { class: 'load-bar' },
                el('label', { for: meterId }, `${lotsin.active} von ${lotsin.capacity} Fällen${full ? ' (voll)' : ''}`),
                el('meter', { id: meterId, min: 0, max: Math.max(lotsin.capacity, lotsin.active, 1), value: lotsin.active,
                    low: Math.max(lotsin.capacity - 1, 0), high: lotsin.capacity, optimum: 0 },
                `${lotsin.active} von ${lotsin.capacity}`)),
            caseloadOf(lotsin));
    })));
}

// Her cases in care, each with "Umverteilen" (reassign): when she is away, her cases stay visible here.
function caseloadOf(lotsin) {
    const cases = (board?.caseload ?? []).filter((item) => item.offeredTo === lotsin.lotsinId);
    if (!cases.length) return null;
    return el('details', { class: 'caseload', open: lotsin.availability === 'Away' ? true : null },
        el('summary', {}, `In Begleitung: ${cases.length}`),
        el('ul', { class: 'caseload-list' }, cases.map((item) => el('li', { 'data-case-id': item.caseId },
            caseReference(item), ' ', statusChip(item.status), ' ',
            el('span', { class: 'meta' }, item.district), ' ',
            reassignButton(item)))));
}

function reassignButton(item, suffix = '') {
    return el('button', { type: 'button', id: `umverteilen-${item.caseId}${suffix}`, class: 'button button-secondary', 'aria-controls': 'zuweisen',
        'aria-label': `Umverteilen: ${caseReference(item)}`, onclick: (event) => openAssign(item, event.currentTarget, 'reassign') }, 'Umverteilen');
}

function renderOverdue(items, now) {
    clear(overdue);
    if (!items.length) {
        overdue.append(el('p', { class: 'empty' }, 'Keine überfälligen Pflichten.'));
        return;
    }
    overdue.append(el('ul', { class: 'overdue-list' }, items.map((item) =>
        el('li', { class: 'overdue-item', 'data-case-id': item.caseId, 'data-stage': item.stage },
            el('span', { class: 'flag-overdue' }, `${STAGE[item.stage] ?? item.stage}: ${obligationLabel(item.obligation)}`),
            el('p', {},
                countdownEl(new Date(item.dueAt), null, now), ' (fällig ', el('time', { datetime: item.dueAt }, formatDateTime(item.dueAt)), ')',
                ` · ${caseReference(item)}`,
                item.lotsinId ? ` · ${nameOf(item.lotsinId)}` : ' · noch keine Lotsin', ' ',
                statusChip(item.status)),
            inCare(item.caseId) ? reassignButton(inCare(item.caseId), '-frist') : null))));
}

function inCare(caseId) {
    return (board?.caseload ?? []).find((item) => item.caseId === caseId);
}

// ---- assignment panel --------------------------------------------------------------------------

function openPanel(item, mode, opener, title) {
    panelCase = { caseId: item.caseId, mode, opener: opener?.id };
    panelTitle.textContent = title;
    panel.hidden = false;
    panelTitle.focus();
}

function closePanel() {
    const opener = panelCase?.opener ? document.getElementById(panelCase.opener) : null;
    panelCase = null;
    panel.hidden = true;
    clear(panelContent);
    const heading = document.getElementById('queue-titel');
    if (!opener) heading.setAttribute('tabindex', '-1');
    (opener ?? heading).focus();
}

function caseSummary(item) {
    return el('dl', { class: 'facts' },
        el('dt', {}, 'Ort'), el('dd', {}, `${item.municipality}, ${item.district}`),
        el('dt', {}, 'Bedarf'), el('dd', {}, (item.needs ?? []).map(needLabel).join(', ')),
        el('dt', {}, 'Sprache'), el('dd', {}, item.language ? languageLabel(item.language) : '–'),
        el('dt', {}, 'Dringend'), el('dd', {}, item.urgent ? 'ja, die Familie ist in der Praxis' : 'nein'),
        el('dt', {}, 'Eingegangen'), el('dd', {}, formatDateTime(item.referredAt)));
}

async function openAssign(item, opener, mode = 'assign') {
    const reassign = mode === 'reassign';
    openPanel(item, mode, opener, `${caseReference(item)} ${reassign ? 'umverteilen' : 'zuweisen'}`);
    clear(panelContent).append(caseSummary(item), el('p', { role: 'status' }, 'Vorschläge werden geladen …'));
    let suggestions;
    try {
        suggestions = await apiGet(`/api/board/cases/${encodeURIComponent(item.caseId)}/suggestions`);
    } catch {
        clear(panelContent).append(caseSummary(item), closeButton());
        return;
    }
    if (panelCase?.caseId !== item.caseId) return;
    if (reassign) suggestions = suggestions.filter((suggestion) => suggestion.lotsinId !== item.offeredTo);
    const form = el('form', { class: 'form', novalidate: true });
    const overrideId = `ausnahme-${item.caseId}`;
    const overrideField = el('div', { hidden: true },
        el('div', { class: 'field' },
            el('label', { for: overrideId }, 'Grund der Ausnahme'),
            el('p', { class: 'hint', id: `${overrideId}-hinweis` }, 'Diese Lotsin ist abwesend oder ausgelastet. Der Grund wird festgehalten.'),
            el('select', { id: overrideId, name: 'overrideReason', 'aria-describedby': `${overrideId}-hinweis` },
                el('option', { value: '' }, '– bitte wählen –'),
                OVERRIDE_REASONS.map(([value, label]) => el('option', { value }, label)))),
        el('div', { class: 'field' },
            el('label', { for: `${overrideId}-notiz` }, 'Anmerkung (freiwillig)'),
            el('p', { class: 'hint', id: `${overrideId}-notiz-hinweis` }, 'Wird mit den Daten des Falls gelöscht.'),
            el('textarea', { id: `${overrideId}-notiz`, name: 'overrideNote', rows: 2, maxlength: 500, 'aria-describedby': `${overrideId}-notiz-hinweis` })));
    const choices = suggestions.map((suggestion, index) => {
        const id = `vorschlag-${suggestion.lotsinId}`;
        return el('div', { class: 'field field-check suggestion' },
            el('input', { type: 'radio', id, name: 'lotsinId', value: suggestion.lotsinId, checked: index === 0,
                'data-needs-override': suggestion.needsOverride ? 'true' : null, 'aria-describedby': `${id}-gruende` }),
            el('label', { for: id }, suggestion.name,
                el('span', { class: 'meta' }, ` · frei: ${suggestion.freeCapacity}`),
                suggestion.needsOverride ? el('span', { class: 'flag-override' }, 'nur mit Ausnahme') : null),
            el('p', { class: 'hint', id: `${id}-gruende` }, (suggestion.reasons ?? []).join(' · ') || 'Keine besonderen Gründe'));
    });
    const syncOverride = () => {
        const selected = form.querySelector('input[name="lotsinId"]:checked');
        overrideField.hidden = selected?.dataset.needsOverride !== 'true';
    };
    form.append(
        suggestions.length
            ? el('fieldset', {}, el('legend', {}, 'Vorgeschlagene Lotsinnen'), choices)
            : el('p', {}, 'Keine Lotsin verfügbar.'),
        overrideField,
        el('div', { class: 'actions' },
            el('button', { type: 'submit', class: 'button', disabled: !suggestions.length }, reassign ? 'Umverteilen' : 'Zuweisen'),
            closeButton()));
    form.addEventListener('change', syncOverride);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const selected = form.querySelector('input[name="lotsinId"]:checked');
        if (!selected) return;
        const override = selected.dataset.needsOverride === 'true';
        const reason = form.elements.overrideReason.value;
        const note = form.elements.overrideNote.value.trim();
        const name = names.get(selected.value) ?? '';
        await send(form, `/api/board/cases/${encodeURIComponent(item.caseId)}/${reassign ? 'reassignment' : 'assignment'}`,
            { lotsinId: selected.value, overrideReason: override ? reason || null : null, overrideNote: override ? note || null : null },
            reassign ? `${caseReference(item)} an ${name} übergeben` : `${caseReference(item)} an ${name} angeboten`);
    });
    syncOverride();
    clear(panelContent).append(caseSummary(item), form);
}

function openUnassign(item, opener) {
    openPanel(item, 'unassign', opener, `${caseReference(item)} zurücknehmen`);
    const reasonId = `zuruecknahme-${item.caseId}`;
    const form = el('form', { class: 'form', novalidate: true },
        el('p', {}, `Angeboten an ${nameOf(item.offeredTo)}. Der Fall kommt zurück in die Warteschlange.`),
        el('div', { class: 'field' },
            el('label', { for: reasonId }, 'Grund'),
            el('textarea', { id: reasonId, name: 'reason', rows: 2, required: true })),
        el('div', { class: 'actions' },
            el('button', { type: 'submit', class: 'button' }, 'Zurücknehmen'),
            closeButton()));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        await send(form, `/api/board/cases/${encodeURIComponent(item.caseId)}/unassignment`,
            { reason: form.elements.reason.value.trim() }, `${caseReference(item)} zurückgenommen`);
    });
    clear(panelContent).append(caseSummary(item), form);
}

function closeButton() {
    return el('button', { type: 'button', class: 'button button-secondary', onclick: closePanel }, 'Schließen');
}

async function send(form, path, body, success) {
    const buttons = [...form.querySelectorAll('button')];
    for (const button of buttons) button.disabled = true;
    try {
        await apiSend('POST', path, body, { form });
        announce(success);
        panelCase.opener = null; // its row is gone or changed
        closePanel();
        render(await apiGet('/api/board')); // in case the live connection is down
    } catch {
        // api.js shows the problem beside the fields or in #alarm
    } finally {
        for (const button of buttons) if (button.isConnected) button.disabled = false;
    }
}

// While the panel is open, a board push may show the case was taken care of elsewhere.
function updatePanelState() {
    if (!panelCase || panel.hidden) return;
    const reassign = panelCase.mode === 'reassign';
    const item = (reassign ? board?.caseload : board?.queue)?.find((queued) => queued.caseId === panelCase.caseId);
    const expected = { assign: 'Referred', unassign: 'Assigned' }[panelCase.mode];
    const note = panelContent.querySelector('.panel-note');
    if (item && (reassign || item.status === expected)) {
        note?.remove();
        return;
    }
    if (!note) {
        panelContent.prepend(el('p', { class: 'panel-note message-inline', role: 'status' },
            'Dieser Fall hat sich inzwischen geändert; die Angaben hier sind nicht mehr aktuell.'));
    }
}

// ---- start -------------------------------------------------------------------------------------

panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panelCase) closePanel();
});

onPush('board', (push) => { if (push.view) render(push.view); });

// Ages ("vor 5 Min.") and deadlines move on without pushes: every minute, and when the next deadline passes, the
// page redraws them, the rows the filters show, today's numbers and the chart.
function tick() {
    if (!board) return;
    const now = new Date();
    for (const time of queue.querySelectorAll('time.age')) time.textContent = formatAge(time.getAttribute('datetime'), now);
    refreshCountdowns(document, now);
    filterQueue(now);
    renderToday(board, now);
    renderChart(board);
    wakeAtNextDeadline(now);
}

let deadlineTimer = null;
function wakeAtNextDeadline(now) {
    clearTimeout(deadlineTimer);
    const next = nextDeadline(board, now);
    if (next && next - now < 60000) deadlineTimer = setTimeout(tick, next - now + 50);
}

setInterval(tick, 60000);

initFilters(() => filterQueue(new Date()));

async function init() {
    const view = await apiGet('/api/board');
    render(view);
    await start({ since: view.position });
}

init().catch((error) => console.error(error));
