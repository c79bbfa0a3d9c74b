# CSV cells that start with = + - @ are neutralised against formula injection
printf '{"id":"=cmd|calc","lang":"en","text":"=HYPERLINK(\\"x\\") she was rude","tags":[{"tag":"rudeness","cause":"conduct","evidence":[{"start":0,"end":29,"text":"x","rule":"en/rudeness.lex:1"}]}],"negated":[],"intensity":0}\n' |
	"$GRIPE" report --format csv
