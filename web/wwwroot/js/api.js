// Calls to the HTTP API under /api. Success: the parsed JSON (null for an empty answer).
// Failure: RFC 7807 ProblemDetails turned into German messages beside the form controls (400) or
// in #alarm (everything else), then an ApiError is thrown so the caller can react (e.g. reload).

import { alarm, clearAlarm, el, statusLabel } from './dom.js';

const NETWORK_MESSAGE = 'Keine Verbindung zum Server. Bitte erneut versuchen.';
const RETRY_DELAYS_MS = [500, 1500]; // after a network failure; safe, a command keeps its commandId
const TIMEOUT_MS = 15000;
// States of other things than cases that a 409 names (the kiosk's workshops), in the words of the page.
const OTHER_STATES = {
    Past: 'Die Elternwerkstatt hat begonnen', Empty: 'Niemand angemeldet', Cancelled: 'Abgesagt',
    Recorded: 'Teilnahme eingetragen', Upcoming: 'Noch nicht begonnen',
};

/** A refused or failed call: status 0 for a network failure, otherwise the HTTP status. */
export class ApiError extends Error {
    constructor(status, message, problem = null) {
        super(message);
        this.name = 'ApiError';
        this.status = status;
        this.problem = problem;
    }
}

/** GET path; resolves to the parsed JSON. */
export function apiGet(path, options = {}) {
    return request('GET', path, undefined, options);
}

/**
 * Sends a command. The body gets a commandId (crypto.randomUUID()) unless it has one; the id is
 * written onto the body object itself, so sending the same object again (a retry) is the same
 * command to the server. options.form: where 400 field errors are shown (default: <main>); it is
 * aria-busy while the command is on its way, so that a push renewing the part of the page it is in
 * does not keep what it sends (dom.js keepTyped).
 */
export async function apiSend(method, path, body = {}, options = {}) {
    const command = body ?? {};
    command.commandId ??= newCommandId();
    clearAlarm();
    clearFieldErrors(scopeOf(options));
    options.form?.setAttribute('aria-busy', 'true');
    try {
        return await request(method, path, command, options);
    } finally {
        options.form?.removeAttribute('aria-busy');
    }
}

// crypto.randomUUID exists only in secure contexts (HTTPS, localhost); the fallback builds the same
// kind of id (UUID version 4) from crypto.getRandomValues, which exists everywhere.
function newCommandId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function request(method, path, body, options) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content');
    if (method !== 'GET' && token) headers['X-CSRF-TOKEN'] = token;
    const init = { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) };

    const response = await fetchWithRetry(path, init);
    const payload = await readJson(response);
    if (response.ok) return payload;
    throw showProblem(response.status, payload, options);
}

async function fetchWithRetry(path, init) {
    for (let attempt = 0; ; attempt++) {
        try {
            return await fetch(path, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
        } catch (error) {
            if (attempt >= RETRY_DELAYS_MS.length) {
                console.error(error);
                alarm(NETWORK_MESSAGE);
                throw new ApiError(0, NETWORK_MESSAGE);
            }
            await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
        }
    }
}

async function readJson(response) {
    const text = await response.text();
    if (!text) return null;
    try {
        return JSON.parse(text);
    } catch {
        return null; // e.g. an HTML error page from a proxy; the status code still tells what happened
    }
}

function showProblem(status, problem, options) {
    const detail = typeof problem?.detail === 'string' && problem.detail ? problem.detail : null;
    if (status === 400 && problem?.errors) {
        const unplaced = showFieldErrors(scopeOf(options), problem.errors);
        const message = unplaced.length
            ? `Bitte prüfen Sie Ihre Eingaben: ${unplaced.join(' ')}`
            : 'Bitte prüfen Sie die markierten Eingaben.';
        alarm(message);
        return new ApiError(status, message, problem);
    }
    const message = problemMessage(status, detail, problem);
    alarm(message);
    return new ApiError(status, message, problem);
}

function problemMessage(status, detail, problem) {
    switch (status) {
        case 400: return detail ?? 'Die Anfrage war unvollständig oder fehlerhaft.';
        case 401: return 'Sie sind nicht mehr angemeldet. Bitte melden Sie sich erneut an.';
        case 403: return detail ?? 'Dafür fehlt Ihnen die Berechtigung.';
        case 404: return detail ?? 'Nicht gefunden: Der Eintrag existiert nicht oder ist für Sie nicht sichtbar.';
        case 409: {
            const state = problem?.currentState?.state ?? problem?.currentState;
            const current = typeof state === 'string' ? ` Aktueller Stand: ${OTHER_STATES[state] ?? statusLabel(state)}.` : '';
            return `${detail ?? 'Das ist im aktuellen Stand des Falls nicht möglich.'}${current}`;
        }
        case 429: return 'Zu viele Anfragen. Bitte einen Moment warten und erneut versuchen.';
        default:
            return status >= 500
                ? 'Der Server hat einen Fehler gemeldet. Bitte später erneut versuchen.'
                : detail ?? `Die Anfrage wurde abgelehnt (Status ${status}).`;
    }
}

function scopeOf(options) {
    return options.form ?? document.querySelector('main') ?? document.body;
}

// ASP.NET Core names fields "ChildName", "$.childName" or "need.category": compare without "$."
// and case, first the whole key, then its last segment.
function findControls(scope, key) {
    const named = [...scope.querySelectorAll('[name]')];
    const wanted = key.replace(/^\$\./, '').toLowerCase();
    const last = wanted.split('.').pop();
    const match = (name) => named.filter((control) => control.name.toLowerCase() === name);
    const found = match(wanted);
    return found.length ? found : match(last);
}

/** Shows each field's messages below its control; returns the messages of fields not on the page. */
function showFieldErrors(scope, errors) {
    const unplaced = [];
    let first = null;
    for (const [key, messages] of Object.entries(errors)) {
        const text = [].concat(messages).join(' ') || 'Bitte prüfen Sie diese Angabe.';
        const controls = findControls(scope, key);
        if (!controls.length) {
            unplaced.push(text); // the key is a code name, not for users
            continue;
        }
        const id = `${controls[0].id || controls[0].name}-fehler`;
        const message = el('p', { class: 'field-error', id, 'data-api-error': true }, text);
        const group = controls.length > 1 || /^(radio|checkbox)$/.test(controls[0].type)
            ? controls[0].closest('fieldset') : null;
        if (group) group.append(message); else controls[0].after(message);
        for (const control of controls) {
            control.setAttribute('aria-invalid', 'true');
            const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
            control.setAttribute('aria-describedby', [...described, id].join(' '));
        }
        // The first invalid field as the person reads the form, not as the server listed the errors.
        if (!first || first.compareDocumentPosition(controls[0]) & Node.DOCUMENT_POSITION_PRECEDING) first = controls[0];
    }
    first?.focus();
    return unplaced;
}

/** Removes the messages of an earlier 400 and the marks on the controls. */
export function clearFieldErrors(scope = document) {
    for (const message of scope.querySelectorAll('[data-api-error]')) {
        for (const control of scope.querySelectorAll(`[aria-describedby~="${CSS.escape(message.id)}"]`)) {
            const rest = control.getAttribute('aria-describedby').split(' ').filter((id) => id && id !== message.id);
            if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
            else control.removeAttribute('aria-describedby');
            control.removeAttribute('aria-invalid');
        }
        message.remove();
    }
}
