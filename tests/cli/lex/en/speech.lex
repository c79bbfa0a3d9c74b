# fixture: speech cues, the writer as speaker, and the writer told
said
told
wrote
i | self
was | passive
+ she said so
+ they told me
+ he wrote back
- I waited
- nothing more
apparently | whole
