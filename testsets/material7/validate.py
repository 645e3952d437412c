#!/usr/bin/env python3
"""Check material7/gold.json against its corpus. Reads only files of this directory.
Usage: python3 validate.py   (exit status 1 on any error)"""
import json, os, re, sys, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT",
         "THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"}
MODES = {"visit","third-party","multilateral","phone"}
CHANNELS = {"in_person","phone","video","written"}
AUX = {None,"historical","future","hypothetical","negated"}
DOC_KEYS = {"file","language","title","published","attributed_to","body","boilerplate","events","forbidden_participants"}
EV_REQ = {"id","required","type","mode","channel","auxiliary","date","date_tolerance_days","participants","location","evidence"}
EV_OPT = {"quantity","match_month_day_only"}
errors = []
def err(msg): errors.append(msg)
def isodate(s):
    try: datetime.date.fromisoformat(s); return True
    except Exception: return False
def norm(s): return s.lower().replace("ё","е")

gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
if gold.get("format") != "communique-gold/1": err("format is not communique-gold/1")
if gold.get("annotates_auxiliary") is not True: err("annotates_auxiliary must be true")
if not isinstance(gold.get("about"), str): err("about missing")
files = sorted(f for f in os.listdir(os.path.join(HERE, "corpus")) if f.endswith(".txt"))
gfiles = [d["file"] for d in gold["documents"]]
if sorted(gfiles) != files: err(f"corpus/gold file mismatch: {set(files) ^ set(gfiles)}")
ids = collections.Counter()
for d in gold["documents"]:
    f = d["file"]
    if set(d) != DOC_KEYS: err(f"{f}: document keys {sorted(set(d) ^ DOC_KEYS)}")
    text = open(os.path.join(HERE, "corpus", f), encoding="utf-8").read()
    lines = text.split("\n")
    if d["title"] != lines[0]: err(f"{f}: title is not line 1")
    nw = len(text.split())
    if not 150 <= nw <= 400: err(f"{f}: {nw} words")
    pub = d["published"]
    if not (pub.get("date") is None or isodate(pub["date"])): err(f"{f}: bad published date")
    bs, be = d["body"]["starts_with"], d["body"]["ends_with"]
    i0, i1 = text.find(bs), text.find(be)
    if i0 < 0: err(f"{f}: body.starts_with not found")
    if i1 < 0: err(f"{f}: body.ends_with not found")
    body = text[i0:i1 + len(be)] if i0 >= 0 and i1 >= 0 else text
    for b in d["boilerplate"]:
        if b not in text: err(f"{f}: boilerplate not in file: {b!r}")
        if b in body: err(f"{f}: boilerplate inside body: {b!r}")
    for fp in d["forbidden_participants"]:
        if fp in body and fp not in ("",):
            err(f"{f}: forbidden participant {fp!r} occurs in the body")
    fps = {norm(x) for x in d["forbidden_participants"]}
    for e in d["events"]:
        eid = e.get("id"); ids[eid] += 1
        keys = set(e)
        if not EV_REQ <= keys: err(f"{eid}: missing {sorted(EV_REQ - keys)}")
        if keys - EV_REQ - EV_OPT: err(f"{eid}: unexpected keys {sorted(keys - EV_REQ - EV_OPT)}")
        if not re.fullmatch(r"m7_\d\d-[a-z]{1,2}", eid or "") or not eid.startswith(f[:5]): err(f"{eid}: bad id for {f}")
        if e["type"] not in TYPES: err(f"{eid}: bad type {e['type']}")
        if e["type"] == "CONSULT":
            if e["mode"] not in MODES: err(f"{eid}: CONSULT needs a mode")
            if e["channel"] not in CHANNELS: err(f"{eid}: CONSULT needs a channel")
        else:
            if e["mode"] is not None or e["channel"] is not None: err(f"{eid}: mode/channel only for CONSULT")
        if e["auxiliary"] not in AUX: err(f"{eid}: bad auxiliary {e['auxiliary']}")
        if not isinstance(e["required"], bool): err(f"{eid}: required not bool")
        if e["date"] is not None and not isodate(e["date"]): err(f"{eid}: bad date {e['date']}")
        if not isinstance(e["date_tolerance_days"], int) or e["date_tolerance_days"] < 0: err(f"{eid}: bad tolerance")
        if e["date"] is None and e["auxiliary"] in (None, "historical") and e["required"]:
            err(f"{eid}: required happened/historical event without date")
        if not e["evidence"] or e["evidence"] not in body: err(f"{eid}: evidence not in body: {e['evidence'][:60]!r}")
        if not e["participants"]: err(f"{eid}: no participants")
        for p in e["participants"]:
            if set(p) != {"role","aliases","country"}: err(f"{eid}: participant keys {sorted(p)}")
            if p["role"] not in ("actor","recipient"): err(f"{eid}: bad role")
            if not p["aliases"] or not all(isinstance(a, str) and a for a in p["aliases"]): err(f"{eid}: empty aliases")
            if p["country"] is not None and not re.fullmatch(r"[A-Z]{3}", p["country"]): err(f"{eid}: bad country {p['country']}")
            for a in p["aliases"]:
                if norm(a) in fps: err(f"{eid}: alias {a!r} is a forbidden participant")
            if not any(norm(a) in norm(text) for a in p["aliases"]): err(f"{eid}: no alias of {p['aliases'][:2]} occurs in the text")
        if not any(p["role"] == "actor" for p in e["participants"]) and e["required"]:
            err(f"{eid}: required event without an actor")
        if e["location"] is not None and set(e["location"]) != {"aliases","country"}: err(f"{eid}: bad location")
for k, v in ids.items():
    if v > 1: err(f"duplicate id {k}")
# counts
req = [e for d in gold["documents"] for e in d["events"] if e["required"]]
allev = [e for d in gold["documents"] for e in d["events"]]
bytype = collections.Counter(e["type"] for e in req)
byaux = collections.Counter(e["auxiliary"] or "null" for e in req)
print(f"documents: {len(gold['documents'])}  events: {len(allev)}  required: {len(req)}  optional: {len(allev)-len(req)}")
print("required per type:", ", ".join(f"{t} {bytype[t]}" for t in sorted(TYPES)))
print("required per auxiliary:", ", ".join(f"{a} {byaux[a]}" for a in ["null","historical","future","hypothetical","negated"]))
FOCUS = ["ASSAULT","COERCE","MOBILIZE","RETREAT","AID","COOPERATE","PROTEST","THREATEN","SANCTION","CONCEDE"]
if len(gold["documents"]) != 16: err(f"expected 16 documents, found {len(gold['documents'])}")
low = [t for t in FOCUS if bytype[t] < 5] + [a for a in ["historical","future","hypothetical","negated"] if byaux[a] < 5]
if low: err(f"below target: {low}")
if errors:
    print(f"{len(errors)} ERROR(S):"); [print("  " + x) for x in errors]; sys.exit(1)
print("OK: all checks passed")
