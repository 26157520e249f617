#!/usr/bin/env python3
"""gen_corpus.py: writes N synthetic film articles with invented, distinct
names into a folder, for benchmarks that need a graph of a given size.

Usage: gen_corpus.py N OUTDIR [--seed S] [--cast K]

Each article is a lead sentence and a cast paragraph in the phrasings the
extractor reads ("Title is a 2001 American film directed by X.", "Y as Z"),
so the graph grows by about the same number of entities and facts per
article. Names come from syllables, numbered so none repeats: every article
adds new people, not new mentions of old ones. Deterministic for a seed.
"""
import os
import random
import sys

SYL = ["ka", "lo", "mi", "ra", "ven", "tor", "sa", "bel", "dan", "ri", "ko",
       "mar", "len", "zu", "fi", "no", "gre", "tha", "pel", "vi", "dor",
       "qui", "ste", "ba", "ne", "ol", "ur", "che", "wyn", "jas"]
NOUNS = ["River", "Glass", "Winter", "Harbor", "Signal", "Orchard", "Ember",
         "Lantern", "Meridian", "Cipher", "Hollow", "Tide"]
GENRES = ["drama", "thriller", "comedy", "science fiction", "crime",
          "mystery", "romance"]
LANDS = ["American", "British", "Canadian", "Australian", "Irish"]


def word(rng, n):
    """An invented capitalised word; n (a counter) makes it unique."""
    s = rng.choice(SYL) + rng.choice(SYL)
    digits = ""
    while True:  # base-30 counter spelled in syllables: unique per n
        n, r = divmod(n, len(SYL))
        digits += SYL[r]
        if n == 0:
            break
    return (s + digits).capitalize()


class Names:
    def __init__(self, rng):
        self.rng, self.n = rng, 0

    def person(self):
        self.n += 1
        return f"{word(self.rng, self.n)} {word(self.rng, self.n * 7 + 3)}"


def article(i, rng, names, cast):
    title = f"The {rng.choice(NOUNS)} of {word(rng, i)}"
    year = 1950 + i % 70
    director = names.person()
    writer = names.person()
    producer = names.person()
    roles = [(names.person(), names.person()) for _ in range(cast)]
    lead = (f"{title} is a {year} {rng.choice(LANDS)} "
            f"{rng.choice(GENRES)} film directed by {director} and written "
            f"by {writer}. It stars {roles[0][0]} as {roles[0][1]}")
    if cast > 1:
        lead += f" and {roles[1][0]} as {roles[1][1]}"
    lead += "."
    body = [lead, "",
            f"The film was produced by {producer}. "
            f"Principal photography began in {year - 1}.", "", "Cast", ""]
    for actor, character in roles:
        body.append(f"{actor} as {character}: A {rng.choice(GENRES)} "
                    f"character.")
    return title, "\n".join(body) + "\n"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    opts = dict(zip(argv[1::1], argv[2::1]))
    if len(args) < 2:
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    rng = random.Random(int(opts.get("--seed", 1)))
    cast = int(opts.get("--cast", 6))
    os.makedirs(out, exist_ok=True)
    names = Names(rng)
    for i in range(n):
        _, text = article(i, rng, names, cast)
        with open(os.path.join(out, f"a{i:07d}.txt"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main(sys.argv)
