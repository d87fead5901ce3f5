# Names the tokenize module splits: it spells a name as \w+, without combining marks.
עִברִית = 1
x󠄀 = 2
naïve = café
€ = 3
v = ²
