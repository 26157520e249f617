/* extract_refs.c: rule family (being written). */
#include "xctx.h"

void x_rules_refs(x_ctx *x) { (void)x; }
