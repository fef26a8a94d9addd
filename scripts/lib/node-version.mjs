/**
 * Astro 7 and the .ts scripts need Node.js 22.12 or newer. `npm run …` always has it (the npm
 * package `node`, major 24, is a devDependency); a script started with the machine's own `node`
 * may not. Called before anything else is loaded, so the reader sees why instead of Node's
 * ERR_UNKNOWN_FILE_EXTENSION.
 */

/**
 * The Danish message for a Node.js version that is too old, or undefined when it will do.
 * @param {string} version e.g. "20.20.2"
 * @param {string} command the npm command that runs the script, e.g. "npm run build"
 * @returns {string | undefined}
 */
export function nodeVersionProblem(version, command) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return undefined;
  return `Vidensbasen kræver Node.js 22.12 eller nyere, men her kører Node.js ${version}. Kør "${command}" (npm-kommandoerne bruger Node.js 24 fra projektets egne pakker), eller node_modules/.bin/node i stedet for node.`;
}

/** Stops the script with that message when this Node.js is too old. @param {string} command */
export function requireNode(command) {
  const problem = nodeVersionProblem(process.versions.node, command);
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
