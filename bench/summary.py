#!/usr/bin/env python3
"""The figures that have targets, per size, from the tables the benchmarks wrote under bench/target/results.

    python3 bench/summary.py        # writes bench/target/results/summary.md and prints it
"""
import pathlib
import re

RESULTS = pathlib.Path(__file__).resolve().parent / 'target' / 'results'


def table(name):
    """The first table of a results file as a list of dicts (column header -> cell), and the text after it."""
    path = RESULTS / name
    if not path.exists():
        return [], ''
    lines = path.read_text().splitlines()
    rows = [line for line in lines if line.startswith('|')]
    if len(rows) < 2:
        return [], ''
    header = [cell.strip() for cell in rows[0].strip('|').split('|')]
    body = [dict(zip(header, (cell.strip() for cell in row.strip('|').split('|')))) for row in rows[2:]]
    return body, '\n'.join(line for line in lines if not line.startswith('|'))


def find(rows, **match):
    for row in rows:
        if all(row.get(key) == value for key, value in match.items()):
            return row
    return {}


def number(text):
    m = re.search(r'-?[\d.]+', text or '')
    return float(m.group()) if m else None


def sizes():
    found = set()
    for path in RESULTS.glob('*-*.md'):
        m = re.search(r'-(\d+)\.md$', path.name)
        if m:
            found.add(int(m.group(1)))
    return sorted(found)


def main():
    ns = sizes()
    lines = []   # (figure, target, {n: value})

    def add(figure, target, values):
        lines.append((figure, target, values))

    startup = {n: table(f'startup-{n}.md') for n in ns}
    daily = {n: table(f'daily-run-postgres-{n}.md') for n in ns}
    api = {n: table(f'api-{n}.md') for n in ns}
    portal = {n: table(f'portal-{n}.md') for n in ns}
    worklist = {n: table(f'worklist-{n}.md') for n in ns}

    def cell(source, n, column, **match):
        return find(source[n][0], **match).get(column, '') if source[n][0] else ''

    add('start-up, register: first page (s)', '', {n: cell(startup, n, 'first page after (s)', server='register') for n in ns})
    add('start-up, hello-world WAR: first page (s)', '', {n: cell(startup, n, 'first page after (s)', server='hello') for n in ns})
    ratios = {}
    for n in ns:
        m = re.search(r'ratio register / hello world: ([\d.]+)', startup[n][1])
        ratios[n] = (m.group(1) + '×') if m else ''
    add('start-up ratio register / hello world', '≤ 1.5×', ratios)
    add('RSS after start (MiB)', '< 1024', {n: cell(startup, n, 'RSS after start (MiB)', server='register') for n in ns})
    add('RSS after load (MiB)', '< 1024', {n: cell(startup, n, 'RSS after load (MiB)', server='register') for n in ns})
    add('RSS of the hello world after start / load (MiB)', '', {
        n: '%s / %s' % (cell(startup, n, 'RSS after start (MiB)', server='hello'), cell(startup, n, 'RSS after load (MiB)', server='hello'))
        if startup[n][0] else '' for n in ns})
    for n in ns:
        rss = re.findall(r'RSS of the register (\d+) MiB after start, (\d+) MiB after this load', api[n][1] + portal[n][1])
    add('RSS after the API / portal load tests (MiB)', '< 1024', {
        n: ' / '.join(m.group(2) for m in [re.search(r'RSS of the register (\d+) MiB after start, (\d+) MiB after', t)
                                            for t in (api[n][1], portal[n][1])] if m) for n in ns})
    add('daily run: reminders due', '', {n: cell(daily, n, 'reminders due') for n in ns})
    add('daily run: bare SQL of the due rows (ms)', '', {n: cell(daily, n, 'bare SQL (ms)') for n in ns})
    add('daily run: queueing (ms)', '', {n: cell(daily, n, 'queueing (ms)') for n in ns})
    add('daily run: queueing / bare SQL', '≤ 3×', {n: cell(daily, n, 'queueing / bare SQL') for n in ns})
    add('daily run: queueing + sending (ms)', '', {n: cell(daily, n, 'queueing + sending (ms)') for n in ns})
    for target, label in (('renewal', 'completeness check'), ('lookup', 'public lookup by number'),
                          ('name', 'public lookup by name'), ('verify', 'certificate verification'),
                          ('static', 'static file (floor)')):
        for clients in ('1', '10', '50'):
            goal = '< 20 ms' if target == 'renewal' and clients == '10' else ''
            add(f'API {label}, {clients} client{"s" if clients != "1" else ""}: p50 / p95 / p99 ms, req/s, p95 ÷ static',
                goal, {n: ('%s / %s / %s, %s, %s' % tuple(
                    find(api[n][0], request=target, clients=clients).get(k, '') for k in
                    ('p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'requests/s', 'p95 / static p95')))
                    if find(api[n][0], request=target, clients=clients) else '' for n in ns})
    for request in ('all requests', 'login page', 'sign in', 'dashboard', 'dossier', 'add PE activity', 'worklist',
                    'worklist page'):
        goal = '< 300 ms, no errors' if request == 'all requests' else ''
        add(f'portal, 50 users: {request}: p95 ms (errors)', goal, {
            n: '%s (%s)' % (find(portal[n][0], request=request).get('p95 (ms)', ''), find(portal[n][0], request=request).get('errors', ''))
            if find(portal[n][0], request=request) else '' for n in ns})
    for wl in ('DOSSIERS', 'DEADLINES_MISSED', 'REGISTRATIONS'):
        add(f'worklist {wl}: rows; API first page / page at 90 % (ms)', '', {
            n: '%s; %s / %s' % (find(worklist[n][0], worklist=wl).get('rows', ''),
                                find(worklist[n][0], worklist=wl).get('API first page (ms)', ''),
                                find(worklist[n][0], worklist=wl).get('API page at 90 % (ms, row)', '').split(' ')[0])
            if find(worklist[n][0], worklist=wl) else '' for n in ns})

    out = ['| figure | target | ' + ' | '.join(f'{n:,} registrations' for n in ns) + ' |',
           '|---|---|' + '---:|' * len(ns)]
    for figure, target, values in lines:
        if any(values.get(n) for n in ns):
            out.append(f'| {figure} | {target} | ' + ' | '.join(values.get(n, '') or '–' for n in ns) + ' |')
    out += ['', 'Where each figure comes from (the table under bench/target/results; load average 1, 5 and 15 minutes at the '
            'start of that benchmark):', '']
    files = [p for p in RESULTS.glob('*-*.md') if re.search(r'-(\d+)\.md$', p.name)]
    for path in sorted(files, key=lambda p: (int(re.search(r'-(\d+)\.md$', p.name).group(1)), p.name)):
        text = path.read_text()
        commit = re.search(r'(\d{4}-\d\d-\d\d), commit (\S+);', text)
        load = re.search(r'load average at the start ([\d. ]+)', text)
        runs = re.search(r'median of (\d+ \w+)', text)
        out.append('- %s: %s, commit %s, %s, load average %s' % (
            path.stem, commit.group(1) if commit else '?', commit.group(2) if commit else '?',
            ('median of ' + runs.group(1)) if runs else '', load.group(1).strip().rstrip('.') if load else '?'))
    text = '\n'.join(out) + '\n'
    (RESULTS / 'summary.md').write_text(text)
    print(text)


if __name__ == '__main__':
    main()
