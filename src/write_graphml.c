/* write_graphml.c: placeholder until the graphml writer lands (fails loudly). */
#include "write.h"

skg_status skg_write_graphml(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_graphml is not implemented yet");
}
