/* write_csv.c: placeholder until the csv writer lands (fails loudly). */
#include "write.h"

skg_status skg_write_csv_nodes(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_csv_nodes is not implemented yet");
}

skg_status skg_write_csv_edges(const skg_graph *g, FILE *out, const skg_write_opts *o,
                skg_error *err) {
  (void)g, (void)out, (void)o;
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "skg_write_csv_edges is not implemented yet");
}
