// Live updates over SignalR (/hubs/live). The server calls Push(push) with
// push = { position, topic: 'case'|'board'|'kiosk'|'presence'|'offer'|'helpoffers', caseId, view }.
// After every (re)connect the client calls CatchUp(lastPosition) and gets the pushes it missed;
// pushes are delivered in position order, each position at most once per browser tab.
// Needs /lib/signalr/signalr.min.js loaded before this module (the layout does so for Live pages).

const STORAGE_KEY = 'heres.lastPosition';
const RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000, 10000];
const OFFLINE_RETRY_MS = 15000; // after automatic reconnection gave up, or the first start failed

const STATE_TEXT = {
    connecting: 'Verbindung wird aufgebaut …',
    connected: 'Live verbunden',
    reconnecting: 'Verbindung unterbrochen – versuche erneut …',
    offline: 'Offline',
};

const handlers = new Map(); // topic -> Set of handlers
const stateHandlers = new Set();
let connection = null;
let state = 'offline';
let lastPosition = readStoredPosition();
let buffer = []; // pushes received while not caught up (connecting, reconnecting); null once caught up
let retryTimer = null;
let seenAtLast = new Set(); // topic|case keys delivered at lastPosition
let storeTimer = null; // the position is written to sessionStorage after the pushes are applied, once per burst

// For browser tests: read-only view of the state ('connecting' | 'connected' | 'reconnecting' | 'offline').
window.heresLive = Object.freeze({
    get state() { return state; },
    get lastPosition() { return lastPosition; },
});

function readStoredPosition() {
    const stored = Number(sessionStorage.getItem(STORAGE_KEY));
    return Number.isSafeInteger(stored) && stored > 0 ? stored : 0;
}

/**
 * Calls handler(push, { catchUp }) for every push of this topic (subscribe before start());
 * catchUp is true for pushes missed while away, so that a page can cue once instead of per push.
 * Returns a function that unsubscribes.
 */
export function onPush(topic, handler) {
    if (!handlers.has(topic)) handlers.set(topic, new Set());
    handlers.get(topic).add(handler);
    return () => handlers.get(topic).delete(handler);
}

/** Calls handler(state) on every change of the connection state; returns a function that unsubscribes. */
export function onStateChange(handler) {
    stateHandlers.add(handler);
    return () => stateHandlers.delete(handler);
}

/**
 * Connects (once per page). options.since: the position the page's initial data is current as of
 * (from the API), so that catch-up does not repeat what the page already shows.
 */
export async function start(options = {}) {
    if (Number.isSafeInteger(options.since) && options.since > lastPosition) remember(options.since);
    if (connection) return;
    const signalR = globalThis.signalR;
    if (!signalR) throw new Error('live.js: /lib/signalr/signalr.min.js is not loaded (set ViewData["Live"] = true)');
    connection = new signalR.HubConnectionBuilder()
        .withUrl('/hubs/live')
        .withAutomaticReconnect(RECONNECT_DELAYS_MS)
        .build();
    connection.on('Push', receive);
    connection.onreconnecting(() => {
        buffer ??= [];
        setState('reconnecting');
    });
    connection.onreconnected(() => connected());
    connection.onclose(() => offline());
    window.addEventListener('online', () => { if (state === 'offline') connect(); });
    window.addEventListener('pagehide', storePosition);
    await connect();
}

async function connect() {
    clearTimeout(retryTimer);
    buffer ??= [];
    setState('connecting');
    try {
        await connection.start();
    } catch (error) {
        console.error(error);
        offline();
        return;
    }
    await connected();
}

function offline() {
    setState('offline');
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, OFFLINE_RETRY_MS);
}

// Pushes received until CatchUp answers wait in the buffer; then both go out together, in order.
// If CatchUp fails, the buffer is dropped: the next catch-up returns those pushes again.
async function connected() {
    try {
        const missed = await connection.invoke('CatchUp', lastPosition);
        const pending = buffer ?? [];
        buffer = null;
        const missedPositions = new Set((missed ?? []).map((push) => push?.position));
        deliver([...(missed ?? []), ...pending], (push) => missedPositions.has(push.position));
        setState('connected');
    } catch (error) {
        console.error(error);
        buffer = [];
        connection.stop().catch(console.error); // onclose: offline, and a new attempt later
    }
}

const notCatchUp = () => false;

function receive(push) {
    if (buffer) buffer.push(push);
    else if (Number.isSafeInteger(push?.position)) apply(push, notCatchUp);
}

function deliver(pushes, isCatchUp) {
    const ordered = pushes.filter((push) => Number.isSafeInteger(push?.position))
        .sort((a, b) => a.position - b.position);
    for (const push of ordered) apply(push, isCatchUp);
}

function apply(push, isCatchUp) {
    // One event can reach a tab twice (an urgent offer to all on duty, and the claim to the winner):
    // within a position, each topic and case is delivered once.
    const key = `${push.topic}|${push.caseId ?? ''}`;
    if (push.position < lastPosition || (push.position === lastPosition && seenAtLast.has(key))) return;
    if (push.position > lastPosition) seenAtLast.clear();
    seenAtLast.add(key);
    remember(push.position);
    for (const handler of handlers.get(push.topic) ?? []) {
        try {
            handler(push, { catchUp: isCatchUp(push) });
        } catch (error) {
            console.error(error); // one broken handler must not stop the others
        }
    }
}

// The position counts at once (catch-up asks from lastPosition); sessionStorage, which only a reload of
// this tab reads, is written in a task of its own after the DOM update, once per burst, and on pagehide.
function remember(position) {
    lastPosition = position;
    storeTimer ??= setTimeout(storePosition, 0);
}

function storePosition() {
    clearTimeout(storeTimer);
    storeTimer = null;
    if (lastPosition > 0) sessionStorage.setItem(STORAGE_KEY, String(lastPosition));
}

function setState(next) {
    if (state === next) return;
    state = next;
    const indicator = document.getElementById('verbindung');
    if (indicator) {
        indicator.textContent = STATE_TEXT[next];
        indicator.dataset.state = next;
    }
    for (const handler of stateHandlers) handler(next);
}
