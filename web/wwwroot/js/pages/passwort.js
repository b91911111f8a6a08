// The password change: a first password (set by the admin) must be replaced before anything else opens.

import { ApiError, apiSend, clearFieldErrors } from '../api.js';
import { alarm, el } from '../dom.js';

const form = document.getElementById('passwort-form');

function mismatch() {
    clearFieldErrors(form);
    const repeat = form.elements.repeatPassword;
    const message = el('p', { class: 'field-error', id: 'repeatPassword-fehler', 'data-api-error': true }, 'Die Wiederholung stimmt nicht mit dem neuen Passwort überein.');
    repeat.after(message);
    repeat.setAttribute('aria-invalid', 'true');
    repeat.setAttribute('aria-describedby', message.id);
    alarm('Bitte prüfen Sie die markierten Eingaben.');
    repeat.focus();
}

form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { currentPassword, newPassword, repeatPassword } = form.elements;
    if (newPassword.value !== repeatPassword.value) {
        mismatch();
        return;
    }
    const button = form.querySelector('[type="submit"]');
    button.disabled = true;
    try {
        const session = await apiSend('POST', '/api/session/password', { currentPassword: currentPassword.value, newPassword: newPassword.value }, { form });
        location.assign(session.home);
    } catch (error) {
        if (!(error instanceof ApiError)) throw error;
    } finally {
        button.disabled = false;
    }
});
