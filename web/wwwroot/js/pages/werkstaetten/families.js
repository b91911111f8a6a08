// The families of one workshop on the planning page: registered by name (moved up from the waiting list marked), the
// waiting list in order, each with its phone to call; before the workshop, a form to register a family by name with
// consent; after it, the attendance form.

import { el, telHref } from '../../dom.js';
import { planning, send } from './send.js';

const id = (w, part) => `ws-${w.id}-${part}`;

function family(w, f, index, begun) {
    const withdraw = el('button', { type: 'button', class: 'button button-secondary', 'data-focus': `${f.id}:zuruecknehmen` }, 'Anmeldung zurücknehmen');
    withdraw.addEventListener('click', () => send(withdraw, planning(`/${encodeURIComponent(w.id)}/families/${encodeURIComponent(f.id)}/cancellation`), {},
        `Anmeldung von ${f.name} zurückgenommen`));
    return el('li', { class: 'workshop-family', 'data-family-id': f.id },
        el('strong', {}, index === null ? f.name : `${index + 1}. ${f.name}`),
        f.movedUp ? el('span', { class: 'chip' }, 'nachgerückt') : '',
        f.phone ? el('a', { href: telHref(f.phone), class: 'meta' }, f.phone) : el('span', { class: 'meta' }, 'ohne Telefon'),
        begun || w.cancelled ? '' : withdraw);
}

export function familyLists(w, begun) {
    const parts = [];
    if (w.families.length) {
        parts.push(el('h4', {}, w.cancelled ? 'Abgesagt: bitte diese Familien anrufen' : 'Mit Namen angemeldet'),
            el('ul', { class: 'plain-list', 'data-list': 'angemeldet' }, w.families.map((f) => family(w, f, null, begun))));
    }
    if (w.waiting.length) {
        parts.push(el('h4', {}, 'Warteliste'),
            el('ol', { class: 'plain-list', 'data-list': 'warteliste' }, w.waiting.map((f, i) => family(w, f, i, begun))));
    }
    return parts;
}

export function registerForm(w) {
    const form = el('form', { class: 'form workshop-register', novalidate: true, 'aria-label': `Familie mit Namen für „${w.title}“ anmelden` },
        el('div', { class: 'field' }, el('label', { for: id(w, 'name') }, 'Name der Familie'), el('input', { id: id(w, 'name'), name: 'name', autocomplete: 'off', maxlength: 100 })),
        el('div', { class: 'field' }, el('label', { for: id(w, 'phone') }, 'Telefon (freiwillig)'), el('input', { id: id(w, 'phone'), name: 'phone', type: 'tel', autocomplete: 'off', maxlength: 30 })),
        el('div', { class: 'field field-check' }, el('input', { id: id(w, 'consent'), name: 'consent', type: 'checkbox' }),
            el('label', { for: id(w, 'consent') }, 'Einwilligung zur Speicherung bis nach der Werkstatt')),
        el('div', { class: 'form-buttons' }, el('button', { type: 'submit', class: 'button', 'data-focus': `${w.id}:mitnamen` },
            w.freePlaces > 0 ? 'Mit Namen anmelden' : 'Auf die Warteliste setzen')));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const body = { name: form.elements.name.value, phone: form.elements.phone.value || null, consent: form.elements.consent.checked };
        const done = w.freePlaces > 0 ? `${body.name} angemeldet` : `${body.name} steht auf der Warteliste`;
        if (await send(form.querySelector('button'), planning(`/${encodeURIComponent(w.id)}/families`), body, done, form)) form.reset();
    });
    return folded(w, 'anmelden', w.freePlaces > 0 ? 'Familie mit Namen anmelden' : 'Familie auf die Warteliste setzen', form);
}

// A card's form behind its summary, so that a list of workshops stays short on a phone; the id keeps it open when a
// push renews the list (dom.js keepTyped).
function folded(w, part, summary, form) {
    return el('details', { class: 'action', id: id(w, part) }, el('summary', {}, summary), form);
}

export function attendanceForm(w) {
    const rows = w.families.map((f) => el('fieldset', { class: 'attendance-choice' }, el('legend', {}, f.name),
        ...[['true', 'teilgenommen'], ['false', 'nicht gekommen']].map(([value, label]) => el('div', { class: 'field field-check' },
            el('input', { id: id(w, `${f.id}-${value}`), name: `families.${f.id}`, type: 'radio', value }),
            el('label', { for: id(w, `${f.id}-${value}`) }, label)))));
    const form = el('form', { class: 'form workshop-attendance', novalidate: true, 'aria-label': `Teilnahme an „${w.title}“ eintragen` },
        ...rows,
        el('div', { class: 'field' }, el('label', { for: id(w, 'anonymous') }, 'Weitere Teilnehmende ohne Namen (Zahl der Familien)'),
            el('input', { id: id(w, 'anonymous'), name: 'anonymous', type: 'number', inputmode: 'numeric', min: 0, max: 200, value: String(w.walkins) })),
        el('div', { class: 'form-buttons' }, el('button', { type: 'submit', class: 'button', 'data-focus': `${w.id}:teilnahme` }, 'Teilnahme eintragen')));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const families = {};
        for (const f of w.families) {
            const chosen = form.querySelector(`input[name="families.${CSS.escape(f.id)}"]:checked`);
            if (chosen) families[f.id] = chosen.value === 'true';
        }
        const anonymous = form.elements.anonymous.value === '' ? null : Number(form.elements.anonymous.value);
        await send(form.querySelector('button'), planning(`/${encodeURIComponent(w.id)}/attendance`), { families, anonymous },
            `Teilnahme an „${w.title}“ eingetragen; die Namen sind gelöscht`, form);
    });
    return folded(w, 'teilnahme', 'Teilnahme erfassen', form);
}
