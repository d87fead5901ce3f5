import sys
print('before exit')
try:
    sys.exit(3)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
sys.exit('exit message goes to stderr')
