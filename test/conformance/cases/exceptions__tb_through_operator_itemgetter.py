from operator import itemgetter
rows = [{'id': 2}, {'id': 1}, {'name': 'x'}]
rows.sort(key=itemgetter('id'))
