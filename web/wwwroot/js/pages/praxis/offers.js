// The help offers the family may name in the referral's consent. The server sends the network's active offers with each
// change of the directory; the list is built anew and a box already ticked stays ticked (dom.js keepTyped).

import { el, keepTyped } from '../../dom.js';

const section = document.getElementById('einwilligung-angebote');
const list = document.getElementById('einwilligung-angebote-liste');

export function showConsentOffers(offers) {
    keepTyped(list, () => list.replaceChildren(...offers.map((offer) => el('div', { class: 'field field-check' },
        el('input', { id: `offer-${offer.id}`, name: 'consent.namedHelpOffers', type: 'checkbox', value: offer.id }),
        el('label', { for: `offer-${offer.id}` }, `${offer.name} (${offer.municipality})`)))));
    section.hidden = offers.length === 0;
}
