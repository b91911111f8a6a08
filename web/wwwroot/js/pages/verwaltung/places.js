// The network's towns and districts, and the form that adds a district (or a new town with its first one).

import { apiSend } from '../../api.js';
import { clear, el } from '../../dom.js';
import { onSubmit, showStatus, text } from './forms.js';

const form = document.getElementById('ort-form');

export function renderPlaces(setup) {
    clear(document.getElementById('orte')).append(...setup.places.map((town) => el('details', { class: 'card', 'data-town': town.municipality },
        el('summary', {}, `${town.municipality} (${town.districts.length} Stadtteile)`),
        el('p', {}, town.districts.join(', ')))));
    clear(document.getElementById('ort-staedte')).append(...setup.places.map((town) => el('option', { value: town.municipality })));
}

export function wirePlaces(page) {
    onSubmit(form, async () => {
        const body = { municipality: text(form, 'municipality'), district: text(form, 'district') };
        await apiSend('POST', '/api/admin/places', body, { form });
        showStatus(`${body.district} (${body.municipality}) steht jetzt in den Auswahllisten.`);
        form.reset();
        await page.reload();
    });
}
