// The floor page: on each push, the payload's case as the textContent of one list item, replaced as a whole
// (as the practice page replaces a referral's item). window.bare.state mirrors window.heresLive.state.
const list = document.getElementById('vermittlungen');
let state = 'connecting';
window.bare = { get state() { return state; } };

const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/bare')
    .build();
connection.on('Push', (push) => {
    const view = push.view ?? {};
    const messages = view.messages ?? [];
    const item = document.createElement('li');
    item.dataset.caseId = push.caseId;
    item.textContent = `${view.status} · ${messages.length} · ${messages.map((m) => m.text).join(' ')}`;
    const old = list.querySelector(`li[data-case-id="${CSS.escape(push.caseId)}"]`);
    if (old) old.replaceWith(item); else list.append(item);
});
connection.start().then(() => { state = 'connected'; }, (error) => { state = 'failed'; console.error(error); });
