# Records what `python3 -u -i` prints (stdout and stderr together, banner removed) for each piped
# session in sessions.txt, into golden/sessions.json; test/cli/repl/repl-session.test.ts replays them.
# Run: python3 test/cli/repl/record-sessions.py
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))

def cases():
    text = open(os.path.join(HERE, 'sessions.txt'), encoding='utf-8').read()
    for block in text.split('\n#### ')[1:]:
        name, _, body = block.partition('\n')
        # A body ending in '\\ no newline' is fed without its last newline.
        if body.endswith('\\ no newline\n'):
            body = body[: -len('\\ no newline\n')].rstrip('\n')
        yield name.strip(), body

def main():
    out = []
    for name, source in cases():
        proc = subprocess.run(['python3', '-u', '-i', '-q'], input=source.encode(), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, cwd='/tmp', env={'PATH': os.environ['PATH']})
        out.append({'name': name, 'input': source, 'output': proc.stdout.decode(), 'exitCode': proc.returncode})
    with open(os.path.join(HERE, 'golden', 'sessions.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')

main()
