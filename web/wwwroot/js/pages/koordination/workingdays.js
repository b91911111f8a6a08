// Working days in NRW, as the server counts them (grains/…/Domain/WorkingDays.cs, NrwHolidays.cs): Monday to
// Friday without the public holidays of North Rhine-Westphalia, in German local time.

const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin', hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

// The local date and time in Germany of an instant, as numbers.
function local(ms) {
    const values = Object.fromEntries(parts.formatToParts(new Date(ms)).map((part) => [part.type, Number(part.value)]));
    return { year: values.year, month: values.month, day: values.day, hour: values.hour, minute: values.minute, second: values.second };
}

const wallClock = (t) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

// The instant of a local date and time in Germany (a time in the spring gap moves an hour on, as on the server).
function instant(t) {
    const guess = wallClock(t);
    const first = guess - (wallClock(local(guess)) - guess);
    return guess - (wallClock(local(first)) - first);
}

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), as a UTC day.
function easter(year) {
    const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
    return Date.UTC(year, month - 1, day);
}

const DAY = 86400000;

function isHoliday(dayMs) {
    const date = new Date(dayMs);
    const year = date.getUTCFullYear();
    const sunday = easter(year);
    const fixed = [[1, 1], [5, 1], [10, 3], [11, 1], [12, 25], [12, 26]].map(([month, day]) => Date.UTC(year, month - 1, day));
    const moving = [-2, 1, 39, 50, 60].map((offset) => sunday + offset * DAY); // Karfreitag … Fronleichnam
    return fixed.includes(dayMs) || moving.includes(dayMs);
}

const isWorkingDay = (dayMs) => ![0, 6].includes(new Date(dayMs).getUTCDay()) && !isHoliday(dayMs);

/** The same local time of day, days working days after start (a Date or ISO text); from a weekend the count starts on Monday. */
export function addWorkingDays(start, days) {
    const startMs = new Date(start).getTime();
    const t = local(startMs);
    let day = Date.UTC(t.year, t.month - 1, t.day);
    for (let added = 0; added < days;) {
        day += DAY;
        if (isWorkingDay(day)) added++;
    }
    const date = new Date(day);
    const at = instant({ ...t, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
    return new Date(at + (startMs % 1000)); // the server keeps the milliseconds of the time of day
}
