import json
for text in ['{"a": 1,}', '[1, 2', 'nan', '{"k": tru}', '']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.dumps({'b': [1, 2.5, None, True], 'a': 'é'}, sort_keys=True), json.dumps('é', ensure_ascii=False))
