#!/usr/bin/env bash
# Start a throwaway Dovecot IMAP server on 127.0.0.1 for the Amazon relay-mail integration tests.
#
#   .ci/dovecot.sh            install (Debian package dovecot-imapd) if missing, write a config in a temp dir,
#                             start Dovecot on 127.0.0.1:${MARKETMSG_TEST_IMAP_PORT:-10143}
#   .ci/dovecot.sh stop       stop the instance this script started
#
# Plaintext auth is enabled on loopback only, for one fixed test user; mail lives in the temp dir. What the tests
# need is written to ${MARKETMSG_TEST_IMAP_ENV:-/tmp/marketmsg-dovecot/env} (shell "KEY=value" lines) and printed;
# the tests read that file, or fall back to the same fixed defaults.
set -euo pipefail

ROOT="${MARKETMSG_DOVECOT_DIR:-/tmp/marketmsg-dovecot}"
PORT="${MARKETMSG_TEST_IMAP_PORT:-10143}"
USER_NAME="${MARKETMSG_TEST_IMAP_USER:-relaytest}"
PASSWORD="${MARKETMSG_TEST_IMAP_PASSWORD:-relaytest-password}"
ENV_FILE="${MARKETMSG_TEST_IMAP_ENV:-$ROOT/env}"

if [[ "${1:-}" == "stop" ]]; then
  if [[ -f "$ROOT/dovecot.conf" ]]; then dovecot -c "$ROOT/dovecot.conf" stop 2>/dev/null || true; fi
  exit 0
fi

if ! command -v dovecot >/dev/null 2>&1; then
  SUDO=""; if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq dovecot-imapd >/dev/null
fi

# A previous instance of this script: stop it so the port and state are ours.
if [[ -f "$ROOT/dovecot.conf" ]]; then dovecot -c "$ROOT/dovecot.conf" stop 2>/dev/null || true; sleep 0.5; fi
rm -rf "$ROOT"
mkdir -p "$ROOT/run" "$ROOT/state" "$ROOT/mail"
chmod 755 "$ROOT" "$ROOT/run"
# Dovecot refuses to deliver mail as root: as root, the mail belongs to the packaged "dovecot" user.
if [[ "$(id -u)" == 0 ]]; then MAIL_UID="$(id -u dovecot)"; MAIL_GID="$(id -g dovecot)"; else MAIL_UID="$(id -u)"; MAIL_GID="$(id -g)"; fi
mkdir -p "$ROOT/mail/$USER_NAME"
chown -R "$MAIL_UID:$MAIL_GID" "$ROOT/mail"

# passwd-file: user:{PLAIN}password:uid:gid::home
printf '%s:{PLAIN}%s:%s:%s::%s\n' "$USER_NAME" "$PASSWORD" "$MAIL_UID" "$MAIL_GID" "$ROOT/mail/$USER_NAME" \
  > "$ROOT/passwd"

cat > "$ROOT/dovecot.conf" <<CONF
# Throwaway test configuration written by .ci/dovecot.sh — loopback only, never for real mail.
protocols = imap
listen = 127.0.0.1
base_dir = $ROOT/run
state_dir = $ROOT/state
log_path = $ROOT/dovecot.log
info_log_path = $ROOT/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests check a wrong password; the default 2 s penalty would only slow them down.
auth_failure_delay = 0
mail_location = maildir:$ROOT/mail/%u
first_valid_uid = 1
default_internal_user = ${DOVECOT_INTERNAL_USER:-dovecot}
default_login_user = ${DOVECOT_LOGIN_USER:-dovenull}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $ROOT/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u $ROOT/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    port = 0
  }
}
protocol imap {
  mail_max_userip_connections = 50
}
CONF

dovecot -c "$ROOT/dovecot.conf"

for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  sleep 0.1
done

cat > "$ENV_FILE" <<ENV
MARKETMSG_TEST_IMAP_HOST=127.0.0.1
MARKETMSG_TEST_IMAP_PORT=$PORT
MARKETMSG_TEST_IMAP_USER=$USER_NAME
MARKETMSG_TEST_IMAP_PASSWORD=$PASSWORD
ENV
cat "$ENV_FILE"
