#!/usr/bin/env python3
"""Check blind10/gold.json against its corpus. Reads only files of this directory.
Copied from blind8/validate.py and adapted: b10_NN ids, 16 documents, >= 200 required events,
the blind10 per-type / per-auxiliary targets (conflict and pressure types weighted up, every
auxiliary >= 8), >= 6 documents with site chrome and at least one document without a year.
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
ISO3 = set("""ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split())
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
    pub = d["published"]
    if not (pub.get("date") is None or isodate(pub["date"])): err(f"{f}: bad published date")
    bs, be = d["body"]["starts_with"], d["body"]["ends_with"]
    i0, i1 = text.find(bs), text.find(be)
    if i0 < 0: err(f"{f}: body.starts_with not found")
    if i1 < 0: err(f"{f}: body.ends_with not found")
    body = text[i0:i1 + len(be)] if i0 >= 0 and i1 >= 0 else text
    nw = len(body.split())
    if not 150 <= nw <= 420: err(f"{f}: body has {nw} words (want 150-420)")
    if not re.fullmatch(r"b10_\d\d_[a-z0-9_]+\.txt", f): err(f"{f}: bad file name")
    if len(lines) < 4 or lines[2].strip() != "" or not lines[1].strip(): err(f"{f}: line 2 must be a date line and line 3 blank")
    if d["language"] != "ru": err(f"{f}: language must be ru")
    if not isinstance(d["attributed_to"], list): err(f"{f}: attributed_to must be a list")
    if not isinstance(pub.get("tolerance_days"), int): err(f"{f}: published.tolerance_days missing")
    for b in d["boilerplate"]:
        if b not in text: err(f"{f}: boilerplate not in file: {b!r}")
        if b in body: err(f"{f}: boilerplate inside body: {b!r}")
    for fp in d["forbidden_participants"]:
        if norm(fp) in norm(body):
            err(f"{f}: forbidden participant {fp!r} occurs in the body")
    fps = {norm(x) for x in d["forbidden_participants"]}
    for e in d["events"]:
        eid = e.get("id"); ids[eid] += 1
        keys = set(e)
        if not EV_REQ <= keys: err(f"{eid}: missing {sorted(EV_REQ - keys)}")
        if keys - EV_REQ - EV_OPT: err(f"{eid}: unexpected keys {sorted(keys - EV_REQ - EV_OPT)}")
        if not re.fullmatch(r"b10_\d\d-[a-z]{1,2}", eid or "") or not eid.startswith(f[:6]): err(f"{eid}: bad id for {f}")
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
            if p["country"] is not None and p["country"] not in ISO3: err(f"{eid}: bad country {p['country']}")
            for a in p["aliases"]:
                if norm(a) in fps: err(f"{eid}: alias {a!r} is a forbidden participant")
            if not any(norm(a) in norm(body) for a in p["aliases"]): err(f"{eid}: no alias of {p['aliases'][:2]} occurs in the body")
        if not any(p["role"] == "actor" for p in e["participants"]) and e["required"]:
            err(f"{eid}: required event without an actor")
        if e["location"] is not None:
            if set(e["location"]) != {"aliases","country"}: err(f"{eid}: bad location")
            elif e["location"]["country"] is not None and e["location"]["country"] not in ISO3: err(f"{eid}: bad location country")
        if e.get("match_month_day_only") not in (None, True): err(f"{eid}: match_month_day_only must be true or absent")
        if pub.get("date") is None and e["date"] is not None and not e.get("match_month_day_only"):
            err(f"{eid}: the document gives no year, so a dated event needs match_month_day_only")
        if e.get("match_month_day_only") and re.search(r"(19|20)\d\d", body): err(f"{eid}: match_month_day_only but the body names a year")
        if e["auxiliary"] == "historical" and e["date"] and pub.get("date") and e["date"] > pub["date"]: err(f"{eid}: historical event after publication")
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
TARGET_TYPES = {"CONSULT": 30, "SUPPORT": 8, "AGREE": 5, "ACCUSE": 10, "REQUEST": 10, "REJECT": 5,
                "ASSAULT": 6, "COERCE": 6, "MOBILIZE": 5, "PROTEST": 5, "THREATEN": 6, "SANCTION": 6,
                "RETREAT": 4, "AID": 4, "COOPERATE": 4, "CONCEDE": 4}
TARGET_AUX = {"historical": 8, "future": 8, "hypothetical": 8, "negated": 8}
if len(gold["documents"]) != 16: err(f"want 16 documents, have {len(gold['documents'])}")
if len(req) < 200: err(f"want >= 200 required events, have {len(req)}")
missing = sorted(TYPES - set(bytype))
if missing: err(f"types with no required event: {missing}")
if not any(d["published"].get("date") is None for d in gold["documents"]): err("want one document with no year (published.date null)")
low = [f"{t} {bytype[t]}<{n}" for t, n in TARGET_TYPES.items() if bytype[t] < n] + \
      [f"{a} {byaux[a]}<{n}" for a, n in TARGET_AUX.items() if byaux[a] < n]
if low: err(f"below target: {low}")
chrome = sum(1 for d in gold["documents"] if d["boilerplate"])
if chrome < 6: err(f"want >= 6 documents with site chrome, have {chrome}")
if errors:
    print(f"{len(errors)} ERROR(S):"); [print("  " + x) for x in errors]; sys.exit(1)
print("OK: all checks passed")
