// The kiosk page: today's appointments at the Familienkiosk, live. The view carries only the time,
// the Lotsin's name and a case reference: no health data exists in it.

import { apiGet } from '../api.js';
import { clear, el } from '../dom.js';
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

onPush('kiosk', (push) => render(push.view));

async function init() {
    const { position } = await apiGet('/api/live/position');
    render(await apiGet('/api/kiosk/today'));
    await start({ since: position });
}

init().catch((error) => console.error(error));
