// The action forms of one case in the Lotsin's detail view, those that fit its state: contact attempts, appointments,
// the kiosk's display name, feedback to the practice, activities, onward referrals, consent, closing and withdrawal.

import { alarm, el, feedbackLabel, outcomeLabel, statusLabel } from '../../dom.js';
import { offerOptionText } from '../../helpoffers.js';
import { displayNameForm } from './displayname.js';

const OUTCOMES = ['GoalsReached', 'HandedOver', 'DeclinedByFamily', 'Unreachable', 'MovedAway'];
const ACTIVITY_KINDS = ['Hausbesuch', 'Begleitung zu einem Termin', 'Telefonat', 'Beratung', 'Elternwerkstatt', 'Sonstiges'];

function field(id, labelText, control, hint) {
    if (hint) control.setAttribute('aria-describedby', `${id}-hinweis`);
    return el('div', { class: control.type === 'checkbox' || control.type === 'radio' ? 'field field-check' : 'field' },
        control.type === 'checkbox' || control.type === 'radio' ? [control, el('label', { for: id }, labelText)] : [el('label', { for: id }, labelText), control],
        hint ? el('p', { class: 'hint', id: `${id}-hinweis` }, hint) : null);
}

function actionForm(title, children, submitText, onSubmit, { danger = false } = {}) {
    const form = el('form', { class: 'form', novalidate: true }, children,
        el('button', { type: 'submit', class: danger ? 'button button-danger' : 'button' }, submitText));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        onSubmit(form);
    });
    return el('details', { class: 'action' }, el('summary', {}, title), form);
}

/** The next working day (Monday to Friday) after today, at the given hour: the default time of a new appointment. */
function nextWorkingDayAt(hour) {
    const day = new Date();
    day.setHours(hour, 0, 0, 0);
    do {
        day.setDate(day.getDate() + 1);
    } while (day.getDay() === 0 || day.getDay() === 6);
    return day;
}

function localDateTimeValue(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The forms for the case's state. activeOffers() lists the help offers that take new onward referrals; command(form,
 * caseId, tail, body, success, options) sends one.
 */
export function detailForms(view, { activeOffers, command }) {
    const id = view.caseId;
    const forms = [];
    const send = (form, tail, body, success, options) => command(form, id, tail, body, success, options);

    if (view.status === 'Accepted') {
        forms.push(actionForm('Kontaktversuch festhalten', [
            el('fieldset', {}, el('legend', {}, 'Familie erreicht?'),
                field('kv-ja', 'Ja, erreicht', el('input', { type: 'radio', id: 'kv-ja', name: 'reached', value: 'true' })),
                field('kv-nein', 'Nein, nicht erreicht', el('input', { type: 'radio', id: 'kv-nein', name: 'reached', value: 'false', checked: true }))),
            field('kv-notiz', 'Notiz (intern)', el('textarea', { id: 'kv-notiz', name: 'note', rows: 2 })),
        ], 'Kontaktversuch speichern', (form) => send(form, '/contact-attempts', {
            reached: form.elements.reached.value === 'true', note: form.elements.note.value.trim() || null,
        }, 'Kontaktversuch gespeichert')));
    }

    if (view.status === 'Accepted' || view.status === 'InCare') {
        const inOneDay = nextWorkingDayAt(10);
        forms.push(actionForm('Termin vereinbaren', [
            field('t-zeit', 'Datum und Uhrzeit', el('input', { type: 'datetime-local', id: 't-zeit', name: 'at', required: true, value: localDateTimeValue(inOneDay) })),
            field('t-ort', 'Ort', el('input', { id: 't-ort', name: 'place', required: true, autocomplete: 'off' })),
            field('t-kiosk', 'im Familienkiosk', el('input', { type: 'checkbox', id: 't-kiosk', name: 'atKiosk' })),
        ], 'Termin speichern', (form) => {
            const local = form.elements.at.value;
            const date = local ? new Date(local) : null;
            send(form, '/appointments', {
                at: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
                place: form.elements.place.value.trim() || (form.elements.atKiosk.checked ? 'Familienkiosk' : ''),
                atKiosk: form.elements.atKiosk.checked,
            }, 'Termin gespeichert');
        }));

        forms.push(displayNameForm(view, { actionForm, field, el, send }));

        forms.push(actionForm('Rückmeldung an die Praxis', [
            field('r-art', 'Art der Rückmeldung', el('select', { id: 'r-art', name: 'kind' },
                el('option', { value: 'FirstContact' }, feedbackLabel('FirstContact')),
                el('option', { value: 'Interim' }, feedbackLabel('Interim')))),
            field('r-text', 'Text für die Praxis', el('textarea', { id: 'r-text', name: 'text', rows: 3, required: true }),
                'Die Praxis sieht diesen Text. Keine internen Notizen.'),
        ], 'Rückmeldung senden', (form) => send(form, '/feedback', {
            kind: form.elements.kind.value, text: form.elements.text.value.trim(),
        }, 'Rückmeldung gesendet')));
    }

    if (view.status === 'Accepted') {
        forms.push(actionForm('Erstes Treffen hat stattgefunden', [
            el('p', { class: 'hint' }, 'Der Fall geht in die Begleitung über.'),
        ], 'Erstes Treffen festhalten', (form) => send(form, '/first-meeting', {}, 'Erstes Treffen festgehalten, Fall in Begleitung')));
    }

    if (view.status === 'InCare') {
        forms.push(actionForm('Aktivität festhalten', [
            field('a-art', 'Art der Aktivität', el('select', { id: 'a-art', name: 'kind' }, ACTIVITY_KINDS.map((kind) => el('option', {}, kind)))),
            field('a-notiz', 'Notiz (intern)', el('textarea', { id: 'a-notiz', name: 'note', rows: 2 })),
        ], 'Aktivität speichern', (form) => send(form, '/activities', {
            kind: form.elements.kind.value, note: form.elements.note.value.trim() || null,
        }, 'Aktivität gespeichert')));

        const offerSelect = el('select', { id: 'wv-angebot', name: 'offerId', required: true },
            el('option', { value: '' }, 'Bitte wählen …'),
            activeOffers().map((offer) => el('option', { value: offer.id }, offerOptionText(offer))));
        forms.push(actionForm('Weitervermitteln', [
            field('wv-angebot', 'Hilfsangebot', offerSelect),
        ], 'Weitervermittlung speichern', (form) => send(form, '/onward-referrals', {
            offerId: form.elements.offerId.value,
        }, 'Weitervermittlung gespeichert')));
    }

    // Consent the family gives later: names one more help offer, so that the Lotsin may pass its details on to it.
    const unnamed = activeOffers().filter((offer) => !(view.consentedHelpOffers ?? []).includes(offer.id));
    if ((view.status === 'Accepted' || view.status === 'InCare') && unnamed.length) {
        forms.push(actionForm('Einwilligung erweitern', [
            el('p', { class: 'hint' }, 'Die Familie willigt ein, dass ihre Daten an ein weiteres Hilfsangebot gehen dürfen. Die Gültigkeit der Einwilligung bleibt, wie sie ist.'),
            field('ee-angebot', 'Hilfsangebot', el('select', { id: 'ee-angebot', name: 'offerId', required: true },
                el('option', { value: '' }, 'Bitte wählen …'),
                unnamed.map((offer) => el('option', { value: offer.id }, offerOptionText(offer))))),
            field('ee-von', 'Erteilt von', el('input', { id: 'ee-von', name: 'givenBy', required: true, autocomplete: 'off', maxlength: 200 }),
                'Name der oder des Sorgeberechtigten, die oder der eingewilligt hat.'),
            field('ee-am', 'Erteilt am', el('input', { type: 'date', id: 'ee-am', name: 'givenAt', required: true, value: localDateTimeValue(new Date()).slice(0, 10) })),
        ], 'Einwilligung speichern', (form) => {
            const [year, month, day] = form.elements.givenAt.value.split('-').map(Number);
            const date = year && month && day ? new Date(year, month - 1, day) : null;
            send(form, '/consent-extensions', {
                offerId: form.elements.offerId.value,
                givenBy: form.elements.givenBy.value.trim(),
                givenAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
            }, 'Einwilligung erweitert');
        }));
    }

    if (view.status === 'Accepted' || view.status === 'InCare') {
        forms.push(actionForm('Fall abschließen', [
            field('s-ergebnis', 'Ergebnis', el('select', { id: 's-ergebnis', name: 'outcome' },
                OUTCOMES.map((outcome) => el('option', { value: outcome }, outcomeLabel(outcome)))),
            '„Nicht erreichbar“ setzt mindestens drei erfolglose Kontaktversuche voraus.'),
            field('s-text', 'Abschlussrückmeldung an die Praxis', el('textarea', { id: 's-text', name: 'feedback', rows: 3, required: true })),
        ], 'Fall abschließen', (form) => send(form, '/closing', {
            outcome: form.elements.outcome.value, feedback: form.elements.feedback.value.trim(),
        }, 'Fall abgeschlossen'), { danger: true }));

        forms.push(actionForm('Einwilligung widerrufen', [
            el('p', { class: 'hint' }, 'Nur wenn die Familie ihre Einwilligung zurückzieht: Der Fall endet, alle persönlichen Daten werden gelöscht.'),
            field('w-bestaetigt', 'Die Familie hat die Einwilligung widerrufen', el('input', { type: 'checkbox', id: 'w-bestaetigt', name: 'confirmed', required: true })),
        ], 'Einwilligung widerrufen', (form) => {
            if (!form.elements.confirmed.checked) {
                alarm('Bitte bestätigen Sie, dass die Familie die Einwilligung widerrufen hat.');
                form.elements.confirmed.focus();
                return;
            }
            send(form, '/consent-withdrawal', {}, 'Einwilligung widerrufen, Fall beendet');
        }, { danger: true }));
    }

    if (!forms.length) forms.push(el('p', { class: 'meta' }, `Im Stand „${statusLabel(view.status)}“ ist hier nichts zu tun.`));
    return [el('h3', {}, 'Festhalten'), ...forms];
}
