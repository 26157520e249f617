#!/usr/bin/env python3
"""Propose film/TV candidates of a Re-DocRED split by first-sentence keywords.
usage: propose.py SPLIT.json  -> prints title<TAB>first sentence for keyword hits
(the list is then checked by hand)."""
import json, re, sys
KW = re.compile(r'\b(film|films|movie|television|TV|series|serial|episode|sitcom|telenovela|soap opera|'
                r'miniseries|mini-series|programme|program|show|anime|cartoon|character|documentary|drama)\b', re.I)
for x in json.load(open(sys.argv[1])):
    s = ' '.join(x['sents'][0])
    if KW.search(s):
        print(x['title'] + '\t' + s[:300])
