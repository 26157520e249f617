/* extract_ties.c: rule family (being written). */
#include "xctx.h"

void x_rules_ties(x_ctx *x) { (void)x; }
