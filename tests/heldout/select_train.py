#!/usr/bin/env python3
"""Select the film/TV documents of a Re-DocRED split by their first sentence,
for a larger development set (the train split; see README.md).

usage: select_train.py SPLIT.json > selection-train.tsv

Prints one line per kept document, in the format build_redocred.py reads:
    title <TAB> kind (Film|Series) <TAB> category (film|series|episode|tvfilm|character) <TAB> note
The rules are those the hand selection of the dev and test splits followed
(../../../shared/eval/redocred-dev/README.md, "Selection"): the topic is a
film, a TV series, a TV episode, a TV film or a character of one of them;
people, novels, songs, albums, games, companies and franchises are dropped.
It is a keyword classifier, meant to be checked by eye; run on the dev
split it reproduces selection-dev.tsv (see README.md for the figures).
"""
import json
import re
import sys

# the description after the copula: "X is a 1994 American spy thriller film ..."
COPULA = re.compile(r"\b(?:is|was|are|were)\s+(?:an?|the)\s+(.*)", re.I)
EPISODE = re.compile(r"\b(?:episode|episodes)\s+of\b|\bseason finale\b|\bpilot episode\b", re.I)
TVFILM = re.compile(r"\b(?:television|TV|made-for-television|made - for - television)\s+(?:anime\s+)?film\b", re.I)
FILM = re.compile(r"\b(?:film|films|movie|motion picture|documentary)\b", re.I)
SERIES = re.compile(r"\b(?:television series|TV series|series|sitcom|telenovela|soap opera|miniseries|"
                    r"programme|television program|TV program|show|serial|web series)\b", re.I)
CHARACTER = re.compile(r"\b(?:character|protagonist|antagonist|villain|heroine|hero)\b", re.I)
SCREEN = re.compile(r"\b(?:film|films|movie|television|TV|series|sitcom|animated|cartoon|anime|soap opera|"
                    r"telenovela|show)\b", re.I)
# topics that are never a work of the set, whatever else the sentence says
NOT_WORK = re.compile(r"\b(?:novel|novella|video game|computer game|game|song|single|album|soundtrack|"
                      r"company|studio|network|channel|strand|franchise|media franchise|"
                      r"actor|actress|director|composer|producer|screenwriter|writer|filmmaker|"
                      r"singer|journalist|artist|politician|painting|drawing|play|opera|musical|"
                      r"epic|poem|book|comic|manga|device|devices|games|program)\b", re.I)
BORN = re.compile(r"\(\s*(?:born|;\s*born|b\.)|\b(?:born|\d{4}\s*[–-]\s*\d{1,2}\s+\w+\s+\d{4})\b", re.I)
BIRTH_SPAN = re.compile(r"\(\s*[^()]*\b\d{3,4}\s*[–-]\s*[^()]*\d{3,4}\s*\)")


def first_sentence(doc):
    """The first sentence, joined with the next when DocRED split a title
    ("They Shoot Horses , Do n't They ?") before the copula."""
    s = ' '.join(doc['sents'][0])
    if not COPULA.search(s) and len(doc['sents']) > 1:
        s += ' ' + ' '.join(doc['sents'][1])
    return s


def last_end(rx, text):
    """Where the last match of rx in text ends, or -1: the noun that comes
    last in a description is its head ("film director" is a director)."""
    ends = [m.end() for m in rx.finditer(text)]
    return ends[-1] if ends else -1


def head_noun_text(desc):
    """The description up to where it names the makers or the subject
    matter ("directed by", "about", "based on"), where the head noun ends."""
    m = re.search(r"\b(?:by|of|about|based on|which|that|who|starring|featuring|produced|directed|"
                  r"written|created|broadcast|aired)\b|,", desc)
    return desc[:m.start()] if m else desc


def classify(doc):
    """(kind, category, note) or None when the document is not kept."""
    s = first_sentence(doc)
    if BORN.search(s[:200]) or BIRTH_SPAN.search(s[:160]):
        return None                                     # a person
    m = COPULA.search(s)
    desc = m.group(1) if m else s
    head = head_noun_text(desc)
    if EPISODE.search(desc) and re.search(r"\bepisode\b", head, re.I):
        return ('Series', 'episode', 'episode lead')
    if CHARACTER.search(head) and SCREEN.search(desc) and not re.search(r"\b(?:game|games|novel|comic|epic)\b", desc, re.I):
        kind = 'Series' if re.search(r"\b(?:series|television|TV|sitcom|show|telenovela)\b", desc, re.I) else 'Film'
        return (kind, 'character', 'character lead')
    if re.search(r"^[^,]*\bfilm series\b|^[^,]*\bseries of\b[^,]*\bfilms\b", desc, re.I):
        return ('Film', 'film', 'film series')
    if last_end(NOT_WORK, head) >= max(last_end(FILM, head), last_end(SERIES, head)):
        return None                                     # "film director", "film production company"
    if re.search(r"\b(?:novel|video game|song|album|franchise)\b", head, re.I):
        return None
    if TVFILM.search(head):
        return ('Film', 'tvfilm', 'television film')

    if FILM.search(head):
        return ('Film', 'film', 'film lead')
    if SERIES.search(head):
        return ('Series', 'series', 'series lead')
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: select_train.py SPLIT.json > selection.tsv')
    with open(sys.argv[1], encoding='utf-8') as f:
        docs = json.load(f)
    print('# title\tkind\tcategory\tnote (select_train.py, by the first sentence)')
    for doc in docs:
        c = classify(doc)
        if c:
            print('\t'.join((doc['title'],) + c))


if __name__ == '__main__':
    main()
