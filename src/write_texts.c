/* write_texts.c: the extracted texts behind the RDF's offsets
   (write_texts.h). */
#include "write_texts.h"

#include "buf.h"
#include "out.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

skg_status skg_texts_prepare(const char *dir, skg_error *err) {
  struct stat st;
  if (mkdir(dir, 0777) != 0 && errno != EEXIST)
    return skg_err(err, SKG_ERR_WRITE, dir, 0, 0, SIZE_MAX,
                   "cannot make the folder for --texts: %s", strerror(errno));
  if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
    return skg_err(err, SKG_ERR_WRITE, dir, 0, 0, SIZE_MAX,
                   "--texts names a file, not a folder");
  return SKG_OK;
}

skg_status skg_texts_write(const char *dir, const skg_doc *d, skg_error *err) {
  skg_buf path = SKG_BUF_INIT;
  skg_buf_printf(&path, "%s/%s.txt", dir, d->sha256);
  skg_status st = SKG_OK;
  /* Same name, same digest: the same text (two inputs, or a rerun). */
  if (access(skg_buf_str(&path), F_OK) != 0) {
    skg_out *o = NULL;
    st = skg_out_open(skg_buf_str(&path), &o, err);
    if (st == SKG_OK) {
      fwrite(d->text, 1, d->len, skg_out_file(o));
      st = skg_out_commit(o, err);
    }
  }
  skg_buf_free(&path);
  return st;
}
