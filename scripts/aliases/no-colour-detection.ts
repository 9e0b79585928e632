/**
 * chalk's `#supports-color`, in the command line's bundle (scripts/build.js):
 * brief always tells chalk the colour level it decided (core/format/style.ts),
 * so chalk's own look at the terminal, which loads node:tty, is not needed.
 */
const colourSupport = {stdout: false, stderr: false} as const;

export default colourSupport;
