#!/usr/bin/env python3
"""Assemble gold.json from the per-file annotation parts in gold_src/d9_NN.py."""
import importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "gold_src"))
docs = []
for fn in sorted(os.listdir(os.path.join(HERE, "gold_src"))):
    if not (fn.startswith("d9_") and fn.endswith(".py")):
        continue
    m = importlib.import_module(fn[:-3])
    d = dict(m.doc)
    nn = fn[3:5]
    evs = []
    for e in m.events:
        e = dict(e); e["id"] = f"d9_{nn}-{e['id']}"
        evs.append(e)
    out = {"file": d["file"], "language": "ru", "title": d["title"], "published": d["published"],
           "attributed_to": d["attributed_to"], "body": d["body"], "boilerplate": d["boilerplate"],
           "events": evs, "forbidden_participants": d["forbidden_participants"]}
    docs.append(out)
gold = {"format": "communique-gold/1",
        "about": "dev9: a development set of 20 original Russian-language diplomatic news texts, written and annotated "
                 "by hand without seeing the system's code, tests or output. PLOVER types and CONSULT modes as in "
                 "/work/shared/eval/README.md, annotation rules of dev80/ANNOTATION.md. Quotes and details are invented. "
                 "Events with required=false count neither as missed nor as false.",
        "annotates_auxiliary": True,
        "documents": docs}
json.dump(gold, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"wrote gold.json: {len(docs)} documents, {sum(len(d['events']) for d in docs)} events")
