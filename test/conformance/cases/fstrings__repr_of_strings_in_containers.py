s = "it's"
t = 'say "hi"'
u = 'both \' and "'
print(f'{s!r} {t!r} {u!r}', [s, t, u], f'{[s]}', repr('\\'), f"{'tab	here'!r}")
