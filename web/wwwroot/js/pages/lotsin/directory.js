// The Lotsin's search of the network's help offers, phone first: text over name, provider and contact, and filters by
// kind, language and place; only active offers. From an offer she can start an onward referral for a case in her care:
// the case's own onward-referral form opens with the offer chosen (lotsin.js), nothing is sent from here.

import { clear, el } from '../../dom.js';
import { offerFacts } from '../../helpoffers.js';

const form = document.getElementById('hilfe-filter');
const result = document.getElementById('hilfe-ergebnis');
const list = document.getElementById('hilfe-liste');

const fold = (text) => (text ?? '').toLocaleLowerCase('de-DE');

/** Whether an active offer passes the form's filters; a district matches offers of the whole town too. */
function matches(offer, { text, kind, language, place }) {
    const [town, district] = place ? place.split('|') : [];
    const words = fold(text).split(/\s+/).filter(Boolean);
    const haystack = fold([offer.name, offer.provider, offer.contact, offer.email, offer.address].filter(Boolean).join(' '));
    return offer.active
        && words.every((word) => haystack.includes(word))
        && (!kind || offer.kind === kind)
        && (!language || (offer.languages ?? []).includes(language))
        && (!town || (offer.municipality === town && (!district || !offer.districts?.length || offer.districts.includes(district))));
}

/**
 * Shows the directory and keeps it filtered. casesInCare(): her cases in care ({ caseId, name }); refer(caseId, offerId):
 * opens the case's onward referral with the offer chosen. Returns show(offers), for the first load and live changes.
 */
export function helpOfferDirectory({ casesInCare, refer }) {
    let offers = [];

    function referForm(offer) {
        const cases = casesInCare();
        if (!cases.length) return el('p', { class: 'hint' }, 'Weitervermitteln können Sie aus einem Fall in Ihrer Begleitung.');
        // Not a form: nothing is sent from here; the case's own form, opened by the button, sends the referral.
        const selectId = `hilfe-fall-${offer.id}`;
        const select = el('select', { id: selectId }, cases.map((c) => el('option', { value: c.caseId }, c.name)));
        return el('div', { class: 'form-inline' },
            el('label', { for: selectId }, 'Fall'),
            select,
            el('button', { type: 'button', id: `hilfe-weiter-${offer.id}`, class: 'button button-secondary', onclick: () => refer(select.value, offer.id) },
                'Weitervermitteln'));
    }

    function render() {
        const focused = list.contains(document.activeElement) ? document.activeElement.id : null;
        const filters = Object.fromEntries(new FormData(form));
        const found = offers.filter((offer) => matches(offer, filters));
        clear(list);
        for (const offer of found) {
            list.append(el('li', { 'data-offer-id': offer.id, 'aria-labelledby': `hilfe-${offer.id}-titel` }, offerFacts(offer), referForm(offer)));
        }
        if (!found.length) list.append(el('li', { class: 'empty' }, 'Kein Angebot passt zu Ihrer Suche.'));
        result.textContent = found.length === 1 ? '1 Angebot gefunden.' : `${found.length} Angebote gefunden.`;
        if (focused) document.getElementById(focused)?.focus(); // a live change must not drop the focus
    }

    form.addEventListener('input', render);
    form.addEventListener('submit', (event) => event.preventDefault());
    return {
        show(all) {
            offers = all;
            render();
        },
        render,
    };
}
