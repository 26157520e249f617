#!/usr/bin/env python3
"""gen_jsonl.py: writes N small JSON Lines articles (invented names) to
stdout, for measuring memory over many small documents.

Usage: gen_jsonl.py N [--seed S] > corpus.jsonl

Each line is {"id", "title", "text"}: one lead sentence naming a film, its
director and writer, and one actor with the character played, so every
document adds about five new entities (work, director, writer, actor,
character) and a handful of facts. Deterministic for a seed.
"""
import json
import random
import sys

SYL = ["ka", "lo", "mi", "ra", "ven", "tor", "sa", "bel", "dan", "ri", "ko",
       "mar", "len", "zu", "fi", "no", "gre", "tha", "pel", "vi", "dor",
       "qui", "ste", "ba", "ne", "ol", "ur", "che", "wyn", "jas"]
NOUNS = ["River", "Glass", "Winter", "Harbor", "Signal", "Orchard", "Ember",
         "Lantern", "Meridian", "Cipher", "Hollow", "Tide"]
GENRES = ["drama", "thriller", "comedy", "crime", "mystery", "romance"]
LANDS = ["American", "British", "Canadian", "Australian", "Irish"]


def word(rng, n):
    """An invented capitalised word; the counter n makes it unique."""
    s = rng.choice(SYL) + rng.choice(SYL)
    while True:  # n spelled in base-30 syllables
        n, r = divmod(n, len(SYL))
        s += SYL[r]
        if n == 0:
            return s.capitalize()


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    rng = random.Random(seed)
    out = sys.stdout
    for i in range(int(args[0])):
        person = [f"{word(rng, 4 * i + k)} {word(rng, 7 * i + k + 3)}"
                  for k in range(4)]
        title = f"The {rng.choice(NOUNS)} of {word(rng, i)}"
        text = (f"{title} is a {1950 + i % 70} {rng.choice(LANDS)} "
                f"{rng.choice(GENRES)} film directed by {person[0]} and "
                f"written by {person[1]}. It stars {person[2]} as "
                f"{person[3]}.")
        out.write(json.dumps({"id": str(i), "title": title, "text": text}))
        out.write("\n")


if __name__ == "__main__":
    main()
