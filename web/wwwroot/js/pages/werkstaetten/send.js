// Sends one workshop command of the planning page; a refusal is shown by api.js (beside the form's fields for a 400).

import { apiSend } from '../../api.js';
import { announce } from '../../dom.js';

export const planning = (tail = '') => `/api/kiosk/planning/workshops${tail}`;

export async function send(control, path, body, done, form) {
    control.disabled = true;
    try {
        await apiSend('POST', path, body, form ? { form } : {});
        announce(done);
        return true;
    } catch {
        return false; // api.js has shown the refusal in German
    } finally {
        if (control.isConnected) control.disabled = false;
    }
}
