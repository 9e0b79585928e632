/**
 * `is-in-ci` for Ink, in the app's bundle (scripts/build.js): Ink draws only a
 * last frame when CI or CONTINUOUS_INTEGRATION is set. brief starts the app
 * only when stdin and stdout are both terminals (source/cli.tsx), so a person
 * is at the keys whatever the environment says.
 */
const isInCi = false;

export default isInCi;
