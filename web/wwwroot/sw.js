// The Lotsin page's service worker. It only shows system notifications for new offers and opens the page when one is
// clicked. It has no fetch handler and caches nothing: the pages hold health data.

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const url = new URL(event.notification.data?.url ?? '/lotsin', self.location.origin).href;
    event.waitUntil((async () => {
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const page = windows.find((client) => new URL(client.url).pathname === '/lotsin');
        if (page) {
            await page.focus();
            await page.navigate(url).catch(() => undefined); // an uncontrolled page cannot be navigated: focusing it is enough
        } else {
            await self.clients.openWindow(url);
        }
    })());
});
