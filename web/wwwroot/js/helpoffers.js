// A help offer of the network's directory as the coordinator and the Lotsinnen see it: name, kind, provider, where,
// languages and how to reach it (tel: and mailto: links). Data reaches the DOM only as text.

import { el, languageLabel, offerKindLabel, telHref } from './dom.js';

/** "Herne (ganze Stadt)" or "Herne: Wanne, Eickel". */
export function areaText(offer) {
    return offer.districts?.length ? `${offer.municipality}: ${offer.districts.join(', ')}` : `${offer.municipality} (ganze Stadt)`;
}

/** The text of an offer in a pick-list: "Frühe Hilfen Herne (Frühe Hilfen, Herne)". */
export function offerOptionText(offer) {
    return `${offer.name} (${offerKindLabel(offer.kind)}, ${offer.municipality})`;
}

/** The facts of an offer under a heading of the given level, for a list item; an inactive one says so in words. */
export function offerFacts(offer, headingLevel = 'h3') {
    const languages = (offer.languages ?? []).map(languageLabel).join(', ');
    return [
        el(headingLevel, { id: `hilfe-${offer.id}-titel` }, offer.name),
        el('p', { class: 'card-line' }, offerKindLabel(offer.kind), offer.active ? null : el('span', { class: 'chip', 'data-state': 'Closed' }, 'nicht aktiv')),
        el('p', { class: 'meta' }, [offer.provider ? `Träger: ${offer.provider}` : null, areaText(offer), languages ? `Sprachen: ${languages}` : null]
            .filter(Boolean).join(' · ')),
        offer.contact || offer.email ? el('p', {},
            offer.contact ? ['Tel. ', el('a', { href: telHref(offer.contact) }, offer.contact)] : null,
            offer.contact && offer.email ? ' · ' : null,
            offer.email ? el('a', { href: `mailto:${offer.email}` }, offer.email) : null) : null,
        offer.address ? el('p', { class: 'entry-text' }, offer.address) : null,
    ];
}
