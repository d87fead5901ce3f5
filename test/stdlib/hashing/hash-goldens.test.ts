// hashlib digests recorded from CPython 3.11 (scripts/record-hashing-goldens.py): every guaranteed
// algorithm over block-boundary lengths, chunked updates, SHAKE lengths and BLAKE2 parameters.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  type Blake2Options,
  copyHash,
  createHash,
  type HashAlgorithm,
  hashDigest,
  hexOf,
  isHashAlgorithm,
  updateHash,
} from '../../../src/stdlib/hashing/hash-state.js';
import { hexToBytes } from '../golden-values.js';

interface HashCase {
  algorithm: string;
  chunks: string[];
  options: Record<string, string | number | boolean>;
  length: number | null;
  repeat: number;
  hexdigest: string;
}

const here = new URL('.', import.meta.url).pathname;
const cases = JSON.parse(readFileSync(`${here}golden/hash-cases.json`, 'utf8')) as HashCase[];

function optionsOf(raw: HashCase['options']): Blake2Options {
  const options: Blake2Options = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'digest_size') options.digestSize = value as number;
    else if (key === 'key') options.key = hexToBytes(value as string);
    else if (key === 'salt') options.salt = hexToBytes(value as string);
    else if (key === 'person') options.person = hexToBytes(value as string);
    else if (key === 'fanout') options.fanout = value as number;
    else if (key === 'depth') options.depth = value as number;
    else if (key === 'leaf_size') options.leafSize = value as number;
    else if (key === 'node_offset') options.nodeOffset = value as number;
    else if (key === 'node_depth') options.nodeDepth = value as number;
    else if (key === 'inner_size') options.innerSize = value as number;
    else if (key === 'last_node') options.lastNode = value as boolean;
  }
  return options;
}

describe('hashlib goldens (CPython 3.11)', () => {
  test('every recorded digest matches', () => {
    const failures: string[] = [];
    for (const item of cases) {
      if (!isHashAlgorithm(item.algorithm)) throw new Error(item.algorithm);
      const state = createHash(item.algorithm as HashAlgorithm, optionsOf(item.options));
      const chunks = item.chunks.map(hexToBytes);
      for (let round = 0; round < item.repeat; round++) {
        for (const chunk of chunks) updateHash(state, chunk);
      }
      const digest = hexOf(hashDigest(state, item.length ?? undefined));
      if (digest !== item.hexdigest) {
        failures.push(
          `${item.algorithm} ${JSON.stringify(item.options)} len=${item.chunks.join('').length / 2}`,
        );
      }
    }
    console.log(`hashlib goldens: ${cases.length - failures.length}/${cases.length}`);
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('copy() forks the state and digest() leaves it usable', () => {
    const state = createHash('sha256');
    updateHash(state, new TextEncoder().encode('ab'));
    const fork = copyHash(state);
    expect(hexOf(hashDigest(state))).toBe(
      'fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603',
    );
    updateHash(fork, new TextEncoder().encode('c'));
    expect(hexOf(hashDigest(fork))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    updateHash(state, new TextEncoder().encode('c'));
    expect(hexOf(hashDigest(state))).toBe(hexOf(hashDigest(fork)));
  });
});
