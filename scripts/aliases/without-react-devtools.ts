/**
 * `react-devtools-core` for Ink, in the app's bundle (scripts/build.js). Ink
 * imports it only when DEV=true; brief does not ship React DevTools, so it
 * fails as a missing package would, and Ink prints how to install it.
 */
throw Object.assign(new Error('React DevTools are not part of brief’s build'), {code: 'ERR_MODULE_NOT_FOUND'});
