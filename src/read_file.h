/* read_file.h: one input file, for the folder walk (read_dir.c): opened,
   decompressed, its format recognised and its documents read
   (read_input.c). */
#ifndef SKG_READ_FILE_H
#define SKG_READ_FILE_H

#include "read.h"

/* Reads path ("-": standard input) as read.h's skg_read_shard does for a
   file; sh may be NULL (every document). */
skg_status skg_read_file(const char *path, skg_in_format f,
                         const skg_sink *sink, skg_shard *sh, skg_error *err);

#endif
