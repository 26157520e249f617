/* extract_review.c: rule family (being written). */
#include "xctx.h"

void x_rules_reviews(x_ctx *x) { (void)x; }
