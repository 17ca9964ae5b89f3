#!/usr/bin/env bash
# Start, stop or query stripe-mock, Stripe's API mock server, for development and tests.
#
#   scripts/stripe-mock.sh start|stop|status
#
# Installs the pinned stripe-mock with `go install` into $OCOP_BIN_DIR (default
# ${XDG_CACHE_HOME:-~/.cache}/ocop/bin) when it is not there yet, runs it in the background with
# HTTP on 127.0.0.1:$STRIPE_MOCK_PORT (default 12111) and HTTPS on 127.0.0.1:$STRIPE_MOCK_PORT+1
# (stripe-mock otherwise opens HTTPS on 12112 on every interface, so a second instance collides),
# with a pidfile and a log under $OCOP_SERVICE_DIR (default /var/tmp/ocop), and waits until it
# answers. "Answers" means stripe-mock itself answers: its Stripe-Mock-Version header on an
# authenticated request, not just any HTTP status. Idempotent: a server that already answers is
# left alone. Prints the STRIPE_API_BASE to use.
set -euo pipefail

VERSION="v0.203.0"
PORT="${STRIPE_MOCK_PORT:-12111}"
BIN_DIR="${OCOP_BIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ocop/bin}"
BIN="$BIN_DIR/stripe-mock"
STAMP="$BIN_DIR/.stripe-mock-$VERSION"
SERVICE_DIR="${OCOP_SERVICE_DIR:-/var/tmp/ocop}"
PID_FILE="$SERVICE_DIR/stripe-mock-$PORT.pid"
LOG_FILE="$SERVICE_DIR/stripe-mock-$PORT.log"
HTTPS_PORT="${STRIPE_MOCK_HTTPS_PORT:-$((PORT + 1))}"
URL="http://127.0.0.1:$PORT"
# A key stripe-mock accepts: "sk_test_" and one more part without "_" (it refuses sk_test_a_b).
TEST_KEY="sk_test_ocopdev"

install() {
  if [ -x "$BIN" ] && [ -e "$STAMP" ]; then
    return
  fi
  command -v go >/dev/null || { echo "Go is needed to install stripe-mock (https://go.dev/dl/)." >&2; exit 1; }
  echo "Installing stripe-mock $VERSION with go install…" >&2
  mkdir -p "$BIN_DIR"
  (cd / && GOBIN="$BIN_DIR" GOFLAGS=-mod=mod go install "github.com/stripe/stripe-mock@$VERSION") >&2
  touch "$STAMP"
}

answers() {
  # Only stripe-mock sends Stripe-Mock-Version; any other server on the port is not it.
  curl -s -o /dev/null -D - --max-time 1 -H "Authorization: Bearer $TEST_KEY" "$URL/v1/balance" 2>/dev/null \
    | grep -qi '^stripe-mock-version:'
}

running_pid() {
  [ -s "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  if answers; then
    echo "stripe-mock already answers on 127.0.0.1:$PORT" >&2
  else
    install
    mkdir -p "$SERVICE_DIR"
    nohup "$BIN" -http-addr "127.0.0.1:$PORT" -https-addr "127.0.0.1:$HTTPS_PORT" >"$LOG_FILE" 2>&1 &
    echo $! >"$PID_FILE"
    for _ in $(seq 1 200); do
      answers && break
      if ! running_pid >/dev/null; then
        tail -n 20 "$LOG_FILE" >&2
        echo "stripe-mock did not start" >&2
        exit 1
      fi
      sleep 0.05
    done
    answers || { tail -n 20 "$LOG_FILE" >&2; echo "stripe-mock does not answer on $URL" >&2; exit 1; }
  fi
  echo "STRIPE_API_BASE=$URL"
}

stop() {
  local pid
  if pid=$(running_pid); then
    kill "$pid"
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    echo "stripe-mock stopped" >&2
  else
    echo "stripe-mock is not running (no live pidfile at $PID_FILE)" >&2
  fi
  rm -f "$PID_FILE"
}

status() {
  if answers; then
    echo "stripe-mock answers on 127.0.0.1:$PORT"
    echo "STRIPE_API_BASE=$URL"
  else
    echo "stripe-mock is not running on 127.0.0.1:$PORT"
    exit 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
