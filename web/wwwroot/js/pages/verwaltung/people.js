// The network's practices and Lotsinnen: their lists with the accounts they have, and the forms to add or change one.

import { apiSend } from '../../api.js';
import { clear, el } from '../../dom.js';
import { fillDistricts, fillPlaceSelects, onSubmit, showStatus, text } from './forms.js';

const practiceForm = document.getElementById('praxis-form');
const lotsinForm = document.getElementById('lotsin-form');
const LANGUAGES = Object.fromEntries([...document.querySelectorAll('#lotsin-languages input')].map((i) => [i.value, i.labels[0].textContent]));
let current = null;

const accountsOf = (setup, role, id) => setup.accounts.filter((a) => a.role === role && a.entityId === id).map((a) => a.userName).join(', ') || 'keines';

function editButton(kind, entry) {
    return el('button', { type: 'button', class: 'button button-secondary', [`data-edit-${kind}`]: entry.id, 'aria-label': `${entry.name} ändern` }, 'Ändern');
}

function rows(tbody, entries, row, columns) {
    clear(document.querySelector(tbody)).append(...(entries.length ? entries.map(row) : [el('tr', {}, el('td', { colspan: columns }, 'Noch keine Einträge'))]));
}

export function renderPeople(setup) {
    current = setup;
    fillPlaceSelects(setup.places);
    rows('#praxen tbody', setup.practices, (p) => el('tr', { 'data-practice': p.id },
        el('td', {}, p.name), el('td', {}, p.address ?? '–'), el('td', {}, p.phone ?? '–'),
        el('td', {}, `${p.municipality}, ${p.district}`), el('td', {}, accountsOf(setup, 'Practice', p.id)),
        el('td', { class: 'cell-actions' }, editButton('practice', p))), 6);
    rows('#lotsinnen tbody', setup.lotsinnen, (l) => el('tr', { 'data-lotsin': l.id },
        el('td', {}, l.name), el('td', {}, l.organisation), el('td', {}, String(l.capacity)),
        el('td', {}, l.languages.map((code) => LANGUAGES[code] ?? 'eine weitere Sprache').join(', ')),
        el('td', {}, l.districts.join(', ')), el('td', {}, accountsOf(setup, 'Lotsin', l.id)),
        el('td', { class: 'cell-actions' }, editButton('lotsin', l))), 7);
}

function editPractice(id) {
    const practice = current.practices.find((p) => p.id === id);
    for (const name of ['id', 'name', 'address', 'phone', 'municipality']) practiceForm.elements[name].value = practice[name] ?? '';
    fillDistricts(practiceForm.elements.municipality, current.places);
    practiceForm.elements.district.value = practice.district;
    practiceForm.elements.name.focus();
}

function editLotsin(id) {
    const lotsin = current.lotsinnen.find((l) => l.id === id);
    for (const name of ['id', 'name', 'organisation', 'capacity']) lotsinForm.elements[name].value = lotsin[name];
    for (const box of lotsinForm.querySelectorAll('input[name="languages"]')) box.checked = lotsin.languages.includes(box.value);
    // A profile saved before districts named their town has bare names: those select the district of that name.
    for (const option of lotsinForm.elements.districts.options) option.selected = lotsin.districts.includes(option.value) || lotsin.districts.includes(option.text);
    lotsinForm.elements.name.focus();
}

export function wirePeople(page) {
    practiceForm.elements.municipality.addEventListener('change', (event) => fillDistricts(event.target, page.setup.places));
    document.getElementById('praxen').addEventListener('click', (event) => {
        const button = event.target.closest('[data-edit-practice]');
        if (button) editPractice(button.dataset.editPractice);
    });
    document.getElementById('lotsinnen').addEventListener('click', (event) => {
        const button = event.target.closest('[data-edit-lotsin]');
        if (button) editLotsin(button.dataset.editLotsin);
    });
    practiceForm.addEventListener('reset', () => setTimeout(() => fillDistricts(practiceForm.elements.municipality, page.setup.places)));
    onSubmit(practiceForm, async () => {
        const body = {
            id: text(practiceForm, 'id'), name: text(practiceForm, 'name'), address: text(practiceForm, 'address'), phone: text(practiceForm, 'phone'),
            municipality: practiceForm.elements.municipality.value, district: practiceForm.elements.district.value,
        };
        await apiSend('POST', '/api/admin/practices', body, { form: practiceForm });
        showStatus(body.id ? `${body.name} ist geändert.` : `${body.name} ist aufgenommen. Legen Sie unter „Konten“ ein Konto für die Praxis an.`);
        practiceForm.reset();
        await page.reload();
    });
    onSubmit(lotsinForm, async () => {
        const capacity = lotsinForm.elements.capacity.value;
        const body = {
            id: text(lotsinForm, 'id'), name: text(lotsinForm, 'name'), organisation: text(lotsinForm, 'organisation'),
            capacity: capacity === '' ? null : Number(capacity),
            languages: [...lotsinForm.querySelectorAll('input[name="languages"]:checked')].map((box) => box.value),
            districts: [...lotsinForm.elements.districts.selectedOptions].map((option) => option.value),
        };
        await apiSend('POST', '/api/admin/lotsinnen', body, { form: lotsinForm });
        showStatus(body.id ? `${body.name} ist geändert.` : `${body.name} ist aufgenommen. Legen Sie unter „Konten“ ein Konto für sie an.`);
        lotsinForm.reset();
        await page.reload();
    });
}
