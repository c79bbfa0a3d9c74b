# `gripe read big.csv | head -1` ends quietly: no message, status 0
tmp=$(mktemp -d)
{ echo "id,text"; for i in $(seq 1 200000); do echo "$i,the parcel came late again"; done; } > "$tmp/big.csv"
"$GRIPE" read "$tmp/big.csv" | head -1
echo "gripe status: ${PIPESTATUS[0]}"
rm -rf "$tmp"
