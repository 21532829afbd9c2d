#!/bin/sh
# Backs up the SQLite store of one instance while it runs (SQLite's online backup), keeps 14 days.
# Usage (as root, e.g. daily from cron): deploy/backup-sqlite.sh /var/lib/gesprek/8080 /var/backups/gesprek
set -eu
data_dir=${1:?DATA_DIR of the instance, e.g. /var/lib/gesprek/8080}
backup_dir=${2:?folder for the backups, e.g. /var/backups/gesprek}
mkdir -p "$backup_dir"
chmod 700 "$backup_dir"
target="$backup_dir/sync-$(date +%Y-%m-%d).sqlite"
sqlite3 "$data_dir/sync.sqlite" ".backup '$target'"
# A backup that does not open is no backup.
test "$(sqlite3 "$target" 'PRAGMA integrity_check;')" = ok
find "$backup_dir" -name 'sync-*.sqlite' -mtime +14 -delete
echo "$target"
