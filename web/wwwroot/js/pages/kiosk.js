// The kiosk page: the next seven days at the Familienkiosk, live, grouped by day: appointments with the Lotsinnen
// (time, the family's display name the Lotsin chose, the Lotsin) and parent workshops. No health data exists in it.

import { apiGet } from '../api.js';
import { clear, el } from '../dom.js';
import { onPush, start } from '../live.js';
import { timeOf, workshopItem } from './kiosk/workshop.js';

const week = document.getElementById('woche');
const dayName = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

// "2026-12-07" is a German calendar date: formatted as UTC, it is the same day everywhere.
function dayTitle(day, index) {
    const [year, month, date] = day.split('-').map(Number);
    const name = dayName.format(new Date(Date.UTC(year, month - 1, date)));
    return index === 0 ? `Heute, ${name}` : index === 1 ? `Morgen, ${name}` : name;
}

function appointmentItem(appointment) {
    return el('li', { class: 'card appointment', 'data-appointment-id': appointment.appointmentId },
        timeOf(appointment.at),
        el('span', { class: 'appointment-who' }, el('strong', {}, appointment.displayName ?? 'Familie (ohne Namen)')),
        el('span', { class: 'meta' }, 'mit ', appointment.lotsinName));
}

function list(title, items, render, emptyText) {
    return [
        el('h3', {}, title),
        el('ul', { class: 'appointment-list' }, items.length ? items.map(render) : el('li', { class: 'empty' }, emptyText)),
    ];
}

function daySection(kioskDay, index) {
    const id = `tag-${kioskDay.day}`;
    const byTime = (a, b) => Date.parse(a.at) - Date.parse(b.at);
    const heading = el('h2', { id }, dayTitle(kioskDay.day, index));
    if (!kioskDay.appointments.length && !kioskDay.workshops.length) {
        return el('section', { class: 'panel kiosk-day', 'aria-labelledby': id, 'data-day': kioskDay.day },
            heading, el('p', { class: 'meta' }, 'Keine Termine und keine Elternwerkstatt'));
    }
    return el('section', { class: 'panel kiosk-day', 'aria-labelledby': id, 'data-day': kioskDay.day },
        heading,
        list('Termine mit den Familienlotsinnen', [...kioskDay.appointments].sort(byTime), appointmentItem, 'Keine Termine'),
        list('Elternwerkstätten', [...kioskDay.workshops].sort(byTime), (w) => workshopItem(w), 'Keine Elternwerkstatt'));
}

let shown = [];
let timer = null;

// A push renews the whole week; the button that had the focus gets it back. The page also renews itself when the
// next workshop begins (its buttons go) and at midnight (a new day joins the week).
function render(days) {
    shown = days ?? [];
    const focused = document.activeElement?.dataset?.focus;
    clear(week).append(...shown.map(daySection));
    if (focused) week.querySelector(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
    scheduleRenewal();
}

function scheduleRenewal() {
    clearTimeout(timer);
    const now = Date.now();
    const midnight = new Date();
    midnight.setHours(24, 0, 0, 0);
    const starts = shown.flatMap((d) => d.workshops).map((w) => Date.parse(w.at)).filter((at) => at > now);
    const next = Math.min(midnight.getTime(), ...starts);
    timer = setTimeout(() => renew(next === midnight.getTime()), Math.min(next - now + 500, 2 ** 31 - 1));
}

async function renew(newDay) {
    try {
        render(newDay ? await apiGet('/api/kiosk/week') : shown);
    } catch {
        // api.js has shown the problem; the next push renews the week
    }
}

onPush('kiosk', (push) => render(push.view));

async function init() {
    const { position } = await apiGet('/api/live/position');
    render(await apiGet('/api/kiosk/week'));
    await start({ since: position });
}

init().catch((error) => console.error(error));
