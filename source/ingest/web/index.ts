// Reading web pages: loaded only when an input is a page or an address, so
// plain-text ingest and every other command start without the HTML parser.
export {fetchPage, type FetchedPage, type FetchLimits} from './fetch-page.js';
export {readPage, type PageArticle} from './read-page.js';
