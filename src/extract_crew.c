/* extract_crew.c: rule family (being written). */
#include "xctx.h"

void x_rules_crew(x_ctx *x) { (void)x; }
