# Records what python3 prints (stdout and stderr together, exit status) for each escape case in this
# directory into golden/escape.json: the escape attempts must end exactly as they end in CPython.
# Run: python3 test/sandbox/escape/record-golden.py
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

def main():
    golden = {}
    with tempfile.TemporaryDirectory() as work:
        for name in sorted(os.listdir(HERE)):
            if not name.endswith('.py') or name == 'record-golden.py':
                continue
            # Run as main.py in an empty directory: tracebacks then name the file as Pyex does.
            shutil.copy(os.path.join(HERE, name), os.path.join(work, 'main.py'))
            proc = subprocess.run(['python3', 'main.py'], cwd=work, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, env={'PATH': os.environ['PATH']})
            output = proc.stdout.decode().replace(os.path.join(work, 'main.py'), 'main.py')
            golden[name] = {'output': output, 'exitCode': proc.returncode}
    with open(os.path.join(HERE, 'golden', 'escape.json'), 'w', encoding='utf-8') as f:
        json.dump(golden, f, indent=1, ensure_ascii=False)
        f.write('\n')

main()
