// casefold (the ß/µ check before the regex replace), capitalize, title and the padding methods whose
// results are flattened (str-flat.ts) against CPython 3.11.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `for round in range(2):
    for text in ['ABC', 'Stra\\xdfe', '\\xb5m', 'MICRO \\xb5 AND \\xdf', '\\xc0\\xb5\\xdf\\xff', 'plain text here', '', 'caf\\xc9 \\u0130', '\\u03a3\\u0391\\u03a3']:
        print(ascii(text), ascii(text.casefold()), ascii(text.capitalize()), ascii(text.title()), ascii(text.center(19, '*')), ascii(text.zfill(17)))
    print(ascii('-42'.zfill(16)), ascii('+7'.rjust(15, '0')), ascii('x'.ljust(14, '\\U0001f600')))
`;

const EXPECTED = `'ABC' 'abc' 'Abc' 'Abc' '********ABC********' '00000000000000ABC'
'Stra\\xdfe' 'strasse' 'Stra\\xdfe' 'Stra\\xdfe' '*******Stra\\xdfe******' '00000000000Stra\\xdfe'
'\\xb5m' '\\u03bcm' '\\u039cm' '\\u039cm' '*********\\xb5m********' '000000000000000\\xb5m'
'MICRO \\xb5 AND \\xdf' 'micro \\u03bc and ss' 'Micro \\xb5 and \\xdf' 'Micro \\u039c And Ss' '***MICRO \\xb5 AND \\xdf***' '0000MICRO \\xb5 AND \\xdf'
'\\xc0\\xb5\\xdf\\xff' '\\xe0\\u03bcss\\xff' '\\xc0\\xb5\\xdf\\xff' '\\xc0\\xb5\\xdf\\xff' '********\\xc0\\xb5\\xdf\\xff*******' '0000000000000\\xc0\\xb5\\xdf\\xff'
'plain text here' 'plain text here' 'Plain text here' 'Plain Text Here' '**plain text here**' '00plain text here'
'' '' '' '' '*******************' '00000000000000000'
'caf\\xc9 \\u0130' 'caf\\xe9 i\\u0307' 'Caf\\xe9 i\\u0307' 'Caf\\xe9 \\u0130' '*******caf\\xc9 \\u0130******' '00000000000caf\\xc9 \\u0130'
'\\u03a3\\u0391\\u03a3' '\\u03c3\\u03b1\\u03c3' '\\u03a3\\u03b1\\u03c2' '\\u03a3\\u03b1\\u03c2' '********\\u03a3\\u0391\\u03a3********' '00000000000000\\u03a3\\u0391\\u03a3'
'-000000000000042' '0000000000000+7' 'x\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600'
'ABC' 'abc' 'Abc' 'Abc' '********ABC********' '00000000000000ABC'
'Stra\\xdfe' 'strasse' 'Stra\\xdfe' 'Stra\\xdfe' '*******Stra\\xdfe******' '00000000000Stra\\xdfe'
'\\xb5m' '\\u03bcm' '\\u039cm' '\\u039cm' '*********\\xb5m********' '000000000000000\\xb5m'
'MICRO \\xb5 AND \\xdf' 'micro \\u03bc and ss' 'Micro \\xb5 and \\xdf' 'Micro \\u039c And Ss' '***MICRO \\xb5 AND \\xdf***' '0000MICRO \\xb5 AND \\xdf'
'\\xc0\\xb5\\xdf\\xff' '\\xe0\\u03bcss\\xff' '\\xc0\\xb5\\xdf\\xff' '\\xc0\\xb5\\xdf\\xff' '********\\xc0\\xb5\\xdf\\xff*******' '0000000000000\\xc0\\xb5\\xdf\\xff'
'plain text here' 'plain text here' 'Plain text here' 'Plain Text Here' '**plain text here**' '00plain text here'
'' '' '' '' '*******************' '00000000000000000'
'caf\\xc9 \\u0130' 'caf\\xe9 i\\u0307' 'Caf\\xe9 i\\u0307' 'Caf\\xe9 \\u0130' '*******caf\\xc9 \\u0130******' '00000000000caf\\xc9 \\u0130'
'\\u03a3\\u0391\\u03a3' '\\u03c3\\u03b1\\u03c3' '\\u03a3\\u03b1\\u03c2' '\\u03a3\\u03b1\\u03c2' '********\\u03a3\\u0391\\u03a3********' '00000000000000\\u03a3\\u0391\\u03a3'
'-000000000000042' '0000000000000+7' 'x\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600\\U0001f600'
`;

describe('str case and padding fast paths', () => {
  it('give the strings CPython gives', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
