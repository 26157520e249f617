#!/usr/bin/env python3
"""gen_jsonl_repeat.py: writes N one-sentence JSON Lines articles whose
names repeat, for measuring memory over many small documents that share
their entities (bench/memory.md); bench/gen_jsonl.py makes every document's
names new instead.

Usage: gen_jsonl_repeat.py N [rep|none] > corpus.jsonl

rep: "WORK is a 2019 drama film directed by A. It stars B." with WORK one
of 25 invented titles and A, B of 100 invented people, so the graph stays
small and the evidence (one piece a fact a document) grows; none: a
sentence with no fact at all. Deterministic (seed 1).
"""
import json
import random
import sys

FIRST = ["Ann", "Bo", "Kit", "Lio", "Mara", "Ned", "Oli", "Pia", "Quin", "Rae"]
LAST = ["Roe", "Vale", "Stone", "Marsh", "Reed", "Frost", "Lane", "Hart",
        "Moss", "Wren"]
WORKS = ["The %s %s" % (a, b)
         for a in ["Glass", "Winter", "Harbor", "Signal", "Ember"]
         for b in ["River", "Road", "House", "Line", "Tide"]]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    n = int(sys.argv[1])
    kind = sys.argv[2] if len(sys.argv) > 2 else "rep"
    rng = random.Random(1)
    for i in range(n):
        if kind == "none":
            text = "It rained on day %d and the market stayed quiet." % i
        else:
            actor = rng.choice(FIRST) + " " + rng.choice(LAST)
            director = rng.choice(FIRST) + " " + rng.choice(LAST)
            work = rng.choice(WORKS)
            text = "%s is a 2019 drama film directed by %s. It stars %s." % (
                work, director, actor)
        print(json.dumps({"id": "d%d" % i, "title": "Doc %d" % i,
                          "text": text}))


if __name__ == "__main__":
    main()
