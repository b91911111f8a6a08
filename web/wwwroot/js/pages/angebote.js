// The coordinator's directory of help offers: one form to add an offer or change one (deactivating it included) and
// the list of all offers; a change made elsewhere arrives live.

import { apiGet, apiSend } from '../api.js';
import { announce, clear, el } from '../dom.js';
import { offerFacts } from '../helpoffers.js';
import { onPush, start } from '../live.js';

const form = document.getElementById('angebot-form');
const title = document.getElementById('formular-titel');
const cancel = document.getElementById('abbrechen');
const list = document.getElementById('angebote');
const offers = new Map(); // offerId -> HelpOffer
let editing = null; // the id of the offer in the form, null for a new one
let pending = null; // the body being sent, kept for a retry with the same commandId

// The districts offered are the chosen town's; those of other towns are unticked and hidden.
function syncDistricts() {
    const town = form.elements.municipality.value;
    for (const group of form.querySelectorAll('.check-group')) {
        const other = group.dataset.municipality !== town;
        group.hidden = other;
        for (const box of group.querySelectorAll('input')) {
            box.disabled = other;
            if (other) box.checked = false;
        }
    }
}

const ticked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);

function body() {
    const f = form.elements;
    return {
        offerKind: f.offerKind.value || null,
        name: f.name.value.trim(),
        provider: f.provider.value.trim() || null,
        phone: f.phone.value.trim() || null,
        email: f.email.value.trim() || null,
        address: f.address.value.trim() || null,
        municipality: f.municipality.value,
        districts: ticked('districts'),
        languages: ticked('languages'),
        active: f.active.checked,
    };
}

function edit(offer) {
    editing = offer?.id ?? null;
    pending = null;
    form.reset();
    if (offer) {
        const f = form.elements;
        f.offerKind.value = offer.kind;
        f.name.value = offer.name;
        f.provider.value = offer.provider ?? '';
        f.phone.value = offer.contact ?? '';
        f.email.value = offer.email ?? '';
        f.address.value = offer.address ?? '';
        f.municipality.value = offer.municipality;
        f.active.checked = offer.active;
    }
    syncDistricts();
    for (const box of form.querySelectorAll('input[name="districts"], input[name="languages"]')) {
        box.checked = (box.name === 'districts' ? offer?.districts : offer?.languages)?.includes(box.value) ?? false;
    }
    title.textContent = offer ? `Angebot bearbeiten: ${offer.name}` : 'Neues Angebot';
    cancel.hidden = !offer;
}

form.addEventListener('input', () => { pending = null; }); // a changed form is a new command
form.elements.municipality.addEventListener('change', syncDistricts);
cancel.addEventListener('click', () => {
    const id = editing;
    edit(null);
    document.getElementById(`bearbeiten-${id}`)?.focus();
});

form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    pending ??= body();
    button.disabled = true;
    try {
        const answer = editing
            ? await apiSend('PUT', `/api/help-offers/${encodeURIComponent(editing)}`, pending, { form })
            : await apiSend('POST', '/api/help-offers', pending, { form });
        announce(editing ? `Angebot „${pending.name}“ gespeichert.` : `Angebot „${pending.name}“ aufgenommen.`);
        edit(null);
        await load();
        document.getElementById(`hilfe-${answer.offerId}-titel`)?.closest('li')?.querySelector('button')?.focus();
    } catch {
        // api.js has marked the fields or said why
    } finally {
        button.disabled = false;
    }
});

function render() {
    const focused = list.contains(document.activeElement) ? document.activeElement.id : null;
    clear(list);
    for (const offer of offers.values()) {
        const open = el('button', { type: 'button', id: `bearbeiten-${offer.id}`, class: 'button button-secondary', 'aria-controls': 'formular' }, 'Bearbeiten');
        open.addEventListener('click', () => {
            edit(offer);
            title.focus();
        });
        list.append(el('li', { 'data-offer-id': offer.id, 'aria-labelledby': `hilfe-${offer.id}-titel` }, offerFacts(offer), el('div', { class: 'actions' }, open)));
    }
    if (!offers.size) list.append(el('li', { class: 'empty' }, 'Noch keine Angebote im Verzeichnis.'));
    if (focused) document.getElementById(focused)?.focus(); // a live change must not drop the focus
}

function show(all) {
    offers.clear();
    for (const offer of all) offers.set(offer.id, offer);
    render();
}

async function load() {
    show(await apiGet('/api/help-offers'));
}

onPush('helpoffers', (push) => show(push.view ?? []));

async function init() {
    edit(null);
    const { position } = await apiGet('/api/live/position');
    await load();
    await start({ since: position });
}

init().catch((error) => console.error(error));
