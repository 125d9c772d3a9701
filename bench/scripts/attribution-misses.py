#!/usr/bin/env python3
"""Buckets the PolNeAR gold attributions that the extractor missed, from the evaluation dump.

Usage: java -Ddictum.bench.attribution.dump=DIR ... org.dictum.bench.Evaluate attribution, then
  python3 bench/scripts/attribution-misses.py ../shared/data DIR/attribution-dev.tsv dev [examples.json]
Buckets: in the headline; overlapped by a prediction matched to another gold; overlapped below Jaccard 0.5
(content boundary); no prediction though the cue contains a lexicon word; no prediction, cue outside the lexicon.
"""
import csv, sys, re, collections, os, glob
data = sys.argv[1]; dump = sys.argv[2]; split = sys.argv[3] if len(sys.argv) > 3 else 'dev'
csv.field_size_limit(10**9)
LEX = set()
for line in open(os.path.join(os.path.dirname(__file__), '..', '..', 'domain') + '/src/main/resources/org/dictum/domain/extraction/cue-verbs-en.txt'):
    if line.startswith('#'): continue
    for w in line.split('\t')[0].split():
        LEX.add(w.split('_')[0])
WORD = re.compile(r'[A-Za-z0-9]+')
def toks(text, spans):
    s = set()
    for a, b in spans:
        for m in WORD.finditer(text, a, b): s.add(m.start())
    return s
def brat(path):
    T = {}; E = []
    for line in open(path, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if re.fullmatch(r'T\d+', p[0]) and len(p) > 1:
            # Not p[0].startswith('T'): an annotation's text may run over several lines, and a
            # continuation line can begin with a T ("The number of people ...").
            kind, _, offsets = p[1].partition(' ')
            spans = [tuple(map(int, r.split())) for r in offsets.split(';')]
            T[p[0]] = (kind, spans)
        elif re.fullmatch(r'E\d+', p[0]) and len(p) > 1:
            args = dict(a.split(':') for a in p[1].split()[1:] if ':' in a)
            E.append(args)
    out = []
    for e in E:
        g = {k: T[v][1] for k, v in e.items() if v in T}
        out.append(g)
    return out
preds = collections.defaultdict(list)
for r in csv.DictReader(open(dump, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    if r['role'] in ('predicted', 'matched-predicted'):
        preds[r['document']].append((int(r['content_start']), int(r['content_end']), r['role'] == 'matched-predicted', r['cue']))
missed_by_doc = collections.defaultdict(set)
for r in csv.DictReader(open(dump, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    if r['role'] == 'missed-gold': missed_by_doc[r['document']].add((int(r['content_start']), int(r['content_end'])))
folder = f'{data}/polnear/data/{split}'
seen = set(); buckets = collections.Counter(); cues = collections.Counter(); examples = collections.defaultdict(list)
total = 0
for ann in sorted(glob.glob(f'{folder}/attributions/*.ann')):
    name = re.sub(r'_[0-9a-f]+\.ann$', '', os.path.basename(ann))
    if name in seen: continue
    seen.add(name)
    text = open(f'{folder}/text/{name}.txt', encoding='utf-8').read()
    first_nl = text.find('\n')
    golds = brat(ann)
    for g in golds:
        c = g.get('Content', [])
        if not c: continue
        total += 1
        hull = (min(a for a, b in c), max(b for a, b in c))
        if hull not in missed_by_doc[name]: continue
        gt = toks(text, c)
        cue = ' '.join(text[a:b] for a, b in g.get('Cue', [])).lower().replace('’', "'")
        cuewords = WORD.findall(cue)
        best = 0; bestp = None
        for p in preds[name]:
            pt = toks(text, [(p[0], p[1])])
            if not pt: continue
            j = len(gt & pt) / len(gt | pt) if gt | pt else 0
            if j > best: best, bestp = j, p
        if hull[0] < first_nl: b = 'headline'
        elif best >= 0.5: b = 'overlap>=.5 but pred taken by another gold'
        elif best > 0: b = 'overlap<.5 (boundary)' + (' pred-matched-elsewhere' if bestp[2] else ' pred-unmatched')
        elif any(w in LEX for w in cuewords): b = 'no pred, cue in lexicon'
        elif not cuewords: b = 'no pred, no cue'
        else: b = 'no pred, cue outside lexicon'
        buckets[b] += 1
        if b.startswith('no pred, cue outside') : cues[cue] += 1
        examples[b].append((name, cue, text[hull[0]:hull[1]][:150].replace('\n', ' '), (text[bestp[0]:bestp[1]][:150].replace('\n', ' ') if bestp else ''), round(best, 2)))
print('gold', total)
for b, n in buckets.most_common(): print(f'{n:5d}  {b}')
print('\ncues outside lexicon (no prediction):')
for c, n in cues.most_common(80): print(f'{n:4d} {c}')
import json
if len(sys.argv) > 4: json.dump(examples, open(sys.argv[4], 'w'), indent=0)
