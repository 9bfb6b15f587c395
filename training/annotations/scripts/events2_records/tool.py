"""Helper for events-train-2.jsonl: sentence splitter, offset finder, validator, appender.

Each aNNN.py in this folder holds the hand-written event records of article NNN of
claims-train-2.jsonl as (type, trigger text, unique context string, source, target, flags),
flags being a string of 'n' (negated), 'h' (hypothetical), 'p' (political: false).
`python3 tool.py N` prints article N split into sentences; `python3 aNNN.py` computes the
offsets, validates every span and appends article NNN (the file must hold exactly NNN-1
articles). To rebuild the whole file: delete it, then run a001.py ... a124.py in order.
The splitter reproduces every sentence span of events-train.jsonl (755 of 755).
"""
import json, re, sys
import os
WT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..") + "/"
SRC = WT + 'claims-train-2.jsonl'
OUT = WT + 'events-train-2.jsonl'
ABBR = {'Sen','Sens','Rep','Reps','Pres','Gov','Mr','Mrs','Ms','Dr','St','Lt','Gen','Col','Sgt','Capt','Jr','Sr','Inc','Co','Corp','No','vs','Rev','Prof','Gov','Atty','Ala','Ariz','Ark','Calif','Colo','Conn','Del','Fla','Ga','Ill','Ind','Kan','Ky','La','Md','Mass','Mich','Minn','Miss','Mo','Mont','Neb','Nev','Okla','Ore','Pa','Tenn','Tex','Va','Vt','Wash','Wis','Wyo','Jan','Feb','Aug','Sept','Sep','Oct','Nov','Dec','U.S','U.N','U.K','D.C','a.m','p.m','E.U'}
ATTR = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}(said|says|asked|added|told|wrote|tweeted|continued|replied|responded)\b")
def sentences(text):
    spans = []
    for m in re.finditer(r'[^\n]+', text):
        ls, line = m.start(), m.group()
        start = 0
        for b in re.finditer(r'[.!?]+[”"’\')]*(?=\s+[“"‘\'(]{0,2}[A-Z0-9])', line):
            end = b.end()
            pre = line[start:b.start()]
            w = re.search(r'([\w.]+)$', pre)
            if b.group()[0] == '.' and w and (w.group(1) in ABBR or w.group(1).rstrip('.') in ABBR or re.fullmatch(r'([A-Z]\.)*[A-Z]', w.group(1))):
                continue
            if b.group()[0] in '?!' and len(b.group()) > 1 and ATTR.match(line, end):
                continue
            spans.append((ls + start, ls + end)); start = end
            while start < len(line) and line[start].isspace(): start += 1
        if line[start:].strip():
            s = line[start:].rstrip()
            spans.append((ls + start, ls + start + len(s)))
    return [(a, b) for a, b in spans if text[a:b].strip()]
def load(n):
    with open(SRC) as f:
        for i, l in enumerate(f):
            if i == n - 1: return json.loads(l)
def A(name, country='USA'): return {'name': name, 'country': country}
def find(text, trig, ctx):
    pat = re.escape(ctx).replace('\\ ', '[ \xa0]')
    ms = list(re.finditer(pat, text))
    assert len(ms) == 1, f'context {ctx!r} occurs {len(ms)} times'
    c = ms[0].start(); real = ms[0].group()
    t = re.search(re.escape(trig).replace('\\ ', '[ \xa0]'), real)
    assert t, f'trigger {trig!r} not in context {ctx!r}'
    return c + t.start(), t.group()
def build(n, evs):
    r = load(n); text = r['text']; sents = sentences(text)
    out = []
    for e in evs:
        typ, trig, ctx, src, tgt = e[:5]
        flags = e[5] if len(e) > 5 else ''
        s, trig = find(text, trig, ctx); en = s + len(trig)
        sent = [x for x in sents if x[0] <= s < x[1]]
        assert sent, f'no sentence for {trig}'
        a, b = sent[0]
        ev = {'type': typ, 'sentence': {'start': a, 'end': b},
              'trigger': {'start': s, 'end': en, 'text': trig},
              'source': src, 'target': tgt,
              'negated': 'n' in flags, 'hypothetical': 'h' in flags, 'political': 'p' not in flags}
        assert typ in 'AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT'.split(), typ
        assert text[s:en] == trig and a <= s < b
        for act in src + tgt: assert list(act) == ['name', 'country'] and (act['country'] is None or len(act['country']) == 3)
        out.append(ev)
    out.sort(key=lambda e: e['trigger']['start'])
    return {'id': r['id'], 'text': text, 'published': r['published'], 'events': out}
def append(n, evs):
    try: done = sum(1 for _ in open(OUT))
    except FileNotFoundError: done = 0
    assert done == n - 1, f'file has {done} articles, expected {n-1}'
    rec = build(n, evs)
    with open(OUT, 'a') as f: f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(n, rec['id'], len(rec['events']), 'events')
def show(n):
    r = load(n); t = r['text']
    print(n, r['id'], len(t))
    for a, b in sentences(t): print(f'[{a}] {t[a:b]}')
if __name__ == '__main__': show(int(sys.argv[1]))
