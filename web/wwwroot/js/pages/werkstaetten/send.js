// Sends one workshop command of the planning page; a refusal is shown by api.js (beside the form's fields for a 400).

import { apiSend } from '../../api.js';
import { announce } from '../../dom.js';

export const planning = (tail = '') => `/api/kiosk/planning/workshops${tail}`;

// While it is sent, the form is aria-busy: a push that renews the list meanwhile does not keep what it sent (dom.js keepTyped).
export async function send(control, path, body, done, form) {
    control.disabled = true;
    form?.setAttribute('aria-busy', 'true');
    try {
        await apiSend('POST', path, body, form ? { form } : {});
        announce(done);
        return true;
    } catch {
        return false; // api.js has shown the refusal in German
    } finally {
        form?.removeAttribute('aria-busy');
        if (control.isConnected) control.disabled = false;
    }
}
