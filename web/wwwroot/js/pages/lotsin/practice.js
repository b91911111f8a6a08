// The referring practice on every offer and case: its name, and its phone as a tel: link, so that the Lotsin can call
// back at once, above all while the family is still in the practice.

import { el, telHref } from '../../dom.js';

/** "Praxis: <name> · Tel. <number>"; on an urgent offer the number is a prominent call button. Null without a name. */
export function practiceLine(view, { urgent = false } = {}) {
    if (!view.practiceName) return null;
    const phone = view.practicePhone;
    return el('p', { class: urgent ? 'practice practice-urgent' : 'practice' },
        'Praxis: ', el('strong', {}, view.practiceName),
        phone && !urgent ? [' · Tel. ', el('a', { href: telHref(phone) }, phone)] : null,
        phone && urgent ? [el('br'), el('a', { href: telHref(phone), class: 'button button-call' }, `Praxis anrufen: ${phone}`)] : null);
}
