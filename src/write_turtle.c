/* write_turtle.c: placeholder until the turtle writer lands (fails loudly). */
#include "write.h"

skg_status skg_write_turtle(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_turtle is not implemented yet");
}

skg_status skg_write_ntriples(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_ntriples is not implemented yet");
}
