/* Kept apart from the KB009 rule so the web editor's browser script can use it without the MDX parser. */

/** Alt texts that say nothing about the picture. */
const EMPTY_WORDS = new Set([
  'billede', 'foto', 'fotografi', 'grafik', 'illustration', 'figur', 'ikon', 'logo', 'skærmbillede',
  'image', 'img', 'picture', 'photo', 'icon', 'screenshot', 'billede af', 'foto af',
]);

/** Why an alt text does not describe its image, or undefined if it does. */
export function altProblem(alt: string): string | undefined {
  const text = alt.trim();
  const example = 'fx ![Frivillig følger en patient til ambulatoriet](…)';
  if (!text) return `Billedet mangler en alt-tekst. Skriv inden i ![…], hvad billedet viser, ${example}.`;
  if (/\.(png|jpe?g|gif|svg|webp|avif)$/i.test(text) || /^[\w-]+_[\w-]+$/.test(text)) {
    return `Alt-teksten "${text}" ligner et filnavn. Skriv, hvad billedet viser, ${example}.`;
  }
  if (EMPTY_WORDS.has(text.toLowerCase().replace(/[.:]+$/, '')) || text.replace(/\W/g, '').length < 4) {
    return `Alt-teksten "${text}" siger ikke, hvad billedet viser. Beskriv indholdet, ${example}.`;
  }
  return undefined;
}
