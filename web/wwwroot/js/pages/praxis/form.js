// The practice's referral form, behind the "Neue Vermittlung" button: the button opens it in place and moves the
// focus into it; a sent referral closes it and hands the new case to the list (onSent).

import { apiSend } from '../../api.js';

const section = document.getElementById('neu');
const opener = document.getElementById('neu-oeffnen');
const form = document.getElementById('vermittlung-form');

function isoDate(date) {
    const y = date.getFullYear();
    const m = String(date.getMonth() + 1).padStart(2, '0');
    const d = String(date.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
}

function prefillConsent() {
    const today = new Date();
    const nextYear = new Date(today);
    nextYear.setFullYear(today.getFullYear() + 1);
    form.elements['consent.givenAt'].value = isoDate(today);
    form.elements['consent.validUntil'].value = isoDate(nextYear);
}

// A date field as an instant: today means now (consent given just now), an earlier day its noon,
// "valid until" the end of that day; all in the browser's time zone.
function givenAtOf(value) {
    if (!value) return null;
    if (value === isoDate(new Date())) return new Date().toISOString();
    const date = new Date(`${value}T12:00:00`);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function validUntilOf(value) {
    if (!value) return null;
    const date = new Date(`${value}T23:59:59`);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function referralRequest() {
    const f = form.elements;
    const text = (name) => f[name].value.trim();
    const optional = (name) => text(name) || null;
    return {
        municipality: text('municipality'),
        district: text('district'),
        needs: [...form.querySelectorAll('input[name="needs"]:checked')].map((box) => box.value),
        familyPresentNow: f.familyPresentNow.checked,
        note: optional('note'),
        family: {
            guardianName: text('family.guardianName'),
            childFirstName: text('family.childFirstName'),
            childBirthYear: Number.parseInt(text('family.childBirthYear'), 10) || 0,
            phone: text('family.phone'),
            address: optional('family.address'),
            preferredLanguage: optional('family.preferredLanguage'),
            mayCallWhileInPractice: f['family.mayCallWhileInPractice'].checked,
        },
        consent: {
            givenBy: text('consent.givenBy'),
            givenAt: givenAtOf(f['consent.givenAt'].value),
            feedbackToPractice: f['consent.feedbackToPractice'].checked,
            validUntil: validUntilOf(f['consent.validUntil'].value),
            namedHelpOffers: [...form.querySelectorAll('input[name="consent.namedHelpOffers"]:checked')].map((box) => box.value),
        },
    };
}

let pending = null; // the request being sent, kept for a retry with the same commandId

// The district list offers only the chosen town's districts (one optgroup per town, from the server's NetworkPlaces).
function syncDistricts() {
    const town = form.elements.municipality.value;
    const district = form.elements.district;
    for (const group of district.querySelectorAll('optgroup')) {
        const other = group.dataset.municipality !== town;
        group.hidden = other;
        group.disabled = other;
    }
    if (district.selectedOptions[0]?.parentElement?.disabled) district.value = '';
}

function setOpen(open) {
    section.hidden = !open;
    opener.setAttribute('aria-expanded', String(open));
    if (open) form.elements['family.childFirstName'].focus();
}

/** Wires the form; onSent(caseId) is awaited after a referral was accepted and the form closed. */
export function setUpReferralForm(onSent) {
    prefillConsent();
    syncDistricts();
    opener.addEventListener('click', () => setOpen(section.hidden));
    document.getElementById('neu-abbrechen').addEventListener('click', () => {
        setOpen(false);
        opener.focus();
    });
    form.elements.municipality.addEventListener('change', syncDistricts);
    form.addEventListener('reset', () => setTimeout(syncDistricts));
    form.addEventListener('input', () => { pending = null; }); // changed data: a new command
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const button = form.querySelector('button[type="submit"]');
        pending ??= referralRequest();
        button.disabled = true;
        let caseId = null;
        try {
            const result = await apiSend('POST', '/api/referrals', pending, { form });
            pending = null;
            form.reset();
            prefillConsent();
            setOpen(false);
            caseId = result?.caseId ?? null;
        } catch {
            // api.js shows the errors beside the fields or in #alarm; the same command can be sent again
        } finally {
            button.disabled = false;
        }
        if (caseId) await onSent(caseId);
    });
}
