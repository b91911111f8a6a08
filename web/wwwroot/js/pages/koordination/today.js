// Today's numbers in one strip above the board, counted from the board view the page already has. The board lists
// open cases only, so "Neu heute" counts today's referrals that are still open.

import { clear, el } from '../../dom.js';
import { overdueCases } from './deadline.js';

const strip = document.getElementById('heute');
const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }); // YYYY-MM-DD

export function renderToday(view, now) {
    const queue = view.queue ?? [];
    const open = [...queue, ...(view.caseload ?? [])];
    const lotsinnen = view.lotsinnen ?? [];
    const today = dayOf.format(now);
    const overdue = overdueCases(view, now).size;
    const figures = [
        ['neu', 'Neu heute', open.filter((item) => dayOf.format(new Date(item.referredAt)) === today).length],
        ['offen', 'Offene Fälle', view.openCases ?? open.length],
        ['ohne-lotsin', 'Ohne Lotsin', queue.filter((item) => item.status === 'Referred').length],
        ['ueberfaellig', 'Überfällig', overdue],
        ['im-dienst', 'Lotsinnen im Dienst', `${lotsinnen.filter((lotsin) => lotsin.availability === 'OnDuty').length} von ${lotsinnen.length}`],
    ];
    clear(strip).append(...figures.map(([key, label, value]) =>
        el('div', { class: 'figure', 'data-figure': key, 'data-alert': key === 'ueberfaellig' && overdue > 0 ? 'true' : null },
            el('dt', {}, label),
            el('dd', {}, String(value)))));
}
