// Placeholder until scripts/gen-unicode-names.py generates the table.

/** Code point of a Unicode character name (case-insensitive), or undefined. */
export function lookupUnicodeName(_name: string): number | undefined {
  return undefined;
}
