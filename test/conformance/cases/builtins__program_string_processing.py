s = 'Hello, World! Hello, Python.'
print(s.lower().count('hello'), s.replace('Hello', 'Bye', 1), s[::-1][:6], s.title(), s.swapcase()[:5])
words = [w.strip('.,!') for w in s.split()]
print(words, ' '.join(reversed(words)), sorted(set(words), key=len))
vowels = sum(1 for ch in s.lower() if ch in 'aeiou')
print(vowels, ''.join(ch for ch in s if ch.isupper()), {ch: s.count(ch) for ch in 'lo'})
print(s.center(34, '~'), s.find('World'), s.split(', ', 1), s.encode('ascii')[:5])
print('racecar' == 'racecar'[::-1], ''.join(sorted('listen')) == ''.join(sorted('silent')))
