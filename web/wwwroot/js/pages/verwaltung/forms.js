// What the admin page's forms share: sending without double submits, the status line, first passwords.

import { ApiError } from '../../api.js';
import { announce } from '../../dom.js';

/** Runs send(submitter) on submit; the button waits meanwhile; a refused call has shown its problem already. */
export function onSubmit(form, send) {
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const button = event.submitter ?? form.querySelector('[type="submit"]');
        button.disabled = true;
        try {
            await send(button);
        } catch (error) {
            if (!(error instanceof ApiError)) throw error;
        } finally {
            button.disabled = false;
        }
    });
}

/** Shows what was done in the status line at the top of the page (and tells screen readers). */
export function showStatus(text) {
    const box = document.getElementById('verwaltung-status');
    box.textContent = text;
    box.hidden = false;
    announce(text);
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A first password: four groups of four letters and digits that cannot be mistaken for each other when read aloud. */
export function newFirstPassword() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return chars.match(/.{4}/g).join('-');
}

/** The text of a form's control, trimmed, or null when empty. */
export function text(form, name) {
    const value = form.elements[name]?.value?.trim() ?? '';
    return value === '' ? null : value;
}

/**
 * A district a Lotsin works in, with its town ("Herne: Holsterhausen"), as the server keeps it (WorkArea.cs): some names
 * are districts of two towns.
 */
export const workArea = (municipality, district) => `${municipality}: ${district}`;

/** Fills every town select and district select of the page from the network's places. */
export function fillPlaceSelects(places) {
    for (const select of document.querySelectorAll('select[data-towns]')) {
        const chosen = select.value;
        select.replaceChildren(...places.map((town) => new Option(town.municipality, town.municipality)));
        if (chosen) select.value = chosen;
        fillDistricts(select, places);
    }
    for (const select of document.querySelectorAll('select[data-all-districts]')) {
        const chosen = new Set([...select.selectedOptions].map((o) => o.value));
        select.replaceChildren(...places.map((town) => {
            const group = document.createElement('optgroup');
            group.label = town.municipality;
            group.append(...town.districts.map((d) => new Option(d, workArea(town.municipality, d), false, chosen.has(workArea(town.municipality, d)))));
            return group;
        }));
    }
}

/** The district select that belongs to a town select gets that town's districts. */
export function fillDistricts(townSelect, places) {
    const districts = document.querySelector(`select[data-districts-of="${townSelect.id}"]`);
    const town = places.find((t) => t.municipality === townSelect.value);
    const chosen = districts.value;
    districts.replaceChildren(new Option('– bitte wählen –', ''), ...(town?.districts ?? []).map((d) => new Option(d, d)));
    if (chosen) districts.value = chosen;
}
