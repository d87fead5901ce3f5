"""textwrap: wrap, fill, shorten, dedent and indent, written for Pyex from the documented behaviour.
Text is split into chunks (runs of whitespace, words, and the pieces of hyphenated words and
em-dashes), then lines are filled greedily."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '


def _is_letter(char):
    """A word character that is not a digit (letters and underscore)."""
    return (char.isalnum() or char == '_') and not char.isdigit()


def _is_word_punct(char):
    return char.isalnum() or char == '_' or char in '!"\'&.,?'


def _is_word_char(char):
    return char.isalnum() or char == '_'


def _split_word(word, break_on_hyphens):
    """Split a run of non-whitespace into chunks: after hyphens inside compound words, and
    around em-dashes ('--') between words."""
    if not break_on_hyphens:
        return [word]
    chunks = []
    start = 0
    index = 0
    length = len(word)
    while index < length:
        char = word[index]
        if char == '-':
            # An em-dash: two or more hyphens after word punctuation and before a word char.
            run_end = index
            while run_end < length and word[run_end] == '-':
                run_end += 1
            if (run_end - index >= 2 and index > 0 and _is_word_punct(word[index - 1])
                    and run_end < length and _is_word_char(word[run_end])):
                if index > start:
                    chunks.append(word[start:index])
                chunks.append(word[index:run_end])
                start = index = run_end
                continue
            # A hyphen in a compound word: break after it.
            before_ok = (index >= 2 and _is_letter(word[index - 1]) and _is_letter(word[index - 2])) or (
                index >= 3 and _is_letter(word[index - 1]) and word[index - 2] == '-'
                and _is_letter(word[index - 3]))
            after = word[index + 1:index + 4]
            after_ok = len(after) >= 2 and _is_letter(after[0]) and (
                _is_letter(after[1]) or (after[1] == '-' and len(after) == 3 and _is_letter(after[2])))
            if before_ok and after_ok and index + 1 > start:
                chunks.append(word[start:index + 1])
                start = index + 1
            index += 1
            continue
        index += 1
    if start < length:
        chunks.append(word[start:])
    return chunks


class TextWrapper:
    """Object form of wrap()/fill(): the attributes are the keyword arguments of wrap()."""

    unicode_whitespace_trans = {ord(char): ' ' for char in _WHITESPACE}

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of text: whitespace runs and (pieces of) words, in order."""
        chunks = []
        index = 0
        length = len(text)
        while index < length:
            start = index
            if text[index] in _WHITESPACE:
                while index < length and text[index] in _WHITESPACE:
                    index += 1
                chunks.append(text[start:index])
            else:
                while index < length and text[index] not in _WHITESPACE:
                    index += 1
                chunks.extend(_split_word(text[start:index], self.break_on_hyphens))
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end ('[a-z][.!?]["\']?' then whitespace)."""
        index = 0
        while index < len(chunks) - 1:
            chunk = chunks[index]
            if chunks[index + 1] == ' ' and _ends_sentence(chunk):
                chunks[index + 1] = '  '
                index += 2
            else:
                index += 1

    def _handle_long_word(self, reversed_chunks, current_line, current_len, width):
        space_left = 1 if width < 1 else width - current_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(char != '-' for char in chunk[:hyphen]):
                    end = hyphen + 1
            current_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not current_line:
            current_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            current_line = []
            current_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if current_len + length <= width:
                    current_line.append(chunks.pop())
                    current_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, current_line, current_len, width)
                current_len = sum(map(len, current_line))
            if self.drop_whitespace and current_line and current_line[-1].strip() == '':
                current_len -= len(current_line[-1])
                del current_line[-1]
            if current_line:
                at_line_limit = self.max_lines is not None and len(lines) + 1 >= self.max_lines
                rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                               and not chunks[0].strip())
                if not at_line_limit or (rest_is_blank and current_len <= width):
                    lines.append(indent + ''.join(current_line))
                else:
                    while current_line:
                        if (current_line[-1].strip()
                                and current_len + len(self.placeholder) <= width):
                            current_line.append(self.placeholder)
                            lines.append(indent + ''.join(current_line))
                            break
                        current_len -= len(current_line[-1])
                        del current_line[-1]
                    else:
                        if lines:
                            previous = lines[-1].rstrip()
                            if len(previous) + len(self.placeholder) <= self.width:
                                lines[-1] = previous + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width (no trailing newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """wrap() joined with newlines."""
        return '\n'.join(self.wrap(text))


def _ends_sentence(chunk):
    """Whether chunk ends like '[a-z][.!?]' optionally followed by a quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z')


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph to lines of at most width characters; returns the list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate to width, ending with the placeholder (' [...]')."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line; whitespace-only lines
    become empty."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[index] = ''
            continue
        prefix = line[:len(line) - len(stripped)]
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            common = 0
            while common < len(margin) and common < len(prefix) and margin[common] == prefix[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        for index, line in enumerate(lines):
            if line:
                lines[index] = line[cut:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default, lines
    that are not whitespace-only)."""
    pieces = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            pieces.append(prefix + line)
        else:
            pieces.append(line)
    return ''.join(pieces)
