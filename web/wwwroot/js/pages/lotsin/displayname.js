// The name the Familienkiosk greets the family by (e.g. "Familie K."), chosen by the Lotsin in the case's detail.
// A personal field: erased with the case. The form keeps what she typed after saving (the live push shows it above).

export const MAX_DISPLAY_NAME = 40;

/** The form, built with the detail's own helpers so that it looks and behaves like the other action forms. */
export function displayNameForm(view, { actionForm, field, el, send }) {
    return actionForm('Name für den Familienkiosk', [
        field('kn-name', 'Name, mit dem das Kiosk-Team die Familie begrüßt', el('input', {
            id: 'kn-name', name: 'displayName', required: true, autocomplete: 'off', maxlength: MAX_DISPLAY_NAME, value: view.displayName ?? '',
        }), `Zum Beispiel „Familie K.“, höchstens ${MAX_DISPLAY_NAME} Zeichen. Das Familienkiosk sieht den Namen bei den Terminen dort, nichts sonst.`),
    ], 'Namen speichern', (form) => send(form, '/display-name', {
        displayName: form.elements.displayName.value.trim(),
    }, 'Name für den Familienkiosk gespeichert', { reset: false }));
}
