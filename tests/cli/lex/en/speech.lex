# fixture: speech cues and the writer as speaker
said
told
wrote
i | self
+ she said so
+ they told me
+ he wrote back
- I waited
- nothing more
