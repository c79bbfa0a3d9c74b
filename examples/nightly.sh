#!/bin/sh
# nightly.sh EXPORT DAY [DIR] — the nightly job: analyze the day's export
# into a dated HTML report, store the day in the history, write the trend,
# and alert on spikes.
#
#   exit 0  all quiet
#   exit 1  an alert fired (one line per alert on stderr)
#   exit 2  something failed (the message says what)
#
# Environment: GRIPE (the binary, default gripe), GRIPE_READ (options for
# reading the export, e.g. "--text comment --date created"), GRIPE_ALERTS
# (trend rules, e.g. "--alert rudeness>2x"; default: the spike rule).
set -eu
export_file=${1:?usage: nightly.sh EXPORT YYYY-MM-DD [DIR]}
day=${2:?usage: nightly.sh EXPORT YYYY-MM-DD [DIR]}
dir=${3:-.}
gripe=${GRIPE:-gripe}
mkdir -p "$dir/reports"
# shellcheck disable=SC2086
"$gripe" analyze ${GRIPE_READ:-} "$export_file" --quiet \
	--db "$dir/history.db" --period "$day" \
	--format html -o "$dir/reports/$day.html"
# shellcheck disable=SC2086
"$gripe" trend --db "$dir/history.db" --periods 14 --format html \
	-o "$dir/reports/trend-$day.html" ${GRIPE_ALERTS:-}
