// Parsing of str.format templates: literal text and `{name.attr[key]!conv:spec}` fields, field-name
// splitting and auto/manual numbering, with CPython's errors raised at the same moments. Resolving
// fields, conversions and __format__ calls is the object model's job.

import { PythonError } from './python-error.js';
import { decimalValueOf } from './str-predicates.js';

/** One replacement field of a template. */
export interface FormatField {
  /** The text before `!` or `:` (may be empty: automatic numbering). */
  readonly fieldName: string;
  /** The conversion character after `!` (any code point; checked by `checkConversion`), or null. */
  readonly conversion: string | null;
  /** The text after `:` (empty when absent). */
  readonly formatSpec: string;
  /** True when the spec holds a `{`, so it must itself be formatted (one level deeper). */
  readonly specNeedsExpanding: boolean;
}

/** A piece of a template: literal text (possibly empty) followed by an optional field. */
export interface FormatPiece {
  readonly literal: string;
  readonly field: FormatField | null;
}

/** The nesting CPython allows: a spec may hold fields, whose specs may not (PEP 3101). */
export const MAX_FORMAT_RECURSION = 2;

/**
 * ValueError "Max string recursion exceeded", raised when a template is formatted at depth <= 0
 * (the top level is MAX_FORMAT_RECURSION, each expanded spec one less).
 */
export function formatRecursionError(): PythonError {
  return new PythonError('ValueError', 'Max string recursion exceeded');
}

function valueError(message: string): PythonError {
  return new PythonError('ValueError', message);
}

/**
 * CPython's MarkupIterator: yields the pieces of a template one at a time, raising a parse error
 * only when the parse reaches it (so errors surface after earlier fields were rendered, as in
 * CPython). Also the engine of `_string.formatter_parser`. A literal ending in an escaped brace
 * (`{{`, `}}`) is returned with one brace and no field, exactly as CPython chunks it.
 */
export class FormatTemplateParser {
  /** The template being parsed. */
  readonly template: string;
  /** UTF-16 offset of the next unread unit. */
  position: number;
  /** Exclusive end offset of the part of `template` being parsed. */
  readonly end: number;

  constructor(template: string, start = 0, end = template.length) {
    this.template = template;
    this.position = start;
    this.end = end;
  }

  /** The next piece, or null at the end of the template. */
  next(): FormatPiece | null {
    const text = this.template;
    const end = this.end;
    if (this.position >= end) return null;
    const start = this.position;
    let brace = 0;
    while (this.position < end) {
      const unit = text.charCodeAt(this.position++);
      if (unit === 0x7b || unit === 0x7d) {
        brace = unit;
        break;
      }
    }
    const atEnd = this.position >= end;
    let literalEnd = this.position;
    if (brace === 0x7d && (atEnd || text.charCodeAt(this.position) !== 0x7d)) {
      throw valueError("Single '}' encountered in format string");
    }
    if (atEnd && brace === 0x7b) throw valueError("Single '{' encountered in format string");
    let markupFollows = brace !== 0;
    if (brace !== 0) {
      if (text.charCodeAt(this.position) === brace) {
        // An escaped brace: keep one in the literal, skip the other, no field this time.
        this.position++;
        markupFollows = false;
      } else {
        literalEnd--;
      }
    }
    const literal = text.slice(start, literalEnd);
    if (!markupFollows) return { literal, field: null };
    return { literal, field: this.parseField() };
  }

  /** CPython's parse_field: the field after an unescaped `{`, up to its matching `}`. */
  private parseField(): FormatField {
    const text = this.template;
    const end = this.end;
    const nameStart = this.position;
    let last = 0;
    while (this.position < end) {
      last = text.charCodeAt(this.position++);
      if (last === 0x7b) throw valueError("unexpected '{' in field name");
      if (last === 0x5b) {
        while (this.position < end && text.charCodeAt(this.position) !== 0x5d) this.position++;
        continue;
      }
      if (last === 0x7d || last === 0x3a || last === 0x21) break;
    }
    const fieldName = text.slice(nameStart, this.position - 1);
    if (last !== 0x21 && last !== 0x3a) {
      if (last !== 0x7d) throw valueError("expected '}' before end of string");
      return { fieldName, conversion: null, formatSpec: '', specNeedsExpanding: false };
    }
    let conversion: string | null = null;
    if (last === 0x21) {
      if (this.position >= end) {
        throw valueError('end of string while looking for conversion specifier');
      }
      const point = text.codePointAt(this.position)!;
      const width = point > 0xffff && this.position + 1 < end ? 2 : 1;
      conversion = text.slice(this.position, this.position + width);
      this.position += width;
      if (this.position < end) {
        const after = text.charCodeAt(this.position++);
        if (after === 0x7d) {
          return { fieldName, conversion, formatSpec: '', specNeedsExpanding: false };
        }
        if (after !== 0x3a) throw valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = this.position;
    let depth = 1;
    let specNeedsExpanding = false;
    while (this.position < end) {
      const unit = text.charCodeAt(this.position++);
      if (unit === 0x7b) {
        specNeedsExpanding = true;
        depth++;
      } else if (unit === 0x7d) {
        depth--;
        if (depth === 0) {
          const formatSpec = text.slice(specStart, this.position - 1);
          return { fieldName, conversion, formatSpec, specNeedsExpanding };
        }
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
}

/** Split a whole template into pieces at once (parse errors are raised eagerly). */
export function parseFormatTemplate(template: string): FormatPiece[] {
  const parser = new FormatTemplateParser(template);
  const pieces: FormatPiece[] = [];
  for (let piece = parser.next(); piece !== null; piece = parser.next()) pieces.push(piece);
  return pieces;
}

/**
 * ValueError for a conversion other than r, s, a: "Unknown conversion specifier X" (printable
 * ASCII) or "Unknown conversion specifier \\xNN".
 */
export function checkConversion(conversion: string): 'r' | 's' | 'a' {
  if (conversion === 'r' || conversion === 's' || conversion === 'a') return conversion;
  const point = conversion.codePointAt(0)!;
  if (point > 32 && point < 127) {
    throw valueError(`Unknown conversion specifier ${conversion}`);
  }
  throw valueError(`Unknown conversion specifier \\x${point.toString(16)}`);
}

/** Automatic-numbering state shared by a template and the templates of its nested specs. */
export class FormatNumbering {
  /** 'init' until the first numeric or empty field name decides. */
  state: 'init' | 'auto' | 'manual' = 'init';
  /** The next automatic index. */
  nextIndex = 0;
}

/** One `.name` or `[key]` step of a field name. */
export interface FieldNameStep {
  /** True for `.name`, false for `[key]`. */
  readonly isAttribute: boolean;
  /** The attribute name, or the item key: an int when it is all decimal digits, else a str. */
  readonly key: string | number | bigint;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * CPython's get_integer: the value of a non-empty run of Unicode decimal digits, or -1 when the
 * text is empty or holds a non-digit; ValueError "Too many decimal digits in format string" past
 * sys.maxsize.
 */
function parseFieldInteger(text: string): number | bigint {
  if (text.length === 0) return -1;
  let value = 0;
  let big: bigint | null = null;
  for (let offset = 0; offset < text.length; offset++) {
    const point = text.codePointAt(offset)!;
    if (point > 0xffff) offset++;
    const digit = decimalValueOf(point);
    if (digit < 0) return -1;
    if (big === null && value > 9e14) big = BigInt(value);
    if (big !== null) {
      big = big * 10n + BigInt(digit);
      if (big > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
    } else {
      value = value * 10 + digit;
    }
  }
  if (big !== null) return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  return value;
}

/**
 * The first part of a field name (before `.` or `[`) and an iterator over the rest; CPython's
 * field_name_split. `first` is an int (positional) or a str (keyword). With `numbering`, an empty
 * first part takes the next automatic index, and mixing automatic with manual numbering raises
 * "cannot switch from manual field specification to automatic field numbering" (or the reverse).
 * Without it (string.Formatter), an empty first part stays ''.
 */
export function splitFieldName(
  fieldName: string,
  numbering: FormatNumbering | null,
): { first: string | number | bigint; rest: FieldNameIterator } {
  let offset = 0;
  while (offset < fieldName.length) {
    const unit = fieldName.charCodeAt(offset);
    if (unit === 0x2e || unit === 0x5b) break;
    offset++;
  }
  const firstText = fieldName.slice(0, offset);
  const rest = new FieldNameIterator(fieldName, offset);
  let first: string | number | bigint = parseFieldInteger(firstText);
  const isEmpty = firstText.length === 0;
  const numeric = isEmpty || first !== -1;
  if (numbering !== null) {
    if (numbering.state === 'init' && numeric) numbering.state = isEmpty ? 'auto' : 'manual';
    if (numeric) {
      if (numbering.state === 'manual' && isEmpty) {
        throw valueError(
          'cannot switch from manual field specification to automatic field numbering',
        );
      }
      if (numbering.state !== 'manual' && !isEmpty) {
        throw valueError(
          'cannot switch from automatic field numbering to manual field specification',
        );
      }
    }
    if (isEmpty) first = numbering.nextIndex++;
  }
  if (first === -1) first = firstText;
  return { first, rest };
}

/**
 * CPython's FieldNameIterator: the `.attr` and `[key]` steps after the first part, parsed one at
 * a time so errors come after the lookups of the earlier steps.
 */
export class FieldNameIterator {
  /** The whole field name. */
  readonly fieldName: string;
  /** Offset of the next step. */
  position: number;

  constructor(fieldName: string, position: number) {
    this.fieldName = fieldName;
    this.position = position;
  }

  /** The next step, or null when the field name is exhausted. */
  next(): FieldNameStep | null {
    const text = this.fieldName;
    if (this.position >= text.length) return null;
    const marker = text.charCodeAt(this.position++);
    let name: string;
    let isAttribute: boolean;
    if (marker === 0x2e) {
      isAttribute = true;
      const start = this.position;
      while (this.position < text.length) {
        const unit = text.charCodeAt(this.position);
        if (unit === 0x2e || unit === 0x5b) break;
        this.position++;
      }
      name = text.slice(start, this.position);
    } else if (marker === 0x5b) {
      isAttribute = false;
      const start = this.position;
      let closed = false;
      while (this.position < text.length) {
        if (text.charCodeAt(this.position++) === 0x5d) {
          closed = true;
          break;
        }
      }
      if (!closed) throw valueError("Missing ']' in format string");
      name = text.slice(start, this.position - 1);
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    let key: string | number | bigint = name;
    if (!isAttribute) {
      const index = parseFieldInteger(name);
      if (index !== -1) key = index;
    }
    if (name.length === 0) throw valueError('Empty attribute in format string');
    return { isAttribute, key };
  }
}

/** One replacement field of a compiled template (see `compiledFormatTemplate`). */
export interface CompiledFormatField {
  /** The text before the field. */
  readonly literal: string;
  /** The positional index, or -1 when the field names a keyword. */
  readonly index: number;
  /** The keyword when `index` is -1. */
  readonly keyword: string;
  /** 'r', 's', 'a' or null. */
  readonly conversion: 'r' | 's' | 'a' | null;
  /** The format spec (never holding a nested field). */
  readonly formatSpec: string;
}

/** A template reduced to its fields and literals, for templates that cannot fail to parse. */
export interface CompiledFormatTemplate {
  readonly fields: readonly CompiledFormatField[];
  /** The text after the last field. */
  readonly tail: string;
}

/** Templates longer than this are parsed on every call (the cache keeps short, repeated ones). */
const MAX_COMPILED_TEMPLATE = 512;
/** Entries kept before the cache starts over. */
const MAX_COMPILED_ENTRIES = 256;
const compiledTemplates = new Map<string, CompiledFormatTemplate | null>();

/**
 * The compiled form of a `str.format` template, cached per template text, or null when the
 * template must take the general path: it fails to parse, mixes automatic and manual numbering,
 * has `.attr`/`[key]` steps or nested fields in a spec, or is long. Formatting a compiled
 * template field by field does exactly what the general path does for it (same lookups, same
 * order, same errors), since no parse error can occur part way through.
 */
export function compiledFormatTemplate(template: string): CompiledFormatTemplate | null {
  const cached = compiledTemplates.get(template);
  if (cached !== undefined) return cached;
  if (template.length > MAX_COMPILED_TEMPLATE) return null;
  const compiled = compileTemplate(template);
  if (compiledTemplates.size >= MAX_COMPILED_ENTRIES) compiledTemplates.clear();
  compiledTemplates.set(template, compiled);
  return compiled;
}

function compileTemplate(template: string): CompiledFormatTemplate | null {
  const fields: CompiledFormatField[] = [];
  const numbering = new FormatNumbering();
  const parser = new FormatTemplateParser(template);
  let literal = '';
  try {
    for (let piece = parser.next(); piece !== null; piece = parser.next()) {
      literal += piece.literal;
      const field = piece.field;
      if (field === null) continue;
      if (field.specNeedsExpanding) return null;
      const conversion = field.conversion === null ? null : checkConversion(field.conversion);
      const { first, rest } = splitFieldName(field.fieldName, numbering);
      if (rest.next() !== null || typeof first === 'bigint') return null;
      const named = typeof first === 'string';
      fields.push({
        literal,
        index: named ? -1 : first,
        keyword: named ? first : '',
        conversion,
        formatSpec: field.formatSpec,
      });
      literal = '';
    }
  } catch (error) {
    if (error instanceof PythonError) return null;
    throw error;
  }
  return { fields, tail: literal };
}
