#!/bin/sh
# store_virtuoso.sh: the export of examples/the-defenders.txt in Debian's
# Virtuoso (virtuoso-opensource), started here on loopback ports with a
# database in a temporary folder and stopped at the end: bulk-loaded with
# ld_dir/rdf_loader_run (the folder in DirsAllowed) and checkpointed, the
# ontology in a graph of its own made an RDFS rule set; every query of
# tests/queries must give Oxigraph's answer (tests/rdf/virtuoso.js); the
# rule set must answer what only the ontology's hierarchy says; then the
# server is restarted and must hold and answer the same.
# docs/triple-store.md gives the same steps. Prints "ok - ..." lines.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
if ! have virtuoso-t || ! have isql-vt || ! have curl; then
  skip "Virtuoso: virtuoso-opensource or curl not installed"; exit 0
fi
if [ ! -d node_modules/oxigraph ] || ! have node; then
  skip "Virtuoso: node_modules missing (run scripts/setup.sh)"; exit 0
fi
if [ ! -x "$BIN" ]; then skip "Virtuoso: $BIN not built"; exit 0; fi

# Two free loopback ports (SQL, HTTP).
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sql=$(port) http=$(port)
db=$T/vt
mkdir -p "$db"
cat >"$db/virtuoso.ini" <<INI
[Database]
DatabaseFile = $db/db.db
ErrorLogFile = $db/db.log
LockFile = $db/db.lck
TransactionFile = $db/db.trx
xa_persistent_file = $db/db.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $db/temp.db
TransactionFile = $db/temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = $db
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 1
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = /usr/share/virtuoso-opensource-7/vsp
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 100000
INI
pid=
isql() { isql-vt "127.0.0.1:$sql" dba dba exec="$1" 2>&1; }
start() {
  virtuoso-t +foreground +configfile "$db/virtuoso.ini" >"$db/stdout" 2>&1 &
  pid=$!
  i=0
  while [ $i -lt 60 ]; do
    isql "select 1;" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 1; i=$((i + 1))
  done
  return 1
}
stop() {
  [ -n "$pid" ] || return 0
  isql "shutdown;" >/dev/null 2>&1
  i=0
  while kill -0 "$pid" 2>/dev/null && [ $i -lt 30 ]; do sleep 1; i=$((i + 1)); done
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  pid=
}
trap 'stop; rm -rf "$T"' EXIT

"$BIN" -q -o "$db" -n export -f turtle,ntriples examples/the-defenders.txt ||
  { nok "export"; exit 0; }
cp ontology/screenkg.ttl "$db/ontology.ttl"
want=$(wc -l <"$db/export.nt" | tr -d ' ')
if ! start; then nok "Virtuoso starts" "$db/db.log"; exit 0; fi
ok "Virtuoso starts on 127.0.0.1:$sql (HTTP $http)"

isql "ld_dir('$db', 'export.nt', 'urn:screenkg:export');
      ld_dir('$db', 'ontology.ttl', 'urn:screenkg:ontology');
      rdf_loader_run(); checkpoint;
      rdfs_rule_set('skg', 'urn:screenkg:ontology');" >"$T/load.log"
endpoint="http://127.0.0.1:$http/sparql"
count() {
  curl -sS -G "$endpoint" -H 'Accept: text/csv' --data-urlencode \
    'query=SELECT (COUNT(*) AS ?n) FROM <urn:screenkg:export> WHERE { ?s ?p ?o }' | tail -1
}
got=$(count)
if [ "$got" = "$want" ]; then ok "bulk load: $got triples, as many as the N-Triples lines"
else nok "bulk load: ${got:-nothing}, want $want triples" "$T/load.log"; fi

# same_answers LABEL: every test query, Virtuoso against Oxigraph.
same_answers() {
  if node tests/rdf/virtuoso.js "$endpoint" - "$db/export.ttl" ontology/screenkg.ttl \
      tests/queries >"$T/q.log" 2>&1; then
    ok "$1: $(tail -1 "$T/q.log" | sed 's/, 0 failed//') queries answer as in Oxigraph"
  else
    nok "$1: answers differ from Oxigraph" "$T/q.log"
  fi
}
same_answers "Virtuoso"

# The rule set: Charlie Cox is a skg:Actor; only the ontology says that an
# actor is a skg:Person.
ask() {
  curl -sS -G "$endpoint" -H 'Accept: text/csv' --data-urlencode "query=$1
ASK { <https://w3id.org/screenkg/id/person/charlie-cox> a <https://w3id.org/screenkg/ontology#Person> }" | tail -1
}
with=$(ask "DEFINE input:inference 'skg'") without=$(ask "")
if [ "$with" = 1 ] || [ "$with" = true ]; then
  if [ "$without" != 1 ] && [ "$without" != true ]; then
    ok "the RDFS rule set infers skg:Person from skg:Actor (and only it)"
  else nok "an actor is a skg:Person without the rule set"; fi
else
  nok "the RDFS rule set does not infer skg:Person (got '$with')"
fi

# Restart: the checkpointed store holds and answers the same.
stop
if start; then
  got=$(count)
  if [ "$got" = "$want" ]; then ok "after a restart: $got triples"
  else nok "after a restart: ${got:-nothing}, want $want triples" "$db/db.log"; fi
  same_answers "Virtuoso after a restart"
else
  nok "Virtuoso restarts" "$db/db.log"
fi
stop
