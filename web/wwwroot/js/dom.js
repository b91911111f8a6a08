// Small DOM and wording helpers. Data only ever reaches the page as text nodes or attribute values,
// never as markup: there is no innerHTML anywhere in these modules.

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds an element: el('a', { href: '/faelle', class: 'button' }, 'Fälle').
 * attrs: attribute values (true = present, false/null/undefined = absent); functions under on* keys
 * become event listeners (never inline handlers); 'style' and string on* values are refused (CSP).
 * children: strings (as text), nodes, arrays of either; null/undefined/false are skipped.
 */
export function el(tag, attrs = {}, ...children) {
    return build(document.createElement(tag), attrs, children);
}

/** Like el, for SVG elements (charts): svgEl('rect', { class: 'bar', x: 0, y: 10, width: 8, height: 40 }). */
export function svgEl(tag, attrs = {}, ...children) {
    return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
    for (const [name, value] of Object.entries(attrs ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        if (name.startsWith('on')) {
            if (typeof value !== 'function') throw new TypeError(`el: ${name} must be a function`);
            node.addEventListener(name.slice(2).toLowerCase(), value);
        } else if (name === 'style') {
            throw new TypeError('el: inline styles are not allowed (CSP); use a class');
        } else if (URL_ATTRIBUTES.has(name) && !isSafeUrl(String(value))) {
            throw new TypeError(`el: refused URL in ${name}`);
        } else {
            node.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(node, children);
    return node;
}

// Relative URLs and http(s)/mailto/tel only: no javascript: or data: from data. Browsers ignore
// control characters and spaces inside a scheme ("java\tscript:"), so they are removed first.
function isSafeUrl(value) {
    const scheme = URL_SCHEME.exec(value.replace(/[\u0000-\u0020]/g, ''));
    return !scheme || SAFE_SCHEMES.has(scheme[1].toLowerCase());
}

function append(node, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        if (Array.isArray(child)) append(node, child);
        else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/**
 * How a case is named on screen: its readable reference (view.reference, e.g. "HH-2026-0142"), counted per network.
 * A case referred before references existed gets one when it is next loaded; until then it is "Fall ohne Fallnummer".
 */
export function caseReference(view) {
    return view?.reference ? `Fall ${view.reference}` : 'Fall ohne Fallnummer';
}

/** A tel: link's target for a phone number as people write it ("02323 45 678" → "tel:0232345678"). */
export const telHref = (phone) => `tel:${String(phone).replace(/[^\d+]/g, '')}`;

/** Removes every child of node; returns node. */
export function clear(node) {
    node.replaceChildren();
    return node;
}

/**
 * Renews container with rebuild() and keeps what the user typed or chose in it and has not sent yet: each field with
 * an id whose value differs from its default gets it back, an opened <details> (by its id or summary) is open again,
 * and the focus returns with the caret. A push renews a list while someone fills in a form in it. A form being sent
 * (aria-busy) is not kept: its push may come before its answer, and what it sent must not stay in the renewed form.
 */
export function keepTyped(container, rebuild) {
    const typed = [...container.querySelectorAll('input[id], textarea[id], select[id]')]
        .filter((field) => changed(field) && !field.closest('[aria-busy="true"]'))
        .map((field) => [field.id, CHECKABLE.has(field.type) ? field.checked : field.value]);
    const opened = new Set([...container.querySelectorAll('details[open] > summary')].map(openKey));
    const active = container.contains(document.activeElement) ? document.activeElement : null;
    const caret = active && caretOf(active);
    rebuild();
    for (const summary of container.querySelectorAll('details > summary')) {
        if (opened.has(openKey(summary))) summary.parentElement.open = true;
    }
    for (const [id, value] of typed) {
        const field = document.getElementById(id);
        if (!field || !container.contains(field)) continue;
        if (CHECKABLE.has(field.type)) field.checked = value;
        else field.value = value;
    }
    if (!active) return;
    const again = (active.id && document.getElementById(active.id))
        || (active.dataset.focus && container.querySelector(`[data-focus="${CSS.escape(active.dataset.focus)}"]`))
        || (active.tagName === 'SUMMARY' && [...container.querySelectorAll('summary')].find((s) => s.textContent === active.textContent));
    if (!again || !container.contains(again)) return;
    again.focus();
    if (caret) {
        try { again.setSelectionRange(caret[0], caret[1]); } catch { /* a field without a caret (number, date) */ }
    }
}

const CHECKABLE = new Set(['checkbox', 'radio']);

// An opened <details> is known by its id, or else by its summary's text.
const openKey = (summary) => summary.parentElement.id || `summary:${summary.textContent}`;

function changed(field) {
    if (CHECKABLE.has(field.type)) return field.checked !== field.defaultChecked;
    if (field.tagName === 'SELECT') return [...field.options].some((option) => option.selected !== option.defaultSelected);
    return field.value !== field.defaultValue;
}

function caretOf(field) {
    try {
        return typeof field.selectionStart === 'number' ? [field.selectionStart, field.selectionEnd] : null;
    } catch {
        return null;
    }
}

const dateTime = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short',
});
const relative = new Intl.RelativeTimeFormat('de-DE', { style: 'short', numeric: 'auto' });
const UNITS = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400],
    ['hour', 3600], ['minute', 60]];

function toDate(iso) {
    const date = iso instanceof Date ? iso : new Date(iso ?? NaN);
    return Number.isNaN(date.getTime()) ? null : date;
}

/** "22.11.2026, 12:42" in Berlin time; '' for a missing or invalid value. */
export function formatDateTime(iso) {
    const date = toDate(iso);
    return date ? dateTime.format(date) : '';
}

/** "vor 3 Std.", "gestern", "in 2 Tagen", "gerade eben"; '' for a missing or invalid value. */
export function formatAge(iso, now = new Date()) {
    const date = toDate(iso);
    if (!date) return '';
    const seconds = (date.getTime() - now.getTime()) / 1000;
    if (Math.abs(seconds) < 60) return 'gerade eben';
    for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size || unit === 'minute') {
            return relative.format(Math.trunc(seconds / size), unit);
        }
    }
    return '';
}

/** <time> showing the age, with the exact time as its title and machine-readable datetime. */
export function timeEl(iso) {
    return el('time', { datetime: iso, title: formatDateTime(iso) }, formatAge(iso));
}

const label = (labels) => (code) => labels[code] ?? String(code ?? '');

export const statusLabel = label({
    Referred: 'Eingegangen', Assigned: 'Angeboten', Accepted: 'Übernommen',
    InCare: 'In Begleitung', Closed: 'Abgeschlossen',
});
/** The same states in the words of a referring practice: what happens to the family next. */
export const practiceStatusLabel = label({
    Referred: 'Wartet auf eine Lotsin', Assigned: 'Einer Lotsin angeboten', Accepted: 'Lotsin übernimmt – Kontakt folgt',
    InCare: 'In Begleitung', Closed: 'Abgeschlossen',
});
export const needLabel = label({
    Poverty: 'Armut', Language: 'Sprache', Addiction: 'Sucht', Isolation: 'Isolation',
    MissedCheckUps: 'Versäumte Vorsorge', Parenting: 'Erziehung',
    MentalHealth: 'Psychische Belastung', Housing: 'Wohnen', Other: 'Sonstiges',
});
export const obligationLabel = label({
    AssignReferral: 'Zuweisung', RespondToOffer: 'Antwort auf Angebot',
    FirstContactAttempt: 'Erster Kontaktversuch', FirstContactFeedback: 'Rückmeldung Erstkontakt',
    Activity: 'Aktivität (6 Wochen)',
});
export const feedbackLabel = label({
    Receipt: 'Eingangsbestätigung', Takeover: 'Übernahme', FirstContact: 'Erstkontakt',
    Interim: 'Zwischenstand', Closing: 'Abschluss',
});
export const outcomeLabel = label({
    GoalsReached: 'Ziele erreicht', HandedOver: 'Übergeben', DeclinedByFamily: 'Von Familie abgelehnt',
    Unreachable: 'Nicht erreichbar', MovedAway: 'Verzogen',
    WithdrawnByPractice: 'Von Praxis zurückgezogen', ConsentWithdrawn: 'Einwilligung widerrufen',
});
export const offerKindLabel = label({
    YouthWelfare: 'Jugendamt', EarlyHelp: 'Frühe Hilfen', FamilyMidwife: 'Familienhebamme',
    FamilyOffice: 'Familienbüro', Caritas: 'Wohlfahrtsverband', ParentingCounselling: 'Erziehungsberatung',
    SocialServices: 'Soziale Dienste', ParentWorkshop: 'Elternwerkstatt',
});
/** The network's languages by code (grains/…/Common/NetworkLanguages.cs); "other" as the referral form offers it. */
export const languageLabel = label({
    de: 'Deutsch', tr: 'Türkisch', ar: 'Arabisch', ru: 'Russisch', pl: 'Polnisch', ro: 'Rumänisch',
    ku: 'Kurdisch', en: 'Englisch', uk: 'Ukrainisch', bg: 'Bulgarisch', fa: 'Persisch', other: 'andere',
});
export const availabilityLabel = label({
    OnDuty: 'Im Dienst', OffDuty: 'Nicht im Dienst', Away: 'Abwesend',
});

/** Status chip: the German label as text (words: statusLabel or practiceStatusLabel), the state as data-state for the colour (see site.css). */
export function statusChip(state, words = statusLabel) {
    return el('span', { class: 'chip', 'data-state': state }, words(state));
}

/** Overdue flag naming the obligation in words ("Überfällig: Zuweisung"), never colour alone. */
export function overdueFlag(obligation) {
    return el('span', { class: 'flag-overdue' }, `Überfällig: ${obligationLabel(obligation)}`);
}

// Live regions of the layout. Emptied first, then filled a moment later, so that a repeated
// message is announced again.
function speak(id, text, kind) {
    const region = document.getElementById(id);
    if (!region) return;
    region.textContent = '';
    if (kind) region.dataset.kind = kind; else delete region.dataset.kind;
    setTimeout(() => { region.textContent = text; }, 50);
}

/** Polite announcement in #status ("Gespeichert."). */
export function announce(text) {
    speak('status', text);
}

/** Assertive announcement in #alarm; kind 'error' (default) or 'offer' selects the styling. */
export function alarm(text, kind = 'error') {
    speak('alarm', text, kind);
}

/** Empties #alarm. */
export function clearAlarm() {
    const region = document.getElementById('alarm');
    if (region) region.textContent = '';
}
