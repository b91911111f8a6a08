// The kiosk page: today's appointments at the Familienkiosk, live. The view carries only the time,
// the Lotsin's name and a case reference: no health data exists in it.

import { apiGet, apiSend } from '../api.js';
import { announce, clear, el } from '../dom.js';
import { onPush, start } from '../live.js';

const list = document.getElementById('termine');
const time = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });

function render(appointments) {
    clear(list);
    const sorted = [...(appointments ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    if (!sorted.length) {
        list.append(el('li', { class: 'empty' }, 'Heute keine Termine'));
        return;
    }
    for (const appointment of sorted) {
        list.append(el('li', { class: 'card appointment', 'data-appointment-id': appointment.appointmentId },
            el('time', { datetime: appointment.at, class: 'appointment-time' }, `${time.format(new Date(appointment.at))} Uhr`),
            el('span', { class: 'appointment-who' }, 'mit ', el('strong', {}, appointment.lotsinName)),
            el('span', { class: 'meta' }, `Fall ${appointment.caseReference}`)));
    }
}

const workshopList = document.getElementById('werkstaetten');

// Parent workshops (Elternwerkstätten) of today, with the count of registered families; a walk-in family
// is registered with one click, by count only: no name is taken.
function renderWorkshops(workshops) {
    clear(workshopList);
    const sorted = [...(workshops ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    if (!sorted.length) {
        workshopList.append(el('li', { class: 'empty' }, 'Heute keine Elternwerkstatt'));
        return;
    }
    for (const workshop of sorted) {
        const full = workshop.registrations >= workshop.capacity;
        const button = el('button', { type: 'button', class: 'button', disabled: full ? '' : null },
            full ? 'Ausgebucht' : 'Familie anmelden');
        button.addEventListener('click', async () => {
            button.disabled = true;
            try {
                await apiSend('POST', `/api/kiosk/workshops/${encodeURIComponent(workshop.id)}/registrations`, {});
                announce(`Familie für „${workshop.title}“ angemeldet`);
            } finally {
                button.disabled = false;
            }
        });
        workshopList.append(el('li', { class: 'card appointment', 'data-workshop-id': workshop.id },
            el('time', { datetime: workshop.at, class: 'appointment-time' }, `${time.format(new Date(workshop.at))} Uhr`),
            el('span', { class: 'appointment-who' }, el('strong', {}, workshop.title)),
            el('span', { class: 'meta' }, `${workshop.place} · ${workshop.registrations} von ${workshop.capacity} Plätzen belegt`),
            button));
    }
}

onPush('kiosk', (push) => render(push.view));
onPush('workshops', (push) => renderWorkshops(push.view));

async function init() {
    const { position } = await apiGet('/api/live/position');
    render(await apiGet('/api/kiosk/today'));
    renderWorkshops(await apiGet('/api/kiosk/workshops'));
    await start({ since: position });
}

init().catch((error) => console.error(error));
