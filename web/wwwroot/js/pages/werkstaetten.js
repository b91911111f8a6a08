// The planning page of the parent workshops (kiosk staff and coordinator): the form that plans a workshop or a series
// (and, filled from a workshop, changes it), and the list of workshops, live: each push renews the list and keeps what
// is being typed in it.

import { apiGet } from '../api.js';
import { clear, el, keepTyped } from '../dom.js';
import { onPush, start } from '../live.js';
import { workshopCard } from './werkstaetten/card.js';
import { planning, send } from './werkstaetten/send.js';

const form = document.getElementById('planen');
const list = document.getElementById('werkstaetten');
const heading = document.getElementById('planen-titel');
const submit = document.getElementById('ws-senden');
const stopEditing = document.getElementById('ws-abbrechen');
const series = document.getElementById('ws-reihe');
const berlin = { timeZone: 'Europe/Berlin' };
let editing = null;

function body() {
    const f = form.elements;
    const number = (value) => (value === '' ? null : Number(value));
    const weeksApart = Number(f.weeksApart.value);
    return {
        title: f.title.value, date: f.date.value || null, time: f.time.value || null, place: f.place.value, municipality: f.municipality.value,
        capacity: number(f.capacity.value), languages: [...form.querySelectorAll('input[name="languages"]:checked')].map((c) => c.value),
        leader: f.leader.value, dates: weeksApart > 0 ? number(f.dates.value) : 1, weeksApart: weeksApart > 0 ? weeksApart : null,
    };
}

function setEditing(w) {
    editing = w;
    heading.textContent = w ? `Elternwerkstatt ändern: ${w.title}` : 'Neue Elternwerkstatt';
    submit.textContent = w ? 'Änderungen speichern' : 'Planen';
    stopEditing.hidden = !w;
    series.hidden = !!w;
    if (!w) {
        form.reset();
        return;
    }
    const at = new Date(w.at);
    const f = form.elements;
    f.title.value = w.title;
    f.date.value = at.toLocaleDateString('sv-SE', berlin);
    f.time.value = at.toLocaleTimeString('de-DE', { ...berlin, hour: '2-digit', minute: '2-digit' });
    f.place.value = w.place;
    f.municipality.value = w.municipality;
    f.capacity.value = String(w.capacity);
    f.leader.value = w.leader;
    for (const box of form.querySelectorAll('input[name="languages"]')) box.checked = w.languages.includes(box.value);
    f.title.focus();
}

form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = body();
    const path = editing ? planning(`/${encodeURIComponent(editing.id)}/changes`) : planning();
    const done = editing ? `„${data.title}“ geändert` : data.dates > 1 ? `Reihe „${data.title}“ mit ${data.dates} Terminen geplant` : `„${data.title}“ geplant`;
    if (await send(submit, path, data, done, form)) setEditing(null);
});
stopEditing.addEventListener('click', () => setEditing(null));

// A push renews the list; a family half typed into a card's form, the attendance being ticked and the focus stay.
function render(workshops) {
    const now = Date.now();
    keepTyped(list, () => clear(list).append(...(workshops.length ? workshops.map((w) => workshopCard(w, now, setEditing))
        : [el('p', { class: 'meta' }, 'Keine Elternwerkstatt geplant')])));
}

onPush('workshops', (push) => render(push.view ?? []));

async function init() {
    const { position } = await apiGet('/api/live/position');
    render(await apiGet(planning()));
    await start({ since: position });
}

init().catch((error) => console.error(error));
