#!/bin/sh
# mwxml_pieces.sh: every well-formed page of a dump is read, wherever its
# end falls. Each page is parsed on its own (read_mwxml.c); libxml2's reader
# used to meet the end of such a piece in the same chunk as its </page> now
# and then and report "Extra content at the end of the document" for a
# good page (about one page in 800 of a real-mix dump). Pages of every
# length over two kilobytes put the end at every offset of a chunk.
. "$(dirname "$0")/../lib.sh"

awk 'BEGIN {
  print "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" xml:lang=\"en\">"
  print "  <siteinfo>\n    <sitename>test</sitename>\n  </siteinfo>"
  pad = ""
  for (i = 1; i <= 1100; i++) {
    pad = pad "x"
    printf "  <page>\n    <title>Vale %d</title>\n    <ns>0</ns>\n    <id>%d</id>\n", i, i
    printf "    <revision>\n      <id>%d</id>\n      <text xml:space=\"preserve\">", i
    printf "Vale %d is a hamlet. %s</text>\n    </revision>\n  </page>\n", i, pad
  }
  print "</mediawiki>"
}' >"$T/d.xml"

"$BIN" -q --stats --all-pages -o - -f facts "$T/d.xml" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 0 ] && ! grep -q 'error' "$T/err" &&
  grep -q '^screenkg: stats: documents 1100 extracted, 0 bad (skipped)' "$T/err" &&
  ok "1,100 pages of 1,100 lengths: all read, no error" ||
  nok "pages of some lengths lost (exit $rc)" "$T/err"

