/* write_dot.c: placeholder until the dot writer lands (fails loudly). */
#include "write.h"

skg_status skg_write_dot(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_dot is not implemented yet");
}

skg_status skg_write_svg(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_svg is not implemented yet");
}

skg_status skg_write_png(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_png is not implemented yet");
}
