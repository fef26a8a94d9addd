/**
 * Everything the search UI needs, as one lazily loaded chunk: one request when the reader starts
 * to search or filter, and no preload bookkeeping in the loader every page carries.
 */
export { startHeaderSearch } from './header';
export { startKatalog } from './katalog';
export { startSearchPage } from './search-page';
