// One parent workshop (Elternwerkstatt) on the kiosk's week: time, title, place, places taken and free, waiting list,
// leader, languages, whether it is cancelled, and the two commands of the kiosk: register a walk-in family (by count
// only, no name is taken) and undo such a registration. A workshop that has begun or is cancelled takes neither; the
// server refuses them too. Registrations by name and attendance are on the planning page (/werkstaetten).

import { apiSend } from '../../api.js';
import { announce, el } from '../../dom.js';
import { languageNames } from './languages.js';

const time = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });

export const timeOf = (iso) => el('time', { datetime: iso, class: 'appointment-time' }, `${time.format(new Date(iso))} Uhr`);

async function send(button, workshop, tail, done) {
    button.disabled = true;
    try {
        await apiSend('POST', `/api/kiosk/workshops/${encodeURIComponent(workshop.id)}/${tail}`, {});
        announce(done);
    } catch {
        // api.js has shown the refusal in German
    } finally {
        if (button.isConnected) button.disabled = false;
    }
}

function places(workshop) {
    const waiting = workshop.waiting.length ? ` · Warteliste: ${workshop.waiting.length}` : '';
    return `${workshop.place} · ${workshop.registrations} von ${workshop.capacity} Plätzen belegt · ${workshop.freePlaces} frei${waiting}`;
}

export function workshopItem(workshop, now = Date.now()) {
    const begun = Date.parse(workshop.at) <= now;
    const full = workshop.registrations >= workshop.capacity;
    const closed = begun || workshop.cancelled;
    const titleId = `werkstatt-${workshop.id}`;
    const register = el('button', {
        type: 'button', class: 'button', disabled: closed || full, 'aria-describedby': titleId, 'data-focus': `${workshop.id}:anmelden`,
    }, full && !begun ? 'Ausgebucht' : 'Familie anmelden');
    const undo = el('button', {
        type: 'button', class: 'button button-secondary', disabled: closed || workshop.walkins === 0, 'aria-describedby': titleId,
        'data-focus': `${workshop.id}:zuruecknehmen`,
    }, 'Anmeldung zurücknehmen');
    register.addEventListener('click', () => send(register, workshop, 'registrations', `Familie für „${workshop.title}“ angemeldet`));
    undo.addEventListener('click', () => send(undo, workshop, 'cancellations', `Eine Anmeldung für „${workshop.title}“ zurückgenommen`));
    const planning = el('a', { href: `/werkstaetten#ws-${workshop.id}-titel` }, 'Anmeldungen mit Namen, Warteliste und Teilnahme');
    return el('li', { class: 'card appointment', 'data-workshop-id': workshop.id, 'data-begun': begun ? 'true' : null, 'data-cancelled': workshop.cancelled ? 'true' : null },
        timeOf(workshop.at),
        el('span', { class: 'appointment-who', id: titleId }, el('strong', {}, workshop.title), workshop.cancelled ? el('span', { class: 'chip' }, ' abgesagt') : ''),
        el('span', { class: 'meta' }, places(workshop)),
        el('span', { class: 'meta' }, `Leitung: ${workshop.leader} · Sprachen: ${languageNames(workshop.languages)}`),
        workshop.cancelled ? el('span', { class: 'meta' }, 'Abgesagt: keine Anmeldungen')
            : begun ? el('span', { class: 'meta' }, 'Hat begonnen: keine Anmeldungen mehr') : el('span', { class: 'form-buttons' }, register, undo),
        planning);
}
