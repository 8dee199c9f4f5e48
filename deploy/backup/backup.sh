#!/usr/bin/env bash
# Dumps the cabinet's database (all collections, uploaded files included) every BACKUP_EVERY_HOURS hours into
# /backups/sro-<UTC time>.archive.gz and deletes dumps older than BACKUP_KEEP_DAYS days. Restore: see the README.
set -euo pipefail
every_seconds=$(( ${BACKUP_EVERY_HOURS:-24} * 3600 ))
keep_days=${BACKUP_KEEP_DAYS:-14}
trap 'exit 0' TERM INT

while true; do
  file="/backups/sro-$(date -u +%Y%m%dT%H%M%SZ).archive.gz"
  # the URI names the database (/sro); reads from a secondary, so the primary keeps serving
  if mongodump --uri="$(cat /run/secrets/mongodb_uri)" --readPreference=secondaryPreferred \
      --archive="$file.partial" --gzip --quiet; then
    mv "$file.partial" "$file"
    echo "backup: $file ($(du -h "$file" | cut -f1))"
  else
    rm -f "$file.partial"
    echo "backup: mongodump failed" >&2
  fi
  find /backups -name 'sro-*.archive.gz' -mtime "+$keep_days" -delete
  sleep "$every_seconds" & wait $!
done
