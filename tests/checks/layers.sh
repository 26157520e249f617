#!/bin/sh
# layers.sh: `make check-layers`: the modules of src/ form layers (the
# LAYERS table below, documented in HACKING.md "Layers") and no file
# includes, and no object file calls, anything of a higher layer; no two
# modules call each other in a circle. Includes are read from the
# #include "..." lines of src/*.c and src/*.h; calls from the symbols each
# object of $BUILDDIR defines and uses (nm), so a call through a
# declaration written by hand is caught too. A file no layer names fails:
# a new module is placed on purpose. The check also runs on a made-up
# upward call and circle, to show it can fail.
BUILDDIR=${BUILDDIR:-build}
export BUILDDIR
/usr/bin/python3 - <<'PY'
import glob, os, re, subprocess, sys

B = os.environ['BUILDDIR']
# Lowest first. A module is a file name without its extension; a pattern
# ends in '*' for a prefix; a name with its extension places that file
# alone (write.h: the writers' signature, above which write.c's table of
# writers sits).
LAYERS = [
    ('base', 'alloc buf status table intern norm lexicon lexicon_data tabular '
             'out child html_assets skg html/assets weblink quote strdist '
             'timings'),
    ('model', 'doc doc_clean split vocab value_types predicates graph graph_rec graph_docs '
              'graph_finish iri xmlw'),
    ('stream', 'read_bz2 instream'),
    ('readers', 'read_flat read_html read_jsonl read_mwxml read_mwxml_split read_text '
                'read_wiki* read page_filter'),
    ('inputs', 'read_input read_dir read_file.h'),
    ('context', 'xfind xname_words xname_kind xname xname_people xwords xctx xmatch '
                'xsections'),
    ('families', 'extract_* xrules xcast xcast_desc xcrew xlead xliterals xmakers xnews xsent'),
    ('driver', 'extract'),
    ('writers', 'write_* write.h'),
    ('output', 'write'),
    ('run', 'pipeline run'),
    ('cli', 'main'),
]
# Files that make one module between them (a private header): they may
# call each other; two different modules may not call each other both ways.
GROUPS = [
    'extract_cast extract_cast_list extract_cast_own extract_cast_plot '
    'extract_cast_prose extract_cast_pairs extract_cast_other extract_cast_flat extract_cast_cells extract_cast_title extract_cast_played',
    'extract_lead_makers extract_lead_groups extract_lead_companies extract_lead_networks '
    'extract_lead_items extract_lead_others extract_lead_active extract_lead_tail',
    'extract_crew extract_crew_employers extract_crew_part extract_crew_read',
    'extract_literals extract_literals_prose extract_work_relations '
    'extract_literals_genre extract_literals_count',
    'read_wiki read_wiki_scan read_wiki_templates read_wiki_values',
    'read_input read_dir',
    'read_mwxml read_mwxml_split',
    'write_dot_graph write_dot_legend',
    'write_turtle write_rdf_prov',
]

def layer_of(mod, file=None):
    for i, (_, pats) in enumerate(LAYERS):
        if file and file in pats.split():
            return i
    best = None
    for i, (_, pats) in enumerate(LAYERS):
        for p in pats.split():
            if p == mod:
                return i
            if p.endswith('*') and mod.startswith(p[:-1]) and best is None:
                best = i
    return best

def group_of(mod):
    for g in GROUPS:
        if mod in g.split():
            return g.split()[0]
    return mod

def name(i):
    return '%s (layer %d)' % (LAYERS[i][0], i)

def check_includes(includes):
    """includes: {file: [header, ...]}; returns problems."""
    bad = []
    for f, hs in sorted(includes.items()):
        lf = layer_of(os.path.splitext(f)[0], f)
        if lf is None:
            bad.append('src/%s is in no layer of tests/checks/layers.sh' % f)
            continue
        for h in hs:
            lh = layer_of(os.path.splitext(h)[0], h)
            if lh is None:
                bad.append('src/%s includes %s, which is in no layer' % (f, h))
            elif lh > lf:
                bad.append('src/%s of %s includes %s of %s' %
                           (f, name(lf), h, name(lh)))
    return bad

def check_calls(calls):
    """calls: {(caller, callee): [symbol, ...]} between modules."""
    bad = []
    for (a, b), syms in sorted(calls.items()):
        la, lb = layer_of(a), layer_of(b)
        if la is None or lb is None:
            bad.append('%s.o calls %s.o; one of them is in no layer' % (a, b))
        elif lb > la:
            bad.append('%s.o of %s calls %s of %s.o, %s' %
                       (a, name(la), ', '.join(sorted(syms)[:3]), b, name(lb)))
    graph = {}
    for a, b in calls:
        ga, gb = group_of(a), group_of(b)
        if ga != gb:
            graph.setdefault(ga, set()).add(gb)
    for c in circles(graph):
        bad.append('modules call each other in a circle: %s' % ' -> '.join(c))
    return bad

def circles(graph):
    """One circle per strongly connected component of two or more."""
    index, low, stack, on, out = {}, {}, [], set(), []
    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp) + [sorted(comp)[0]])
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out

def read_includes():
    inc = {}
    files = glob.glob('src/*.c') + glob.glob('src/*.h') + glob.glob('src/*/*.h')
    for p in files:
        f = os.path.relpath(p, 'src')
        hs = re.findall(r'^\s*#\s*include\s+"([^"]+)"', open(p).read(), re.M)
        inc[f] = [os.path.normpath(os.path.join(os.path.dirname(f), h))
                  if not os.path.exists('src/' + h) else h for h in hs]
    return inc

def read_calls():
    defs, uses = {}, {}
    for o in glob.glob(B + '/*.o'):
        mod = os.path.basename(o)[:-2]
        out = subprocess.run(['nm', o], capture_output=True, text=True).stdout
        for line in out.splitlines():
            w = line.split()
            if len(w) == 3 and w[1] in 'TDBRC':
                defs[w[2]] = mod
            elif len(w) == 2 and w[0] == 'U':
                uses.setdefault(mod, set()).add(w[1])
    calls = {}
    for mod, syms in uses.items():
        for s in syms:
            d = defs.get(s)
            if d and d != mod:
                calls.setdefault((mod, d), []).append(s)
    return calls, len(set(defs.values()))

ok = True
def report(what, bad):
    global ok
    if bad:
        ok = False
        print('not ok - %s' % what)
        for b in bad[:40]:
            print('#   ' + b)
    else:
        print('ok - %s' % what)

includes = read_includes()
report('%d files of src/ include nothing of a higher layer' % len(includes),
       check_includes(includes))
calls, nobj = read_calls()
if nobj < 10:
    print('not ok - no object files in %s: build first (make all)' % B)
    sys.exit(0)
report('%d objects call nothing of a higher layer, and no modules call '
       'each other in a circle' % nobj, check_calls(calls))
# The check itself: an upward include, an upward call and a circle.
up_inc = check_includes({'xctx.c': ['xrules.h']})
up_call = check_calls({('xctx', 'extract_cast'): ['x_rules_cast']})
circle = check_calls({('read_text', 'read_flat'): ['a'],
                      ('read_flat', 'read_text'): ['b']})
report('the check catches an upward include, an upward call and a circle',
       [] if up_inc and up_call and circle else
       ['missed: %s' % [x for x, b in (('include', up_inc), ('call', up_call),
                                       ('circle', circle)) if not b]])
PY
