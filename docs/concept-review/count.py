"""Counts the concepts of an extract that a review flagged junk or mistyped.

usage: python3 docs/concept-review/count.py REVIEW.tsv [REVIEW.tsv ...] concepts.jsonl [--list]

Reviews: judgement.tsv (every concept of the graph at one commit) and judgement-broad-heads.tsv (the concepts the
broad-head phrase rules added after it, by a second reviewer); a later review's verdict wins for the same concept.

concepts.jsonl is the output of `bin/papergraph extract examples/trending-papers.txt -o concepts.jsonl`. Each
concept is matched to the review by id, else by name or alias (case, hyphens and a final s ignored). A junk
concept counts while it exists; a mistyped one until it has the type the reviewer gave it. Concepts the review
judged good or duplicate that no concept names any more are lost; concepts the review does not know are new and
must be judged by hand; a good concept whose type changed is listed to be judged again.
"""
import csv
import json
import re
import sys


def key(s):
    s = re.sub(r"[\s\-_]+", " ", s.lower()).strip()
    return re.sub(r"s\b", "", s)


files = [a for a in sys.argv[1:] if a != "--list"]
review = {r["id"]: r for f in files[:-1] for r in csv.DictReader(open(f), delimiter="\t")}
by_name = {key(r["name"]): r for r in review.values()}
concepts = {}
for line in open(files[-1]):
    for c in json.loads(line)["concepts"]:
        e = concepts.setdefault(c["id"], {"name": c["name"], "type": c["type"], "aliases": set()})
        e["aliases"].update(c["aliases"])

flagged, new, retyped, seen, names = [], [], [], set(), set()
for cid, c in concepts.items():
    forms = [c["name"]] + sorted(c["aliases"])
    names.update(key(f) for f in forms)
    r = review.get(cid) or next((by_name[key(f)] for f in forms if key(f) in by_name), None)
    if r is None:
        new.append(c)
        continue
    seen.add(r["id"])
    if r["verdict"] == "junk" or r["verdict"] == "mistyped" and c["type"] != r["right_type"]:
        flagged.append((c, r))
    elif r["verdict"] in ("good", "duplicate") and c["type"] != r["type"]:
        retyped.append((c, r))
lost = [r for r in review.values() if r["verdict"] in ("good", "duplicate")
        and r["id"] not in seen and key(r["name"]) not in names]
n = len(concepts)
print(f"concepts {n}; flagged {len(flagged)} ({100 * len(flagged) / n:.1f}%); good or duplicate lost {len(lost)}; "
      f"new {len(new)}; good retyped {len(retyped)}")
if "--list" in sys.argv:
    for c, r in flagged:
        print(f"flagged\t{c['name']}\t{c['type']}\t{r['verdict']}\t{r['reason']}")
    for r in lost:
        print(f"lost\t{r['name']}\t{r['type']}")
    for c in new:
        print(f"new\t{c['name']}\t{c['type']}")
    for c, r in retyped:
        print(f"retyped\t{c['name']}\t{r['type']} -> {c['type']}")
