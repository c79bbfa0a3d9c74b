# Regression (found by fuzz_merge): a state whose date range has one end
# renders in every format without touching a null pointer.
for f in text md json csv html; do
	"$GRIPE" merge --format $f merge_half_dates.state > /dev/null; echo "$f: $?"
done
"$GRIPE" merge --format json merge_half_dates.state | grep -o '"dates":{"min":"[0-9-]*","max":"[0-9-]*"'
