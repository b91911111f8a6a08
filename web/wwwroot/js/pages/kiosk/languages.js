// The network's language pick-list (codes with German names), as the page's Razor view wrote it into data-languages.

const source = document.querySelector('[data-languages]');
const names = source ? JSON.parse(source.dataset.languages) : {};

export const languageNames = (codes) => codes.map((code) => names[code] ?? code).join(', ');
