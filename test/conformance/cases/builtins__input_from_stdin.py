name = input('Your name: ')
age = int(input())
print(f'Hello {name}, next year you will be {age + 1}')
import sys
rest = sys.stdin.read()
print(repr(rest))
try:
    input()
except EOFError as e:
    print('EOFError', repr(e))
