import json
dev_texts=[]
for f in ['real-news-events-dev.jsonl','real-news-claims-dev.jsonl']:
    for l in open('/work/wt/shared/eval/'+f):
        dev_texts.append(json.loads(l)['text'])
blob='\n\x00\n'.join(dev_texts)
recs=[json.loads(l) for l in open('/work/wt/shared/eval/corpus-polnear-train.jsonl')]
excl=[]
for r in recs:
    t=r['text']
    if t in blob or t[:200] in blob:
        excl.append(r['id'])
json.dump(excl,open('/tmp/ann/excluded_ids.json','w'))
print(len(excl),'excluded of',len(recs))
