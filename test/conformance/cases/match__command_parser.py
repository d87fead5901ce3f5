def run(command):
    match command.split():
        case ['go', direction]:
            return f'going {direction}'
        case ['go', *_]:
            return 'go where?'
        case ['drop', *objects] if objects:
            return f'dropping {", ".join(objects)}'
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'empty command'
        case [verb, *_]:
            return f'unknown verb {verb}'
for c in ['go north', 'go', 'drop sword shield', 'drop', 'quit', 'exit', '', 'dance now']:
    print(repr(c), '->', run(c))
