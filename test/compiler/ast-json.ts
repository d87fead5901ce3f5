// Revives the JSON that scripts/ast-to-json.py prints (CPython's AST in Pyex's shape) into AST
// objects, so compiler tests do not depend on Pyex's parser.

import type * as ast from '../../src/parser/ast.js';

function reviveFloat(value: number | string): number {
  if (value === 'inf') return Number.POSITIVE_INFINITY;
  if (value === '-inf') return Number.NEGATIVE_INFINITY;
  if (value === 'nan') return Number.NaN;
  return value as number;
}

function reviveConstant(value: unknown): ast.ConstantValue {
  if (value === null || typeof value !== 'object') return value as ast.ConstantValue;
  const tagged = value as Record<string, unknown>;
  if ('$int' in tagged) return BigInt(tagged.$int as string);
  switch (tagged.type) {
    case 'float':
      return { type: 'float', value: reviveFloat(tagged.value as number | string) };
    case 'complex':
      return {
        type: 'complex',
        real: reviveFloat(tagged.real as number | string),
        imag: reviveFloat(tagged.imag as number | string),
      };
    case 'bytes':
      return { type: 'bytes', value: Uint8Array.from(tagged.value as number[]) };
    case 'ellipsis':
      return { type: 'ellipsis' };
    default:
      throw new Error(`unknown constant ${JSON.stringify(value)}`);
  }
}

function revive(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(revive);
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if ((record.kind === 'Constant' || record.kind === 'MatchSingleton') && key === 'value') {
      out[key] = reviveConstant(value);
    } else {
      out[key] = revive(value);
    }
  }
  return out;
}

/** The module AST of a JSON dump. */
export function moduleFromJson(json: string): ast.Module {
  return revive(JSON.parse(json)) as ast.Module;
}
