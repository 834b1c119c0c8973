#!/usr/bin/env bash
# Runs the NRM Tracker locally on the embedded default: builds what is missing, starts the
# command side (with its in-process MongoDB on 127.0.0.1:${NRM_EMBEDDED_MONGODB_PORT:-27017},
# data kept in ./data/) and the query side, prints the URLs and a first request.
# Extra arguments go to both applications. Ctrl-C stops both. Each start keeps the logs of the five before it
# (data/command-side.log.1 …); a JVM that exits while starting stops the script with the end of its log.
# --demo: the command side's token endpoint gets the demo clients of docs/api.md §8,
# secret = client id + "-secret"; without it, only clients configured under nrm.oauth.clients exist.
# --demo-data (not passed on): once both are healthy, generate seeded synthetic referral histories
# (the generator's own jar, command-side/synthetic-history; NRM_DEMO_DATA_SEED, default 42,
# NRM_DEMO_DATA_SCALE, default 0.01 of the published volumes, referrals from 2019) and import them;
# importing again only counts duplicates and adds what happened since.
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO_DATA=0
DEMO=0
app_args=()
for arg in "$@"; do
  if [ "$arg" = "--demo-data" ]; then DEMO_DATA=1; else app_args+=("$arg"); fi
  if [ "$arg" = "--demo" ]; then DEMO=1; fi
done
if [ "$DEMO_DATA" = 1 ] && [ "$DEMO" = 0 ]; then
  echo "--demo-data imports as the demo client demo-provider: start with --demo as well" >&2
  exit 2
fi
set -- ${app_args[@]+"${app_args[@]}"}

COMMAND_PORT="${NRM_COMMAND_SIDE_PORT:-8080}"
QUERY_PORT="${NRM_QUERY_SIDE_PORT:-8081}"
COMMAND_JAR=command-side/target/command-side-0.1.0-SNAPSHOT.jar
QUERY_JAR=query-side/target/query-side-0.1.0-SNAPSHOT.jar
GENERATOR_JAR=command-side/synthetic-history/target/synthetic-history.jar
mkdir -p data

newer_sources() { [ -n "$(find pom.xml shared-kernel command-side query-side -path '*/target' -prune -o -type f -newer "$1" -print 2>/dev/null | head -1)" ]; }
generator_missing() { [ "$DEMO_DATA" = 1 ] && { [ ! -f "$GENERATOR_JAR" ] || newer_sources "$GENERATOR_JAR"; }; }
if [ ! -f "$COMMAND_JAR" ] || [ ! -f "$QUERY_JAR" ] || newer_sources "$COMMAND_JAR" || newer_sources "$QUERY_JAR" \
    || generator_missing; then
  echo "Building (first run or changed sources)..."
  ./mvnw -q -B -DskipTests package
fi

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

# Keeps the last LOG_GENERATIONS logs of each application: data/NAME.log is this run's, NAME.log.1 the one before.
LOG_GENERATIONS=5
rotate_log() { # name
  local log="data/$1.log"
  [ -f "$log" ] || return 0
  for n in $(seq $((LOG_GENERATIONS - 1)) -1 1); do
    if [ -f "$log.$n" ]; then mv -f "$log.$n" "$log.$((n + 1))"; fi
  done
  mv -f "$log" "$log.1"
}

port_free() { # port: nothing answers a TCP connection on it
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() { # port what
  if ! port_free "$1"; then
    echo "Port $1 ($2) is in use: another run of this script, or another program (see ops/runbook.md," >&2
    echo "\"Troubleshooting\"; 'ss -ltnp | grep :$1' names it). Stop it, or choose other ports." >&2
    exit 1
  fi
}

wait_healthy() { # name port pid [seconds, default 120]: returns once healthy; stops at once when the JVM dies
  for _ in $(seq 1 "${4:-120}"); do
    if curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then
      local code=0
      wait "$3" 2>/dev/null || code=$?
      echo "$1 exited (code $code) before it became healthy. The end of data/$1.log:" >&2
      tail -n 40 "data/$1.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$1 did not become healthy in ${4:-120} s; see data/$1.log" >&2
  exit 1
}

require_free_port "$COMMAND_PORT" "the command side"
require_free_port "$QUERY_PORT" "the query side"
if [[ " $* " != *" --nrm.mongodb.uri="* ]] && [ -z "${NRM_MONGODB_URI:-}" ]; then
  require_free_port "${NRM_EMBEDDED_MONGODB_PORT:-27017}" "the embedded MongoDB"
fi

echo "Starting the command side on :$COMMAND_PORT (log: data/command-side.log)..."
rotate_log command-side
java -jar "$COMMAND_JAR" --server.port="$COMMAND_PORT" "$@" >data/command-side.log 2>&1 &
pids+=($!)
wait_healthy command-side "$COMMAND_PORT" "$!"

echo "Starting the query side on :$QUERY_PORT (log: data/query-side.log)..."
rotate_log query-side
java -jar "$QUERY_JAR" --server.port="$QUERY_PORT" "$@" >data/query-side.log 2>&1 &
pids+=($!)
# healthy once both read models hold the whole store: on a large store's first start, a few minutes
wait_healthy query-side "$QUERY_PORT" "$!" 900

demo_token() { # client id: a token of the local token endpoint for a demo client
  curl -fsS -u "$1:$1-secret" -d grant_type=client_credentials "http://127.0.0.1:$COMMAND_PORT/oauth2/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

if [ "$DEMO_DATA" = 1 ]; then
  demo_file=data/demo-data.ndjson
  echo "Generating demo data (seed ${NRM_DEMO_DATA_SEED:-42}, scale ${NRM_DEMO_DATA_SCALE:-0.01}) into $demo_file..."
  java -jar "$GENERATOR_JAR" --seed "${NRM_DEMO_DATA_SEED:-42}" --from 2019 --scale "${NRM_DEMO_DATA_SCALE:-0.01}" --out "$demo_file"
  echo "Importing it as demo-provider (progress in data/command-side.log)..."
  if answer=$(curl -fsS -X POST "http://127.0.0.1:$COMMAND_PORT/api/v1/referral-events:import" \
      -H "Authorization: Bearer $(demo_token demo-provider)" \
      -H 'Content-Type: application/x-ndjson' --data-binary @"$demo_file"); then
    echo "$answer" | sed -E 's/^\{"accepted":([0-9]+),"duplicates":([0-9]+),"rejected":([0-9]+).*/Demo data imported: \1 events recorded, \2 already recorded, \3 rejected./'
  else
    echo "The demo data import failed; see data/command-side.log" >&2
  fi
fi

cat <<MSG

NRM Tracker is running on the embedded default (data in ./data/).
  command side  http://localhost:$COMMAND_PORT   (Swagger UI: /swagger-ui.html, OpenAPI: /v3/api-docs)
  query side    http://localhost:$QUERY_PORT   (Swagger UI: /swagger-ui.html, OpenAPI: /v3/api-docs)
  console       http://localhost:$QUERY_PORT/   (with --demo: sign in as demo-analyst, password demo-analyst-password)

Every API request needs a bearer token (only /actuator/health and, locally, the API description are open).
MSG
if [ "$DEMO" = 1 ]; then
  cat <<MSG
Get one from the local token endpoint for a demo client (demo-provider, demo-provider-2: referrals:write;
demo-analyst: statistics:read; demo-auditor: audit:read; demo-admin: admin; secret = id + "-secret"):
  TOKEN=\$(curl -s -u demo-provider:demo-provider-secret -d grant_type=client_credentials \\
    http://localhost:$COMMAND_PORT/oauth2/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
MSG
else
  cat <<MSG
No demo clients: start with --demo for them, or configure clients (ops/runbook.md, docs/api.md §8).
MSG
fi
cat <<MSG

Record a first referral:
  curl -i -X POST http://localhost:$COMMAND_PORT/api/v1/referrals \\
    -H "Authorization: Bearer \$TOKEN" \\
    -H 'Content-Type: application/json' -H 'Idempotency-Key: first-referral' \\
    -d '{"referredOn":"2024-03-01","jurisdiction":"ENGLAND_AND_WALES",
         "firstResponder":{"type":"POLICE","organisation":"Example Constabulary"},
         "survivor":{"subjectRef":"case-0042","ageAtExploitation":"ADULT","gender":"FEMALE","nationalities":["ALB"]},
         "exploitation":{"types":["LABOUR","CRIMINAL"],"location":"UK","countyLines":false}}'

Then its reasonable-grounds decision (use the referralId from the answer):
  curl -i -X POST http://localhost:$COMMAND_PORT/api/v1/referrals/REFERRAL_ID/events \\
    -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
    -d '{"type":"REASONABLE_GROUNDS_DECISION","decidedOn":"2024-03-06","outcome":"POSITIVE"}'

And read its timeline from the query side (the provider sees subjectRef; demo-analyst's token would not):
  curl -s -H "Authorization: Bearer \$TOKEN" http://localhost:$QUERY_PORT/api/v1/referrals/REFERRAL_ID/timeline

Press Ctrl-C to stop both applications.
MSG
wait -n "${pids[@]}"
