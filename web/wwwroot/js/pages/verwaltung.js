// The admin's page: the network's accounts, practices, Lotsinnen and places, and the CSV import. No case content.

import { apiGet } from '../api.js';
import { renderAccounts, wireAccounts } from './verwaltung/accounts.js';
import { wireImport } from './verwaltung/import.js';
import { renderPeople, wirePeople } from './verwaltung/people.js';
import { renderPlaces, wirePlaces } from './verwaltung/places.js';

const page = {
    setup: { places: [], practices: [], lotsinnen: [], accounts: [] },
    async reload() {
        page.setup = await apiGet('/api/admin/network');
        renderPlaces(page.setup);
        renderPeople(page.setup);
        renderAccounts(page.setup);
    },
};

wireAccounts(page);
wirePeople(page);
wirePlaces(page);
wireImport(page);
page.reload().catch((error) => console.error(error));
