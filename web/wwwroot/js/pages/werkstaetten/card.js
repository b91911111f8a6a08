// One workshop on the planning page: date, time, topic, place, leader, languages, places and waiting list, its state
// (abgesagt, begonnen, Teilnahme eingetragen) and what can be done with it now.

import { el } from '../../dom.js';
import { languageNames } from '../kiosk/languages.js';
import { attendanceForm, familyLists, registerForm } from './families.js';
import { planning, send } from './send.js';

const when = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

function places(w) {
    const waiting = w.waiting.length ? ` · Warteliste: ${w.waiting.length}` : '';
    return `${w.registrations} von ${w.capacity} Plätzen belegt · ${w.freePlaces} frei${waiting}`;
}

function state(w, begun) {
    if (w.cancelled) return el('p', { class: 'chip', 'data-state': 'abgesagt' }, 'abgesagt');
    if (w.attendance) {
        const a = w.attendance;
        return el('p', { class: 'meta', 'data-state': 'eingetragen' },
            `Teilnahme eingetragen: ${a.attended} Familien teilgenommen, ${a.absent} angemeldete nicht gekommen (von ${a.registered} angemeldet). Namen gelöscht.`);
    }
    if (w.namesErased) return el('p', { class: 'meta' }, 'Namen nach Ablauf der Frist gelöscht.');
    return begun ? el('p', { class: 'meta', 'data-state': 'begonnen' }, 'Hat begonnen: Teilnahme eintragen') : '';
}

function actions(w, onEdit) {
    const edit = el('button', { type: 'button', class: 'button button-secondary', 'data-focus': `${w.id}:aendern` }, 'Ändern');
    const cancel = el('button', { type: 'button', class: 'button button-secondary', 'data-focus': `${w.id}:absagen` }, 'Absagen');
    const walkIn = el('button', { type: 'button', class: 'button button-secondary', disabled: w.freePlaces === 0, 'data-focus': `${w.id}:zahl` }, 'Familie ohne Namen zählen');
    edit.addEventListener('click', () => onEdit(w));
    cancel.addEventListener('click', () => {
        if (window.confirm(`„${w.title}“ absagen? Angemeldete Familien bitte anrufen.`)) {
            send(cancel, planning(`/${encodeURIComponent(w.id)}/cancellation`), {}, `„${w.title}“ abgesagt`);
        }
    });
    walkIn.addEventListener('click', () => send(walkIn, `/api/kiosk/workshops/${encodeURIComponent(w.id)}/registrations`, {}, `Eine Familie ohne Namen für „${w.title}“ gezählt`));
    return el('div', { class: 'form-buttons' }, edit, cancel, walkIn);
}

export function workshopCard(w, now, onEdit) {
    const begun = Date.parse(w.at) <= now;
    const titleId = `ws-${w.id}-titel`;
    const open = !begun && !w.cancelled;
    return el('article', { class: 'card workshop', 'aria-labelledby': titleId, 'data-workshop-id': w.id, 'data-cancelled': w.cancelled ? 'true' : null },
        el('h3', { id: titleId }, w.title),
        el('p', {}, el('time', { datetime: w.at }, `${when.format(new Date(w.at))} Uhr`), w.seriesId ? el('span', { class: 'meta' }, ' · Reihe') : ''),
        el('p', { class: 'meta' }, `${w.place} (${w.municipality}) · Leitung: ${w.leader} · Sprachen: ${languageNames(w.languages)}`),
        el('p', { class: 'workshop-places' }, places(w), w.walkins > 0 ? ` · davon ohne Namen: ${w.walkins}` : ''),
        state(w, begun),
        ...familyLists(w, begun),
        open ? actions(w, onEdit) : '',
        open ? registerForm(w) : '',
        begun && !w.cancelled && !w.attendance ? attendanceForm(w) : '');
}
