// Idle sign-out on shared practice PCs: the session ends on the server after Security:IdleTimeout without a request
// (<meta name="idle-timeout">, seconds). A person who works on the page keeps it alive (activity renews the session
// now and then); before it ends for want of activity the page warns, with a countdown and "Angemeldet bleiben",
// and at the end it signs out through the navigation's sign-out form, so the next person meets the sign-in page.
import { el } from './dom.js';

const meta = document.querySelector('meta[name="idle-timeout"]');
const sessionMs = Number(meta?.content ?? 0) * 1000;
// The page signs out a little before the server would end the session, while its sign-out is still accepted.
const timeoutMs = sessionMs - Math.min(30_000, sessionMs / 4);
const warnMs = Math.min(120_000, timeoutMs / 2);
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'];

let lastActivity = Date.now();
let lastRenewal = Date.now();
let signingOut = false;

const seconds = el('span', {}, '');
const stay = el('button', { type: 'button', class: 'button button-primary' }, 'Angemeldet bleiben');
const warning = el('div', { id: 'abmeldung', class: 'idle-warning', role: 'alertdialog', 'aria-modal': 'false',
    'aria-labelledby': 'abmeldung-titel', 'aria-describedby': 'abmeldung-text', hidden: true },
    el('h2', { id: 'abmeldung-titel' }, 'Abmeldung wegen Inaktivität'),
    el('p', { id: 'abmeldung-text' }, 'Sie werden in ', seconds, ' Sekunden abgemeldet, damit niemand anderes an diesem Gerät Ihre Daten sieht.'),
    stay);

async function renew() {
    lastRenewal = Date.now();
    try {
        await fetch('/api/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
        // offline: the next request of the page will tell
    }
}

function active() {
    lastActivity = Date.now();
    if (!warning.hidden) warning.hidden = true;
    if (Date.now() - lastRenewal > sessionMs / 3) renew();
}

function signOut() {
    signingOut = true;
    const form = document.querySelector('form[action="/abmelden"]');
    if (!form) {
        location.assign('/anmelden?abgemeldet=inaktiv');
        return;
    }
    form.append(el('input', { type: 'hidden', name: 'grund', value: 'inaktiv' }));
    form.requestSubmit();
}

function tick() {
    if (signingOut) return;
    const idle = Date.now() - lastActivity;
    if (idle >= timeoutMs) {
        signOut();
    } else if (idle >= timeoutMs - warnMs) {
        seconds.textContent = String(Math.ceil((timeoutMs - idle) / 1000));
        if (warning.hidden) {
            warning.hidden = false;
            stay.focus();
        }
    }
}

if (timeoutMs > 0) {
    stay.addEventListener('click', () => { active(); renew(); });
    document.body.append(warning);
    for (const type of ACTIVITY) document.addEventListener(type, active, { passive: true, capture: true });
    setInterval(tick, 1000);
}
