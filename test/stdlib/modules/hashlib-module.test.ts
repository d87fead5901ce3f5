// The Python-visible hashlib module end to end: a program run through Pyex prints what python3 prints.

import { describe, expect, test } from 'vitest';
import { run } from '../../../src/api/run.js';
import '../../../src/stdlib/hashlib-module.js';

function output(source: string): string {
  let text = '';
  const result = run(source, {
    stdout: (chunk) => (text += chunk),
    stderr: (chunk) => (text += chunk),
  });
  expect(result.error?.message ?? null).toBe(null);
  return text;
}

describe('hashlib module', () => {
  test('functions, constants and errors match CPython', () => {
    expect(output(PROGRAM)).toBe(EXPECTED);
  });
});

const PROGRAM = `import hashlib
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha256(b"abc").hexdigest())
h = hashlib.sha1()
h.update(b"a")
g = h.copy()
g.update(b"b")
print(h.hexdigest(), g.hexdigest(), h.digest_size, h.block_size, h.name, h.copy().hexdigest())
print(hashlib.new("SHA512", b"x").hexdigest()[:32], hashlib.new("sha3_256", data=b"x").hexdigest()[:16], hashlib.sha3_224().name)
print(hashlib.shake_128(b"a").hexdigest(8), hashlib.shake_256(b"a").hexdigest(4), hashlib.shake_128().digest_size)
print(hashlib.blake2b(b"a", digest_size=8, key=b"k", salt=b"s", person=b"p").hexdigest(), hashlib.blake2s(b"a").hexdigest()[:16], hashlib.new("blake2s", b"a", digest_size=3).hexdigest())
print(sorted(hashlib.algorithms_guaranteed), hashlib.md5(b"ab").hexdigest())
for expr in ['hashlib.md5("a")', 'hashlib.md5(1)', 'hashlib.new("foo")', 'hashlib.sha256(data=b"a")', 'hashlib.blake2b(digest_size=65)']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(hashlib.md5(usedforsecurity=False).hexdigest(), hashlib.sha256(string=b"a").hexdigest()[:8])
`;
const EXPECTED = `5d41402abc4b2a76b9719d911017c592 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
86f7e437faa5a7fce15d1ddcb9eaeaea377667b8 da23614e02469a0d7c7bd1bdab5c9c474b1904dc 20 64 sha1 86f7e437faa5a7fce15d1ddcb9eaeaea377667b8
a4abd4448c49562d828115d13a1fccea 741efa311f976869 sha3_224
85c8de88d28866bf 867e2cb0 0
c60644d8074f1c33 4a0d129873403037 00c14d
['blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256'] 187ef4436122d1cc2f40dc2b92f0eba0
TypeError Strings must be encoded before hashing
TypeError object supporting the buffer API required
ValueError unsupported hash type foo
TypeError 'data' is an invalid keyword argument for openssl_sha256()
ValueError digest_size must be between 1 and 64 bytes
d41d8cd98f00b204e9800998ecf8427e ca978112
`;
