#!/usr/bin/python3
"""The Python peer for bench/compare.sh: reads the benchmark's questionnaire and every answer file
with PyYAML's C loader and applies docs/scoring.md's main rules (self respondents scored, a
question's score the mean of 100*(x-lo)/(hi-lo), reversed when asked; domains weighted, overall
the mean of domains; coverage), writing one JSON report per organisation. It is a peer for timing,
not a second implementation: no areas, levels, priorities, divergence or Markdown.

usage: /usr/bin/python3 bench/score_peer.py QUESTIONNAIRE DIR OUT"""
import json, os, sys
from collections import defaultdict
from fractions import Fraction
import yaml

def main(questionnaire_path, directory, out):
    load = lambda p: yaml.load(open(p, encoding="utf-8"), Loader=yaml.CSafeLoader)
    q = load(questionnaire_path)
    scales = {s["id"]: s for s in q["scales"]}
    questions = q["questions"]
    groups = defaultdict(list)
    for name in sorted(os.listdir(directory)):
        if name.endswith(".yaml"):
            doc = load(os.path.join(directory, name))
            groups[doc["organisation"]].append(doc)
    os.makedirs(out, exist_ok=True)
    for organisation, docs in sorted(groups.items()):
        selves = [d for d in docs if (d.get("respondent") or {}).get("perspective", "self") == "self"]
        domains, scored, possible = defaultdict(lambda: [Fraction(0), 0]), 0, 0
        for question in questions:
            options = {o["key"]: o for o in scales[question["scale"]]["options"]}
            values = [o["score"] for o in options.values() if o.get("kind", "scored") == "scored"]
            lo, hi = min(values), max(values)
            marks = []
            for d in selves:
                key = ((d.get("answers") or {}).get(question["id"]) or {}).get("answer")
                option = options.get(key)
                possible += 0 if option is not None and option.get("kind") == "not-applicable" else 1
                if option is not None and option.get("kind", "scored") == "scored":
                    s = Fraction(100 * (option["score"] - lo), hi - lo)
                    marks.append(100 - s if question.get("reverse") else s)
            if marks:
                scored += len(marks)
                weight = question.get("weight", 1)
                total = domains[question["domain"]]
                total[0] += weight * sum(marks) / len(marks)
                total[1] += weight
        domain_scores = {d: float(t / w) for d, (t, w) in domains.items()}
        overall = sum(domain_scores.values()) / len(domain_scores) if domain_scores else None
        report = {"organisation": organisation, "respondents": len(docs), "overall": overall,
                  "coverage": scored / possible if possible else 0, "domains": domain_scores}
        slug = "".join(c if c.isalnum() else "-" for c in organisation.lower())
        with open(os.path.join(out, slug + ".json"), "w") as f:
            json.dump(report, f, indent=2)

if __name__ == "__main__":
    main(*sys.argv[1:4])
