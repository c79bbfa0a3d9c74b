# JSON nested 10,000 deep, arrays and numbers as lines: error records, one
# per line, and the good record between them passes
{ printf '{"text":'; for i in $(seq 1 10000); do printf '['; done; for i in $(seq 1 10000); do printf ']'; done; printf '}\n'
  printf '{"text":"good"}\n[1,2]\n3.5\n'; } | "$GRIPE" read --format jsonl | cut -c1-80
echo "status: ${PIPESTATUS[1]}"
