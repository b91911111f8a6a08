// The facts and the history of one case in the Lotsin's detail view: what she needs at hand (the family, the practice
// and its phone, the next deadline) and what happened so far, with the state of each onward referral.

import {
    el, feedbackLabel, formatDateTime, languageLabel, needLabel, obligationLabel, offerKindLabel, overdueFlag,
    statusChip, telHref,
} from '../../dom.js';

const ONWARD_STATUS = { Suggested: 'Vorgeschlagen', Contacted: 'Kontakt aufgenommen', Attended: 'Wahrgenommen' };

function facts(pairs) {
    return el('dl', { class: 'facts' }, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function history(title, items, render, emptyText) {
    return el('section', { class: 'detail-section' },
        el('h3', {}, title),
        items?.length ? el('ul', { class: 'entry-list' }, items.map((entry) => el('li', {}, render(entry))))
            : el('p', { class: 'meta' }, emptyText));
}

const at = (iso) => el('time', { datetime: iso }, formatDateTime(iso));

/**
 * The case's facts and history. offerOf(id) names a help offer (also one no longer active); command(form, caseId, tail,
 * body, success, options) sends the state of an onward referral.
 */
export function detailInfo(view, { offerOf, command }) {
    const family = view.family ?? {};
    const next = view.nextDeadline;
    return [
        el('p', { class: 'card-line' }, statusChip(view.status), view.urgent ? el('span', { class: 'flag-urgent' }, 'Dringend') : null,
            view.overdue?.length ? view.overdue.map((flag) => overdueFlag(flag.obligation)) : null),
        facts([
            ['Sorgeberechtigte', family.guardianName],
            ['Name im Familienkiosk', view.displayName],
            ['Kind', family.childFirstName ? `${family.childFirstName}, geboren ${family.childBirthYear}` : null],
            ['Telefon', family.phone ? el('a', { href: telHref(family.phone) }, family.phone) : null],
            ['Adresse', family.address],
            ['Sprache', languageLabel(family.preferredLanguage ?? view.language)],
            ['Anruf in der Praxis', family.mayCallWhileInPractice ? 'erwünscht' : null],
            ['Wohnort', `${view.municipality}, ${view.district}`],
            ['Bedarf', (view.needs ?? []).map(needLabel).join(', ')],
            ['Vermittelt', formatDateTime(view.referredAt)],
            ['Praxis', view.practiceName],
            ['Telefon der Praxis', view.practicePhone ? el('a', { href: telHref(view.practicePhone) }, view.practicePhone) : null],
            ['Nächste Frist', next ? `${obligationLabel(next.obligation)} bis ${formatDateTime(next.dueAt)}` : null],
        ]),
        view.referralNote ? el('section', { class: 'detail-section' }, el('h3', {}, 'Hinweis der Praxis'), el('p', { class: 'entry-text' }, view.referralNote)) : null,
        history('Nachrichten der Praxis', view.messages, (m) => [at(m.at), m.text ? el('p', { class: 'entry-text' }, m.text) : null], 'Keine Nachrichten.'),
        history('Kontaktversuche', view.contactAttempts, (a) => [
            el('strong', {}, `${a.number}. Versuch: ${a.reached ? 'erreicht' : 'nicht erreicht'}`), ' · ', at(a.at),
            a.note ? el('p', { class: 'entry-text' }, a.note) : null], 'Noch keine Kontaktversuche.'),
        history('Termine', view.appointments, (a) => [
            el('strong', {}, at(a.at)), ` · ${a.place ?? ''}`, a.atKiosk ? ' (Familienkiosk)' : null], 'Keine Termine.'),
        history('Aktivitäten', view.activities, (a) => [
            el('strong', {}, a.kind), ' · ', at(a.at), a.note ? el('p', { class: 'entry-text' }, a.note) : null], 'Keine Aktivitäten.'),
        onwardSection(view, offerOf, command),
        history('Rückmeldungen an die Praxis', view.feedback, (f) => [
            el('strong', {}, feedbackLabel(f.kind)), ' · ', at(f.at), f.text ? el('p', { class: 'entry-text' }, f.text) : null], 'Keine Rückmeldungen.'),
    ].filter(Boolean);
}

// "Contacted" passes the family's details to the offer: only for offers the family's consent names.
function onwardSection(view, offerOf, command) {
    const consented = new Set(view.consentedHelpOffers ?? []);
    return history('Weitervermittlungen', view.onwardReferrals, (referral) => {
        const offer = offerOf(referral.offerId);
        const released = consented.has(referral.offerId);
        const selectId = `wv-status-${referral.id}`;
        const form = el('form', { class: 'form form-inline', novalidate: true },
            el('label', { for: selectId }, 'Stand'),
            el('select', { id: selectId, name: 'status' }, Object.entries(ONWARD_STATUS).map(([value, label]) =>
                el('option', { value, selected: value === referral.status, disabled: value === 'Contacted' && !released && referral.status !== value },
                    value === 'Contacted' && !released ? `${label} (keine Einwilligung)` : label))),
            el('button', { type: 'submit', class: 'button button-secondary' }, 'Stand speichern'));
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            command(form, view.caseId, `/onward-referrals/${encodeURIComponent(referral.id)}`, { status: form.elements.status.value },
                'Stand der Weitervermittlung gespeichert', { method: 'PUT', reset: false });
        });
        return [
            el('strong', {}, offer?.name ?? offerKindLabel(referral.offerKind)), offer?.active === false ? ' (nicht mehr aktiv)' : null,
            ` · ${offerKindLabel(referral.offerKind)} · ${ONWARD_STATUS[referral.status] ?? referral.status} · `, at(referral.at),
            released ? ' · Weitergabe eingewilligt' : ' · nur Vorschlag: Weitergabe nicht eingewilligt',
            view.status === 'InCare' ? form : null,
        ];
    }, 'Keine Weitervermittlungen.');
}
