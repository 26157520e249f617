/* test_dot.c: the diagram writers on the shared fixture. DOT is compared
   with tests/golden/fixture.<case>.dot (run from the repository root;
   SKG_UPDATE_GOLDEN=1 rewrites them instead), and checked for what each
   view must and must not draw; SVG and PNG are checked by their shape.
   `test_dot --emit DIR` only writes DIR/fixture.<view>.svg and .png for
   tests/checks/dot.sh. */
#include "fixture.h"
#include "harness.h"
#include "write.h"

#include <stdlib.h>

/* Under LeakSanitizer (tests/run.sh): Graphviz 2.43's dot layout leaks its
   virtual nodes and edges, and fontconfig, pango and cairo keep caches for
   the process. Only leaks allocated inside those are ignored, so a graph
   the writer forgot to close is still reported. They are built without
   frame pointers, so the slow unwinder is needed to see the whole stack. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:libgvplugin_dot_layout\n"
         "leak:libgvplugin_neato_layout\n"
         "leak:libgvplugin_pango\n"
         "leak:libfontconfig\n"
         "leak:libpango\n"
         "leak:libcairo\n";
}
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) { return "print_suppressions=0"; }
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "fast_unwind_on_malloc=0"; }

typedef struct {
  skg_status st;
  skg_error err;
  char *text;
  size_t len;
} result;

static result run(skg_write_fn fn, const skg_graph *g,
                  const skg_write_opts *o) {
  result r = {SKG_OK, {0}, NULL, 0};
  FILE *f = open_memstream(&r.text, &r.len);
  r.st = fn(g, f, o, &r.err);
  fclose(f);
  return r;
}

static skg_write_opts opts(const char *view, const char *focus, int depth) {
  skg_write_opts o = {0};
  o.name = "fixture";
  o.view = view;
  o.focus = focus;
  o.depth = depth;
  return o;
}

static bool has(const result *r, const char *s) {
  return r->text && strstr(r->text, s) != NULL;
}

#define HAS(r, s) OK(has(r, s), "output lacks %s", s)
#define LACKS(r, s) OK(!has(r, s), "output has %s", s)

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *buf = NULL;
  FILE *m = open_memstream(&buf, len);
  int c;
  while ((c = fgetc(f)) != EOF)
    fputc(c, m);
  fclose(m);
  fclose(f);
  return buf;
}

static void first_difference(const char *got, const char *want) {
  unsigned line = 1;
  for (; *got && *got == *want; got++, want++)
    line += *got == '\n';
  printf("  first difference on line %u\n", line);
}

static void golden(const result *r, const char *path) {
  const char *update = getenv("SKG_UPDATE_GOLDEN");
  if (update && strcmp(update, "1") == 0) {
    FILE *f = fopen(path, "wb");
    OK(f && fwrite(r->text, 1, r->len, f) == r->len && fclose(f) == 0,
       "cannot write %s", path);
    return;
  }
  size_t len = 0;
  char *want = slurp(path, &len);
  OK(want, "cannot read %s (run from the repository root)", path);
  bool same = want && len == r->len && memcmp(want, r->text, len) == 0;
  OK(same, "%s differs (SKG_UPDATE_GOLDEN=1 rewrites it)", path);
  if (want && !same)
    first_difference(r->text, want);
  free(want);
}

/* Each DOT case against its golden file, and rendered twice the same. */
static void test_golden(const skg_graph *g) {
  static const struct {
    const char *view, *focus;
    int depth;
    const char *path;
  } cases[] = {
      {"cast", NULL, 0, "tests/golden/fixture.cast.dot"},
      {"crew", NULL, 0, "tests/golden/fixture.crew.dot"},
      {"critics", NULL, 0, "tests/golden/fixture.critics.dot"},
      {"all", NULL, 0, "tests/golden/fixture.all.dot"},
      {"cast", "vera quill", 1, "tests/golden/fixture.focus.dot"},
      {"costars", NULL, 0, "tests/golden/fixture.costars.dot"},
  };
  for (size_t i = 0; i < SKG_ARRAY_LEN(cases); i++) {
    skg_write_opts o = opts(cases[i].view, cases[i].focus, cases[i].depth);
    result a = run(skg_write_dot, g, &o), b = run(skg_write_dot, g, &o);
    OK(a.st == SKG_OK, "%s: %s", cases[i].path, a.err.msg);
    OK(a.len == b.len && memcmp(a.text, b.text, a.len) == 0,
       "%s: two runs differ", cases[i].path);
    golden(&a, cases[i].path);
    free(a.text);
    free(b.text);
  }
}

/* What each case must and must not write, whatever the golden files say. */
static const struct {
  skg_write_fn fn; /* NULL: skg_write_dot */
  const char *view, *focus, *layout, *base;
  int depth;
  const char *has[14], *lacks[6];
} EXPECT[] = {
    {.view = "cast",
     .has = {"layout=dot", "rankdir=LR", "legend\t[",
             "subgraph \"cluster_work/the-night-ledger\"",
             "\"person/elise-marchand\" -> \"character/vera-quill\"",
             "\"person/jane-roe\" -> \"character/tom-tommy-hale\"",
             /* Jane Roe's film has no character: her cast edge stays */
             "\"person/jane-roe\" -> \"work/harbor-lights-shadows\"",
             "label=\"friend of\"", "label=\"Tom \\\"Tommy\\\" Hale\"",
             "URL=\"https://w3id.org/screenkg/id/character/vera-quill\"",
             "tooltip=\"Vera Quill (Character)\""},
     /* Élise sits in the series' cluster: no edge says it again */
     .lacks = {"\"person/elise-marchand\" -> \"work/the-night-ledger\"\t[",
               "cast member", "person/sam-critic", "\"org/", "pos="}},
    {.view = "cast", /* one legend: node and edge styles, box included */
     .has = {">Actor</TD>", ">Character</TD>", ">Fictional group</TD>",
             ">a work with its characters and cast</TD>",
             ">plays (actor to character)</TD>",
             ">tie between characters (labelled)</TD>", "shape=plain",
             "<TABLE BORDER=\"1\""},
     .lacks = {"cluster_legend", ">Critic</TD>", "reviewed"}},
    {.view = "all",
     .layout = "neato", /* no clusters: no box row */
     .has = {">reviewed (labelled with the rating)</TD>",
             ">crew or company role (labelled)</TD>", ">Critic</TD>"},
     .lacks = {"a work with its characters"}},
    {.view = "crew",
     .has = {"label=director", "label=\"production company\"",
             "label=\"original network\""},
     .lacks = {"character/", "person/sam-critic"}},
    {.view = "critics",
     .has = {"\"person/sam-critic\" -> \"work/the-night-ledger\"",
             "label=\"3/5\"",
             "\"person/sam-critic\" -> \"org/the-daily-reel\""},
     .lacks = {"character/", "person/ada-obrien"}},
    {.view = "all",
     .has = {"label=\"Harbor Lights & <Shadows>\"", "label=\"3/5\"",
             "label=director", "label=\"friend of\""},
     .lacks = {"pos="}},
    {.view = "cast",
     .focus = "VERA QUILL",
     .depth = 1,
     .has = {"around Vera Quill, 1 step\"", "penwidth=3",
             "\"character/tom-tommy-hale\"", "\"group/the-order\"",
             "\"person/elise-marchand\""},
     .lacks = {"person/jane-roe"}}, /* two steps away */
    {.view = "cast",
     .focus = "Tommy Hale", /* another label of Tom "Tommy" Hale */
     .depth = 1,
     .has = {"around Tom \\\"Tommy\\\" Hale, 1 step", "\"person/jane-roe\""},
     .lacks = {"person/elise-marchand"}},
    {.view = "cast",
     .focus = "elise marchand", /* no accent; the default depth, 2 */
     .has = {"around Élise Marchand, 2 steps",
             "\"person/jane-roe\""},           /* by her series */
     .lacks = {"work/harbor-lights-shadows"}}, /* three steps away */
    {.view = "all",
     .layout = "sfdp",
     .base = "http://example.org/kg/",
     .has = {"layout=sfdp", "overlap=prism", "splines=false",
             "outputorder=edgesfirst",
             "URL=\"http://example.org/kg/person/jane-roe\"",
             /* sfdp ignores clusters: membership is a dashed edge */
             "\"character/vera-quill\" -> \"work/the-night-ledger\"",
             "style=dashed"},
     .lacks = {"cluster_work/"}},
    {.view = "costars", /* the one pair of the fixture: one shared work */
     .has = {"layout=neato", "label=\"fixture: Co-star network\"",
             "\"person/jane-roe\" -> \"person/elise-marchand\"", "penwidth=1",
             "dir=none", "fillcolor=\"#8dd3c7\"", "label=\"Jane Roe\"",
             "legend", "1 shared work<"},
     .lacks = {"character/", "\"work/", "\"org/", "2 shared works"}},
    {.fn = skg_write_svg,
     .view = "all",
     .has = {"<svg", "<title>character/vera&#45;quill</title>",
             "xlink:href=\"https://w3id.org/screenkg/id/character/"
             "vera-quill\"",
             "xlink:title=\"Vera Quill (Character)\"",
             ">Harbor Lights &amp; &lt;Shadows&gt;</text>", ">Legend</text>",
             ">3/5</text>"}},
};

static void test_views(const skg_graph *g) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(EXPECT); i++) {
    skg_write_opts o = opts(EXPECT[i].view, EXPECT[i].focus, EXPECT[i].depth);
    o.layout = EXPECT[i].layout;
    o.base = EXPECT[i].base;
    result r = run(EXPECT[i].fn ? EXPECT[i].fn : skg_write_dot, g, &o);
    OK(r.st == SKG_OK, "case %zu: %s", i, r.err.msg);
    for (size_t j = 0; j < 14 && EXPECT[i].has[j]; j++)
      OK(has(&r, EXPECT[i].has[j]), "case %zu lacks %s", i, EXPECT[i].has[j]);
    for (size_t j = 0; j < 6 && EXPECT[i].lacks[j]; j++)
      OK(!has(&r, EXPECT[i].lacks[j]), "case %zu has %s", i,
         EXPECT[i].lacks[j]);
    free(r.text);
  }
}

/* NULL options draw the cast view; "all" draws every entity. */
static void test_defaults_and_all(const skg_graph *g) {
  result r = run(skg_write_dot, g, NULL);
  OK(r.st == SKG_OK, "%s", r.err.msg);
  HAS(&r, "digraph screenkg {");
  HAS(&r, "label=\"Cast network\"");
  LACKS(&r, "person/sam-critic");
  free(r.text);
  skg_write_opts o = opts("all", NULL, 0);
  r = run(skg_write_dot, g, &o);
  for (skg_eid e = 0; e < skg_graph_n_entities(g); e++) {
    char name[128];
    snprintf(name, sizeof name, "\"%s\"",
             skg_sym_str(g, skg_graph_entity_at(g, e)->slug));
    HAS(&r, name);
  }
  free(r.text);
}

static void test_errors(const skg_graph *g) {
  static const struct {
    const char *view, *focus, *layout, *msg;
  } cases[] = {
      {"bogus", NULL, NULL, "unknown diagram view"},
      {"cast", "Nobody Here", NULL,
       "no entity labelled 'Nobody Here' to "
       "focus on"},
      /* a typo gets the closest drawn label */
      {"cast", "Vera Quil", NULL, "; did you mean 'Vera Quill'?"},
      {"cast", "elise marchnd", NULL, "did you mean 'Élise Marchand'?"},
      {"cast", "Sam Critic", NULL, "is not in the cast view"},
      {"cast", NULL, "spring", "unknown layout engine"},
  };
  for (size_t i = 0; i < SKG_ARRAY_LEN(cases); i++) {
    skg_write_opts o = opts(cases[i].view, cases[i].focus, 0);
    o.layout = cases[i].layout;
    result r = run(skg_write_dot, g, &o);
    OK(r.st == SKG_ERR_USAGE, "case %zu: status %d", i, (int)r.st);
    OK(strstr(r.err.msg, cases[i].msg), "case %zu: message \"%s\"", i,
       r.err.msg);
    free(r.text);
  }
  skg_write_opts o = opts("cast", "Nobody Here", 0);
  result r = run(skg_write_dot, g, &o);
  LACKS(&r, "did you mean"); /* too far from every label */
  OK(!strstr(r.err.msg, "did you mean"), "suggests for Nobody Here: %s",
     r.err.msg);
  free(r.text);
  fx_full_disk(g, skg_write_dot, NULL, "write error", "dot");
  /* gvRender to a full disk used to exit() the process from inside
     Graphviz: the test run would stop here. */
  fx_full_disk(g, skg_write_svg, NULL, "write error", "svg");
  fx_full_disk(g, skg_write_png, NULL, "write error", "png");
}

/* Two casts of twenty, "A0".."A19" in "Show A" and "B0".."B19" in "Show B", and
   "Bridge" in both; A0 and A1 also share "Film C" (two shared works).
   docs documents. */
static skg_graph *two_casts(int docs) {
  skg_graph *g = skg_graph_new();
  for (int i = 0; i < docs; i++)
    skg_graph_add_doc(g, i ? "b.txt" : "a.txt", "00", 1);
  skg_eid w[3] = {FX_ENT(g, SKG_ENT_SERIES, "Show A"),
                  FX_ENT(g, SKG_ENT_SERIES, "Show B"),
                  FX_ENT(g, SKG_ENT_FILM, "Film C")};
  char name[32];
  for (int c = 0; c < 2; c++)
    for (int i = 0; i < 20; i++) {
      snprintf(name, sizeof name, "%c%d", 'A' + c, i);
      skg_eid a = FX_ENT(g, SKG_ENT_ACTOR, name);
      skg_graph_add_performance(g, a, SKG_NONE, w[c], NULL);
      if (c == 0 && i < 2)
        skg_graph_add_performance(g, a, SKG_NONE, w[2], NULL);
    }
  skg_eid bridge = FX_ENT(g, SKG_ENT_ACTOR, "Bridge");
  skg_graph_add_performance(g, bridge, SKG_NONE, w[0], NULL);
  skg_graph_add_performance(g, bridge, SKG_NONE, w[1], NULL);
  skg_graph_finish(g);
  return g;
}

/* The fill colour of node name in DOT text, or "". */
static void fill_of(const result *r, const char *name, char *out, size_t n) {
  char key[64];
  snprintf(key, sizeof key, "\n\t\"%s\"\t[", name);
  const char *p = r->text ? strstr(r->text, key) : NULL;
  const char *f = p ? strstr(p, "fillcolor=\"") : NULL;
  out[0] = '\0';
  if (f)
    snprintf(out, n, "%.7s", f + 11);
}

/* The costars view: the default for several documents with several casts,
   edges between actors only with widths 2w - 1, two communities for two
   casts, the bridge labelled, the same bytes twice. */
static void test_costars(void) {
  skg_graph *one = two_casts(1), *g = two_casts(2);
  result r = run(skg_write_dot, one, NULL);
  HAS(&r, "Cast network"); /* one document: the cast view */
  free(r.text);
  r = run(skg_write_dot, g, NULL);
  result again = run(skg_write_dot, g, NULL);
  OK(r.len == again.len && memcmp(r.text, again.text, r.len) == 0,
     "costars: two runs differ");
  HAS(&r, "Co-star network");
  HAS(&r,
      "\"person/a0\" -> "
      "\"person/a1\"\t[color=\"#547e7780\",\n\t\tdir=none,\n\t\tpenwidth=3");
  HAS(&r,
      "\"person/a0\" -> "
      "\"person/a2\"\t[color=\"#547e7780\",\n\t\tdir=none,\n\t\tpenwidth=1");
  LACKS(&r, "work/");
  LACKS(&r, "\"person/a0\" -> \"person/b0\""); /* no shared work */
  HAS(&r, "label=Bridge");                     /* in two casts */
  HAS(&r, "2 shared works<");
  char a[16], b[16], a4[16], b4[16];
  fill_of(&r, "person/a0", a, sizeof a);
  fill_of(&r, "person/a19", a4, sizeof a4);
  fill_of(&r, "person/b0", b, sizeof b);
  fill_of(&r, "person/b19", b4, sizeof b4);
  OK(a[0] && strcmp(a, a4) == 0, "one cast, one colour: %s %s", a, a4);
  OK(b[0] && strcmp(b, b4) == 0, "one cast, one colour: %s %s", b, b4);
  OK(strcmp(a, b) != 0, "two casts, two colours: %s %s", a, b);
  free(again.text);
  free(r.text);
  skg_write_opts o = opts("costars", NULL, 0);
  r = run(skg_write_dot, g, &o);
  /* 41 actors: the 30 of highest degree (Bridge, A0, A1, then entity
     order) and the first three of each cast (with Bridge) are labelled,
     not B19 */
  HAS(&r, "label=A19");
  HAS(&r, "label=B1");
  LACKS(&r, "label=B19");
  free(r.text);
  o.all_labels = true;
  r = run(skg_write_dot, g, &o);
  HAS(&r, "label=B19");
  LACKS(&r, "label=\"\"");
  free(r.text);
  o = opts("costars", "A0", 1); /* the focus follows co-stars */
  r = run(skg_write_dot, g, &o);
  HAS(&r, "\"person/bridge\"");
  LACKS(&r, "\"person/b0\"");
  free(r.text);
  skg_graph_free(g);
  skg_graph_free(one);
}

/* A view with nothing to draw still writes a diagram, whose title says
   why, and skg_diagram_empty gives main.c the same reason. */
static void test_nothing_to_draw(const skg_graph *fixture) {
  skg_graph *g = skg_graph_new();
  skg_graph_add_fact(g, FX_ENT(g, SKG_ENT_FILM, "Lone Film"), SKG_PRED_DIRECTOR,
                     FX_ENT(g, SKG_ENT_PERSON, "Di Rector"), NULL);
  skg_graph_finish(g);
  skg_write_opts o = opts("critics", NULL, 0);
  result r = run(skg_write_dot, g, &o);
  OK(r.st == SKG_OK, "%s", r.err.msg);
  HAS(&r, "label=\"fixture: Critics and reviews\\nnothing to draw: no review "
          "was found\"");
  LACKS(&r, "legend");
  free(r.text);
  char why[256] = "";
  OK(skg_diagram_empty(g, &o, why, sizeof why), "critics view not empty");
  STR_EQ(why, "the critics view has nothing to draw: no review was found");
  o = opts("costars", NULL, 0);
  OK(skg_diagram_empty(g, &o, why, sizeof why), "costars view not empty");
  STR_EQ(why, "the costars view has nothing to draw: no two actors share a "
              "work");
  o = opts("crew", NULL, 0);
  OK(!skg_diagram_empty(g, &o, why, sizeof why), "crew view empty");
  o = opts("critics", NULL, 0);
  OK(!skg_diagram_empty(fixture, &o, why, sizeof why), "fixture critics empty");
  skg_graph_free(g);
}

/* A work, n actors playing one character each, and extra actors without a
   character: 1 + 2n + extra nodes. */
static skg_graph *cast_graph(int n, int extra) {
  skg_graph *g = skg_graph_new();
  skg_eid w = FX_ENT(g, SKG_ENT_SERIES, "Long Show");
  char a[32], c[32];
  for (int i = 0; i < n + extra; i++) {
    snprintf(a, sizeof a, "Actor %d", i);
    snprintf(c, sizeof c, "Role %d", i);
    skg_graph_add_performance(
        g, FX_ENT(g, SKG_ENT_ACTOR, a),
        i < n ? FX_ENT(g, SKG_ENT_CHARACTER, c) : SKG_NONE, w, NULL);
  }
  skg_graph_finish(g);
  return g;
}

static void test_auto_engine(void) {
  for (int extra = 1; extra <= 2; extra++) { /* 150 nodes, then 151 */
    skg_graph *g = cast_graph(74, extra);
    result r = run(skg_write_dot, g, NULL);
    HAS(&r, extra == 1 ? "layout=dot" : "layout=sfdp");
    free(r.text);
    skg_graph_free(g);
  }
}

static void test_escapes(void) {
  skg_graph *g = skg_graph_new();
  skg_graph_add_performance(g, FX_ENT(g, SKG_ENT_ACTOR, "Back\\Slash"),
                            FX_ENT(g, SKG_ENT_CHARACTER, "\\N"), SKG_NONE,
                            NULL);
  skg_graph_finish(g);
  result r = run(skg_write_dot, g, NULL);
  /* doubled for Graphviz, then quoted by cgraph: \\ is written \\ */
  HAS(&r, "label=\"Back\\\\Slash\"");
  HAS(&r, "label=\"\\\\N\"");
  free(r.text);
  skg_graph_free(g);
}

static void test_png(const skg_graph *g) {
  skg_write_opts o = opts("all", NULL, 0);
  result r = run(skg_write_png, g, &o);
  OK(r.st == SKG_OK, "png: %s", r.err.msg);
  OK(r.len > 24 && memcmp(r.text, "\x89PNG\r\n\x1a\n", 8) == 0 &&
         memcmp(r.text + 12, "IHDR", 4) == 0,
     "not a PNG");
  if (r.len > 24) {
    const unsigned char *p = (const unsigned char *)r.text + 16;
    unsigned long w = (unsigned long)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
    OK(w >= 400 && w <= 5760, "PNG width %lu", w);
  }
  free(r.text);
}

/* Writes the cast and all views as SVG and PNG into dir. */
static int emit(const skg_graph *g, const char *dir) {
  static const char *const views[] = {"cast", "all"};
  static const struct {
    skg_write_fn fn;
    const char *ext;
  } formats[] = {{skg_write_svg, "svg"}, {skg_write_png, "png"}};
  int rc = 0;
  for (size_t v = 0; v < SKG_ARRAY_LEN(views); v++)
    for (size_t f = 0; f < SKG_ARRAY_LEN(formats); f++) {
      char path[4096];
      snprintf(path, sizeof path, "%s/fixture.%s.%s", dir, views[v],
               formats[f].ext);
      skg_write_opts o = opts(views[v], NULL, 0);
      skg_error err = {0};
      FILE *out = fopen(path, "wb");
      if (!out || formats[f].fn(g, out, &o, &err) != SKG_OK) {
        printf("cannot write %s: %s\n", path, err.msg);
        rc = 1;
      }
      if (out && fclose(out) != 0)
        rc = 1;
    }
  return rc;
}

int main(int argc, char **argv) {
  skg_graph *g = fixture_graph();
  if (argc == 3 && strcmp(argv[1], "--emit") == 0) {
    int rc = emit(g, argv[2]);
    skg_graph_free(g);
    return rc;
  }
  test_golden(g);
  test_views(g);
  test_defaults_and_all(g);
  test_errors(g);
  test_auto_engine();
  test_costars();
  test_nothing_to_draw(g);
  test_escapes();
  test_png(g);
  skg_graph_free(g);
  return DONE();
}
