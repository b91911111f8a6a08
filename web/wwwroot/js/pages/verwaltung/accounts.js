// The accounts of the network: the list with reset and disable, and the form for a new account.

import { apiSend } from '../../api.js';
import { clear, el } from '../../dom.js';
import { newFirstPassword, onSubmit, showStatus, text } from './forms.js';

export const ROLE_LABELS = {
    Practice: 'Praxis',
    Lotsin: 'Familienlotsin',
    Coordinator: 'Koordination',
    Kiosk: 'Familienkiosk',
    Admin: 'Verwaltung',
    DataProtectionOfficer: 'Datenschutz',
    Reporting: 'Berichte',
};

const form = document.getElementById('konto-form');
let current = null;

function belongsTo(account, setup) {
    if (account.role === 'Practice') return setup.practices.find((p) => p.id === account.entityId)?.name ?? account.entityId;
    if (account.role === 'Lotsin') return setup.lotsinnen.find((l) => l.id === account.entityId)?.name ?? account.entityId;
    return '–';
}

function stateOf(account) {
    if (account.disabled) return 'gesperrt';
    return account.mustChangePassword ? 'Erstpasswort noch nicht geändert' : 'aktiv';
}

function accountRow(account, setup) {
    const who = account.userName;
    return el('tr', { 'data-user': who },
        el('td', {}, who),
        el('td', {}, account.displayName),
        el('td', {}, ROLE_LABELS[account.role] ?? 'andere Rolle'),
        el('td', {}, belongsTo(account, setup)),
        el('td', {}, stateOf(account)),
        el('td', { class: 'cell-actions' },
            el('button', { type: 'button', class: 'button button-secondary', 'data-reset': who, 'aria-label': `Passwort zurücksetzen für ${who}` }, 'Passwort zurücksetzen'),
            ' ',
            account.disabled
                ? el('button', { type: 'button', class: 'button button-secondary', 'data-enable': who, 'aria-label': `${who} entsperren` }, 'Entsperren')
                : el('button', { type: 'button', class: 'button button-danger', 'data-disable': who, 'aria-label': `${who} sperren` }, 'Sperren')));
}

function fillEntities() {
    const role = form.elements.role.value;
    const field = document.getElementById('konto-entity-feld');
    const entries = role === 'Practice' ? current.practices : role === 'Lotsin' ? current.lotsinnen : null;
    field.hidden = entries === null;
    const select = form.elements.entityId;
    select.replaceChildren(...(entries ?? []).map((entry) => new Option(entry.name, entry.id)));
}

export function renderAccounts(setup) {
    current = setup;
    const rows = setup.accounts.map((account) => accountRow(account, setup));
    clear(document.querySelector('#konten tbody')).append(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 6 }, 'Noch keine Konten'))]));
    fillEntities();
}

async function administer(button, page) {
    const { reset, disable, enable } = button.dataset;
    const user = reset ?? disable ?? enable;
    button.disabled = true;
    try {
        if (reset) {
            const firstPassword = newFirstPassword();
            await apiSend('POST', `/api/admin/accounts/${encodeURIComponent(user)}/password-reset`, { firstPassword });
            showStatus(`Das Passwort von ${user} ist zurückgesetzt. Neues Erstpasswort: ${firstPassword}. Alle Sitzungen des Kontos sind beendet; bei der nächsten Anmeldung muss es geändert werden.`);
        } else {
            await apiSend('POST', `/api/admin/accounts/${encodeURIComponent(user)}/${disable ? 'disable' : 'enable'}`, {});
            showStatus(disable ? `${user} ist gesperrt; alle Sitzungen des Kontos sind beendet.` : `${user} ist entsperrt.`);
        }
        await page.reload();
    } finally {
        button.disabled = false;
    }
}

export function wireAccounts(page) {
    form.elements.firstPassword.value = newFirstPassword();
    form.elements.role.addEventListener('change', fillEntities);
    document.querySelector('[data-new-password]').addEventListener('click', () => { form.elements.firstPassword.value = newFirstPassword(); });
    document.getElementById('konten').addEventListener('click', (event) => {
        const button = event.target.closest('button[data-reset], button[data-disable], button[data-enable]');
        if (button) administer(button, page).catch(() => {});
    });
    onSubmit(form, async () => {
        const role = form.elements.role.value;
        const body = {
            userName: text(form, 'userName'),
            displayName: text(form, 'displayName'),
            role,
            entityId: role === 'Practice' || role === 'Lotsin' ? form.elements.entityId.value : null,
            firstPassword: form.elements.firstPassword.value,
        };
        await apiSend('POST', '/api/admin/accounts', body, { form });
        showStatus(`Das Konto ${body.userName} ist angelegt. Erstpasswort: ${body.firstPassword}. Geben Sie es persönlich weiter; bei der ersten Anmeldung muss es geändert werden.`);
        form.reset();
        form.elements.firstPassword.value = newFirstPassword();
        await page.reload();
    });
}
