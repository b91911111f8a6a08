// The cue for a new offer: a highlight on the offer's element, an assertive announcement in #alarm,
// a short beep (once the user has switched sound on: browsers only allow audio after a gesture)
// and a vibration where the device supports it.

import { alarm, el } from './dom.js';

const SOUND_KEY = 'heres.sound'; // 'on' remembers the choice; audio still unlocks at the next gesture
const HIGHLIGHT_MS = 10000;
let audio = null;
const highlightTimers = new WeakMap(); // element -> timer that removes its highlight

/**
 * A toggle button "Ton aktivieren" / "Ton ist an" (aria-pressed, remembered across reloads). Switching it on unlocks
 * audio and plays a sample beep. If sound was switched on earlier, the first click or key press on the page unlocks it.
 */
export function soundButton() {
    const button = el('button', { type: 'button', class: 'button button-secondary', 'aria-pressed': 'false' }, 'Ton aktivieren');
    // The button shows the choice, which survives a reload; the browser plays it once the page had a gesture.
    const show = () => {
        const chosen = localStorage.getItem(SOUND_KEY) === 'on';
        button.setAttribute('aria-pressed', String(chosen));
        button.textContent = chosen ? 'Ton ist an' : 'Ton aktivieren';
    };
    button.addEventListener('click', () => {
        if (localStorage.getItem(SOUND_KEY) === 'on') { // the choice, also before this page could unlock audio
            localStorage.removeItem(SOUND_KEY);
        } else {
            localStorage.setItem(SOUND_KEY, 'on');
            unlock();
            beep();
        }
        show();
    });
    if (localStorage.getItem(SOUND_KEY) === 'on') {
        const gestures = ['pointerdown', 'pointerup', 'keydown']; // those that count as user activation
        const unlockOnGesture = (event) => {
            if (button.contains(event.target)) return; // the button's own click decides
            unlock();
            show();
            for (const type of gestures) document.removeEventListener(type, unlockOnGesture, true);
        };
        for (const type of gestures) document.addEventListener(type, unlockOnGesture, true);
    }
    show();
    return button;
}

function soundOn() {
    return localStorage.getItem(SOUND_KEY) === 'on' && audio !== null;
}

function unlock() {
    const AudioContext = globalThis.AudioContext ?? globalThis.webkitAudioContext;
    if (!AudioContext) return;
    audio ??= new AudioContext();
    audio.resume().catch(console.error);
}

/** Two short tones; silent unless sound is on and unlocked. */
export function beep() {
    if (!soundOn() || audio.state !== 'running') return;
    const start = audio.currentTime;
    for (const [offset, frequency] of [[0, 880], [0.2, 1175]]) {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.15);
        tone.connect(gain).connect(audio.destination);
        tone.start(start + offset);
        tone.stop(start + offset + 0.16);
    }
}

/**
 * Cues a new offer: element (the offer's card) gets the class highlight-new for a while,
 * "Neues Angebot: {description}" is announced assertively, then beep and vibration.
 */
export function cueNewOffer(element, description) {
    if (element) {
        clearTimeout(highlightTimers.get(element));
        element.classList.add('highlight-new');
        highlightTimers.set(element, setTimeout(() => element.classList.remove('highlight-new'), HIGHLIGHT_MS));
    }
    alarm(`Neues Angebot: ${description}`, 'offer');
    beep();
    // Browsers refuse (and log) vibration before the user has interacted with the page.
    if (navigator.userActivation?.hasBeenActive ?? true) navigator.vibrate?.([200, 100, 200]);
}
