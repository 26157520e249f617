/* scan.c: the physical floor for extraction throughput: reads a file in
   64 KiB blocks and counts bytes and words (runs of non-space), as
   `wc -cw` does, and nothing else. Usage: scan FILE */
#include <stdio.h>

int main(int argc, char **argv) {
  static unsigned char buf[1 << 16];
  if (argc != 2)
    return 2;
  FILE *f = fopen(argv[1], "rb");
  if (!f)
    return 1;
  unsigned long long bytes = 0, words = 0;
  int in_word = 0;
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    bytes += n;
    for (size_t i = 0; i < n; i++) {
      int space = buf[i] == ' ' || (buf[i] >= '\t' && buf[i] <= '\r');
      words += !space && !in_word;
      in_word = !space;
    }
  }
  int bad = ferror(f);
  fclose(f);
  printf("%llu %llu\n", bytes, words);
  return bad ? 1 : 0;
}
