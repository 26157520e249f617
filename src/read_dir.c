/* read_dir.c: the inputs named on the command line: a file goes to
   read_input.c (skg_read_file), a folder is walked: its entries in byte
   order of their names, hidden ones left out, data and project files
   skipped with a note, each folder and file read once (by device and
   inode: a link loop would never end), special files (a FIFO, a device, a
   socket) skipped with a note. */
#include "read.h"
#include "read_file.h"

#include "alloc.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of dir that are not hidden, sorted by byte order; *n gets
   the count. NULL (with err filled) when dir cannot be read. */
static char **list_dir(const char *dir, size_t *n, skg_error *err) {
  DIR *dp = opendir(dir);
  *n = 0;
  if (!dp) {
    skg_err(err, SKG_ERR_IO, dir, 0, 0, SIZE_MAX, "cannot open: %s",
            strerror(errno));
    return NULL;
  }
  char **v = NULL;
  size_t cap = 0;
  struct dirent *e;
  while ((e = readdir(dp)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    v = skg_xgrow(v, &cap, *n + 1, sizeof *v);
    size_t len = strlen(dir) + strlen(e->d_name) + 2;
    v[*n] = skg_xmalloc(len);
    bool slash = dir[0] && dir[strlen(dir) - 1] == '/';
    snprintf(v[(*n)++], len, "%s%s%s", dir, slash ? "" : "/", e->d_name);
  }
  closedir(dp);
  if (*n)
    qsort(v, *n, sizeof *v, by_name);
  return v ? v : skg_xcalloc(1, sizeof *v);
}

static void free_list(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

static bool is_dir(const char *path) {
  struct stat sb;
  return strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* A file in a folder that is no article: data, code, notes, pictures
   ("facts.tsv", "README.md", "poster.jpg"), known from its extension
   (that of "x.tsv.gz" too) or from its name ("README", "LICENSE").
   Named on the command line, any file is read. */
static bool not_an_article(const char *path) {
  static const char *const EXT[] = {
      "tsv",  "csv",  "json", "md",   "markdown", "rst",  "yaml", "yml",
      "toml", "ini",  "cfg",  "conf", "log",      "sh",   "py",   "c",
      "h",    "js",   "css",  "png",  "jpg",      "jpeg", "gif",  "svg",
      "webp", "pdf",  "zip",  "tar",  "ttl",      "nt",   "rdf",  "graphml",
      "dot",  "sqlite", "db", "xlsx", "docx",     "odt",  "ods",  "lock"};
  static const char *const NAMES[] = {"readme", "license", "licence",
                                      "copying", "notice", "changelog",
                                      "makefile", "authors"};
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  for (size_t k = 0; k < 2; k++) /* "x.tsv.gz", "x.tsv.bz2" */
    if ((n > 3 && strcmp(base + n - 3, ".gz") == 0) ||
        (n > 4 && strcmp(base + n - 4, ".bz2") == 0))
      n -= base[n - 1] == '2' ? 4 : 3;
  size_t dot = n;
  while (dot > 0 && base[dot - 1] != '.')
    dot--;
  if (dot > 1) {
    for (size_t k = 0; k < SKG_ARRAY_LEN(EXT); k++)
      if (n - dot == strlen(EXT[k]) && strncasecmp(base + dot, EXT[k], n - dot) == 0)
        return true;
    n = dot - 1; /* "README.txt" is still a README */
  }
  for (size_t k = 0; k < SKG_ARRAY_LEN(NAMES); k++)
    if (n == strlen(NAMES[k]) && strncasecmp(base, NAMES[k], n) == 0)
      return true;
  return false;
}

static bool fatal(skg_status st) {
  return st == SKG_ERR_NOMEM || st == SKG_ERR_INTERNAL || st == SKG_ERR_WRITE;
}

/* The files and folders a walk has reached, by device and inode: a
   symbolic link back to a folder being read (`ln -s . self`, a link to
   "..") would make the walk endless, and two links to one file would read
   it twice. An open-addressing hash set. */
typedef struct {
  struct {
    dev_t dev;
    ino_t ino;
    bool used;
  } *slot;
  size_t n, cap;
} seen_set;

/* Adds (dev, ino); false when it was there already. */
static bool seen_add(seen_set *s, dev_t dev, ino_t ino) {
  if (2 * (s->n + 1) > s->cap) {
    seen_set g = {NULL, 0, s->cap ? 2 * s->cap : 64};
    g.slot = skg_xcalloc(g.cap, sizeof *g.slot);
    for (size_t i = 0; i < s->cap; i++)
      if (s->slot[i].used)
        seen_add(&g, s->slot[i].dev, s->slot[i].ino);
    free(s->slot);
    *s = g;
  }
  size_t h = ((size_t)ino * 0x9E3779B97F4A7C15u ^ (size_t)dev) & (s->cap - 1);
  for (; s->slot[h].used; h = (h + 1) & (s->cap - 1))
    if (s->slot[h].dev == dev && s->slot[h].ino == ino)
      return false;
  s->slot[h].dev = dev;
  s->slot[h].ino = ino;
  s->slot[h].used = true;
  s->n++;
  return true;
}

static void note_skip(const char *path, const char *why) {
  if (!skg_read_quiet())
    fprintf(stderr, "screenkg: note: %s skipped: %s\n", path, why);
}

/* What a folder entry is, when it is not read: a special file (a FIFO
   without a writer would block for ever, /dev/zero never end), or one
   already reached through a link. NULL when it is to be read. */
static const char *not_read(const struct stat *sb, seen_set *seen) {
  if (S_ISFIFO(sb->st_mode))
    return "a FIFO (named pipe), not a file; name it on the command line "
           "to read it";
  if (S_ISCHR(sb->st_mode) || S_ISBLK(sb->st_mode))
    return "a device, not a file";
  if (S_ISSOCK(sb->st_mode))
    return "a socket, not a file";
  if (!S_ISDIR(sb->st_mode) && !S_ISREG(sb->st_mode))
    return "not a regular file";
  if (!seen_add(seen, sb->st_dev, sb->st_ino))
    return S_ISDIR(sb->st_mode)
               ? "a folder already read (a link loop, or a second link to it)"
               : "a file already read (through another link)";
  return NULL;
}

typedef struct {
  skg_in_format f;
  const skg_sink *sink;
  skg_shard *sh;
  size_t nfiles; /* files tried */
  seen_set seen;
} walk;

static skg_status read_dir(walk *w, const char *dir, skg_error *err);

/* One entry of a folder; a failure is reported through the sink unless
   fatal. */
static skg_status read_entry(walk *w, const char *path, skg_error *e) {
  struct stat sb;
  if (stat(path, &sb) == 0) { /* else: a dangling link, reported below */
    const char *why = not_read(&sb, &w->seen);
    if (why) {
      note_skip(path, why);
      return SKG_OK;
    }
    if (S_ISDIR(sb.st_mode))
      return read_dir(w, path, e);
  }
  if (not_an_article(path)) {
    note_skip(path, "a data or project file, not an article (name it on "
                    "the command line to read it)");
    return SKG_OK;
  }
  w->nfiles++;
  return skg_read_file(path, w->f, w->sink, w->sh, e);
}

/* Reads every file under dir; a failing file is reported through
   sink->skipped and the next one read. */
static skg_status read_dir(walk *w, const char *dir, skg_error *err) {
  size_t n;
  char **v = list_dir(dir, &n, err);
  if (!v)
    return err->st;
  skg_status worst = SKG_OK;
  for (size_t i = 0; i < n; i++) {
    skg_error e = {0};
    skg_status st = read_entry(w, v[i], &e);
    if (fatal(st)) {
      *err = e;
      worst = st;
      break;
    }
    if (st != SKG_OK && e.st != SKG_OK)
      w->sink->skipped(w->sink->ctx, &e);
    if (st != SKG_OK && worst == SKG_OK)
      worst = st;
  }
  free_list(v, n);
  return worst;
}

skg_status skg_read_shard(const char *path, skg_in_format format,
                          skg_shard *sh, const skg_sink *sink, skg_error *err) {
  if (!is_dir(path))
    return skg_read_file(path, format, sink, sh, err);
  walk w = {format, sink, sh, 0, {NULL, 0, 0}};
  struct stat sb;
  if (stat(path, &sb) == 0)
    seen_add(&w.seen, sb.st_dev, sb.st_ino);
  skg_status st = read_dir(&w, path, err);
  free(w.seen.slot);
  size_t nfiles = w.nfiles;
  if (st == SKG_OK && nfiles == 0)
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX,
                   "is a directory without input files");
  return st; /* err->st stays SKG_OK when each failure was reported */
}

skg_status skg_read_input(const char *path, skg_in_format format,
                          const skg_sink *sink, skg_error *err) {
  return skg_read_shard(path, format, NULL, sink, err);
}

/* The size of the files under path, each file and folder counted once
   (a link loop would never end). */
static uint64_t size_under(const char *path, seen_set *seen) {
  struct stat sb;
  if (stat(path, &sb) != 0 || !seen_add(seen, sb.st_dev, sb.st_ino))
    return 0;
  if (!S_ISDIR(sb.st_mode))
    return S_ISREG(sb.st_mode) ? (uint64_t)sb.st_size : 0;
  skg_error e;
  size_t n;
  char **v = list_dir(path, &n, &e);
  uint64_t sum = 0;
  if (!v)
    return 0;
  for (size_t i = 0; i < n; i++)
    sum += size_under(v[i], seen);
  free_list(v, n);
  return sum;
}

uint64_t skg_input_size(const char *path) {
  if (strcmp(path, "-") == 0)
    return 0;
  seen_set seen = {NULL, 0, 0};
  uint64_t sum = size_under(path, &seen);
  free(seen.slot);
  return sum;
}
