def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        match ch:
            case ' ':
                i += 1
            case '+' | '-' | '*' | '/' | '(' | ')':
                tokens.append(('op', ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                tokens.append(('num', int(src[i:j])))
                i = j
            case _:
                raise SyntaxError(f'unexpected character {ch!r} at {i}')
    return tokens
print(tokenize('12 + (3*45) - 6'))
tokenize('1 + x')
