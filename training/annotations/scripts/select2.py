import json,re,hashlib
ex=set(json.load(open('/tmp/ann/excluded_ids.json')))
recs=[json.loads(l) for l in open('/work/wt/shared/eval/corpus-polnear-train.jsonl')]
POL=re.compile(r"\b(Trump|Clinton|Obama|Sanders|Cruz|Rubio|Congress|Senate|senator|governor|government|president|minister|police|party|Republican|Democrat\w*|White House|State Department|Pentagon|FBI)\b")
INTL=re.compile(r"\b(Russia\w*|Putin|Moscow|China|Chinese|Beijing|Iran\w*|Syria\w*|Iraq\w*|ISIS|Islamic State|Israel\w*|Palestin\w*|Mexic\w*|France|French|Paris|Brit\w*|Brexit|Turk\w*|NATO|Afghan\w*|North Korea\w*|Ukrain\w*|German\w*|Saudi\w*|Libya\w*|Benghazi|Cuba\w*|Venezuel\w*|Japan\w*|terror\w*|militar\w*|troops|bomb\w*|attack\w*|protest\w*|arrest\w*|sanction\w*|refugee\w*|war|killed)\b")
cand=[]
for r in recs:
    t=r['text']
    if r['id'] in ex or not (1500<=len(t)<=4000): continue
    if len(POL.findall(t))<3: continue
    n=len(INTL.findall(t))
    cand.append((hashlib.sha1(r['id'].encode()).hexdigest(), r['id'], n, len(t), r['title']))
cand.sort()
intl=[c for c in cand if c[2]>=8]
us=[c for c in cand if c[2]<=2]
print(len(cand),len(intl),len(us))
sel=[]
# interleave 3 intl : 2 us
i=j=0
while i<len(intl):
    for _ in range(3):
        if i<len(intl): sel.append(('intl',)+intl[i]); i+=1
    for _ in range(2): sel.append(('us',)+us[j]); j+=1
json.dump([[s[0],s[2]] for s in sel],open('/tmp/ann/selection_full.json','w'))
for k,s in enumerate(sel[60:],60): print(k,s[0],s[2][:60],s[3],s[4],s[5][:60])
