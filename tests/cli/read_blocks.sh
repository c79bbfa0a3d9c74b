# Lines are found in blocks read with read(2): a line longer than the first
# block (256 KiB), a line arriving in pieces through a pipe, CRLF, a BOM, a
# last line without a newline, the same from a file and from a pipe
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
python3 - "$t/in.txt" <<'PY'
import sys
with open(sys.argv[1], "wb") as f:
    f.write(b"\xef\xbb\xbffirst line\r\n")
    f.write(b"a" * 300000 + b" long\n")
    f.write(b"short\n")
    f.write(("\u010d" * 700000 + " twobyte\n").encode())
    f.write(b"last, no newline")
PY
lens() { python3 -c '
import json, sys
for l in sys.stdin:
    r = json.loads(l); print(r["id"], len(r["text"]), r["text"][:12], r["text"][-8:])'; }
echo "file:"
"$GRIPE" read --format lines --max-bytes 4000000 "$t/in.txt" | lens
echo "pipe, 1000 bytes a write:"
python3 -c '
import sys, time
d = open(sys.argv[1], "rb").read()
for i in range(0, len(d), 1000):
    sys.stdout.buffer.write(d[i:i + 1000]); sys.stdout.buffer.flush()
' "$t/in.txt" | "$GRIPE" read --format lines --max-bytes 4000000 | lens
echo "status: $?"
