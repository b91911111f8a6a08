// Deadlines on the board as live countdowns: "noch 3 Std.", "bald fällig: noch 40 Min." (amber), "seit 2 Std.
// überfällig" (red). The words carry the meaning; colour only adds to it (WCAG 1.4.1).
//
// The server computes each waiting case's due time (item.dueAt: assign a referral, or answer an offer) with the
// network's deadlines and NRW's working days, counting from the case's last return to the queue; a missed deadline it
// flagged comes in view.overdue. The page only counts down.

import { el, formatDateTime, obligationLabel } from '../../dom.js';

const SOON_MS = 4 * 3600000;
const OBLIGATION = { Referred: 'AssignReferral', Assigned: 'RespondToOffer' };

/**
 * The deadline a queued case shows: a missed one the server flagged (its own status' obligation first), else its
 * open one. { obligation, start, due }, due null while unknown; null for a case not in the queue's states.
 */
export function deadlineOf(item, overdue = []) {
    const obligation = OBLIGATION[item.status];
    if (!obligation) return null;
    const flags = overdue.filter((missed) => missed.caseId === item.caseId);
    const flag = flags.find((missed) => missed.obligation === obligation) ?? flags[0];
    if (flag) return { obligation: flag.obligation, start: null, due: new Date(flag.dueAt) };
    return { obligation, start: new Date(item.statusSince), due: item.dueAt ? new Date(item.dueAt) : null };
}

/**
 * The cases with a missed deadline: flagged by the server, or waiting past their assignment deadline. An offer past
 * its answer deadline first reminds the Lotsin; it counts here once the server flags it.
 */
export function overdueCases(view, now) {
    const ids = new Set((view.overdue ?? []).map((missed) => missed.caseId));
    for (const item of view.queue ?? []) {
        const deadline = deadlineOf(item, view.overdue);
        if (deadline?.obligation === 'AssignReferral' && deadline.due && deadline.due <= now) ids.add(item.caseId);
    }
    return ids;
}

/** The earliest deadline of the queue still ahead of now, or null. */
export function nextDeadline(view, now) {
    const ahead = (view.queue ?? []).map((item) => deadlineOf(item, view.overdue)?.due).filter((due) => due > now);
    return ahead.length ? new Date(Math.min(...ahead)) : null;
}

function span(ms, dative) {
    const minutes = Math.floor(ms / 60000);
    if (minutes < 1) return 'unter 1 Min.';
    if (minutes < 60) return `${minutes} Min.`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return `${hours} Std.`;
    return `${Math.floor(hours / 24)} ${dative ? 'Tagen' : 'Tage'}`;
}

/** { tone: 'normal' | 'soon' | 'overdue', text }; soon: under a quarter of the time or under 4 hours left. */
export function countdown(due, start, now) {
    const left = due - now;
    if (left <= 0) return { tone: 'overdue', text: `seit ${span(-left, true)} überfällig` };
    const quarter = start ? (due - start) / 4 : 0;
    return left < quarter || left < SOON_MS
        ? { tone: 'soon', text: `bald fällig: noch ${span(left)}` }
        : { tone: 'normal', text: `noch ${span(left)}` };
}

/** A <time> counting down to due; refreshCountdowns() moves it on. */
export function countdownEl(due, start, now) {
    const { tone, text } = countdown(due, start, now);
    return el('time', { class: 'countdown', datetime: due.toISOString(), 'data-start': start?.toISOString(), 'data-tone': tone,
        title: `fällig ${formatDateTime(due)}` }, text);
}

/** The queue's deadline cell: the countdown and what is due. */
export function deadlineCell(deadline, now) {
    if (!deadline) return '–';
    return [
        deadline.due ? countdownEl(deadline.due, deadline.start, now) : '–',
        el('br'),
        el('span', { class: 'meta' }, obligationLabel(deadline.obligation)),
    ];
}

/** Recomputes every countdown under root for now. */
export function refreshCountdowns(root, now) {
    for (const time of root.querySelectorAll('time.countdown')) {
        const start = time.dataset.start ? new Date(time.dataset.start) : null;
        const { tone, text } = countdown(new Date(time.getAttribute('datetime')), start, now);
        time.dataset.tone = tone;
        if (time.textContent !== text) time.textContent = text;
    }
}
