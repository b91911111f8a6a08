// System notifications for new offers while the tab is in the background: the Notification API through a service
// worker registration (/sw.js, a file of this app). The browser is asked for permission only after a click on
// "Benachrichtigungen einschalten", never by the page on its own. A notification names no family and no need: it may
// show on a locked phone.

import { el } from './dom.js';

const CHOICE_KEY = 'heres.notify'; // 'on' remembers the choice across reloads
const supported = 'Notification' in globalThis && 'serviceWorker' in navigator && globalThis.isSecureContext;
let registration = null;

const chosen = () => localStorage.getItem(CHOICE_KEY) === 'on' && Notification.permission === 'granted';

async function register() {
    registration ??= await navigator.serviceWorker.register('/sw.js', { scope: '/lotsin' });
    return registration;
}

/** The switch for system notifications (aria-pressed), or a line saying why there are none. */
export function notifyButton() {
    if (!supported) return el('p', { class: 'meta' }, 'Systembenachrichtigungen gibt es in diesem Browser nicht.');
    const button = el('button', { type: 'button', class: 'button button-secondary', 'aria-pressed': 'false' });
    const show = () => {
        const denied = Notification.permission === 'denied';
        button.setAttribute('aria-pressed', String(chosen()));
        button.disabled = denied;
        button.textContent = denied ? 'Benachrichtigungen im Browser blockiert'
            : chosen() ? 'Benachrichtigungen sind an' : 'Benachrichtigungen einschalten';
    };
    button.addEventListener('click', async () => {
        if (chosen()) {
            localStorage.removeItem(CHOICE_KEY);
        } else if (await Notification.requestPermission() === 'granted') {
            localStorage.setItem(CHOICE_KEY, 'on');
            await register();
        }
        show();
    });
    if (chosen()) register().catch(console.error);
    show();
    return button;
}

/** Shows a system notification for a new offer, only while the tab is hidden and notifications are switched on. */
export async function notifyOffer(title, body, url, tag) {
    if (!supported || !chosen() || document.visibilityState !== 'hidden') return;
    const worker = await register();
    await worker.showNotification(title, { body, tag, data: { url }, lang: 'de', icon: '/favicon.svg', requireInteraction: true });
}
