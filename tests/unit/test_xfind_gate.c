/* test_xfind_gate.c: x_gate_cues (xfind.c) clears a cue's bit only when
   x_find would not find the cue in the range, and does clear it for cues
   whose rare pairs the sentence lacks (else the gate saves nothing). */
#include "harness.h"
#include "xctx.h"

#include <string.h>

int main(void) {
  char text[] = "Ann Lee stars as Mara in the sequel, opposite Bo Lind. "
                "The film was shot in two weeks in the north of the country.";
  skg_span sents[2] = {{.off = 0, .len = 54},
                       {.off = 55, .len = strlen(text) - 55}};
  skg_doc d;
  memset(&d, 0, sizeof d);
  d.text = text;
  d.len = strlen(text);
  d.sents = sents;
  d.nsents = 2;
  x_find_doc(&d);
  static const char *const CUES[] = {" stars ",    " opposite ", " quartz ",
                                     "Metacritic", "x",          ""};
  x_gate g;
  memset(&g, 0, sizeof g);
  for (size_t si = 0; si < 2; si++) {
    size_t a = sents[si].off, end = a + sents[si].len;
    for (size_t pass = 0; pass < 2; pass++) { /* first use, then read */
      uint64_t m = x_gate_cues(&g, CUES, 6, sizeof CUES[0], text, a, end);
      for (size_t i = 0; i < 6; i++)
        OK(x_gate_may(m, i) || x_find(text, a, end, CUES[i]) == end,
           "sentence %zu: cue %zu turned away but found", si, i);
      OK(!x_gate_may(m, 3), "sentence %zu: Metacritic's pairs are absent", si);
      OK(si == 1 || (x_gate_may(m, 0) && x_gate_may(m, 1)),
         "present cues pass the gate");
    }
  }
  OK(x_gate_may(0, X_GATE_MAX), "cues past the gate's width always pass");
  OK(x_gate_cues(&g, CUES, 6, sizeof CUES[0], text, 5, 5) == 0,
     "an empty range holds no cue");
  x_find_doc(NULL);
  return DONE();
}
