# Speech cues (English): a word that reports what someone said.  From the
# cue to the end of its sentence, and inside quotation marks, are someone
# else's reported words, where rules marked `said` count.  A `self` word
# among the two words before the cue makes the writer the speaker ("I told
# them", "I'd said"): then they are the writer's own words.  Single words.
said
says
say
saying
told
tells
claimed
claims
claiming
insisted
insists
replied
replies
reply
answered
answer
response
responded
wrote
writes
stated
states
explained
explains
according
apparently | whole
informed
assured
suggested
implied
reckoned
# the writer as speaker
i | self
i'd | self
i've | self
+ the agent said it was my own fault
+ I was told the delay was the courier's doing
+ according to the shop the damage was my fault
- the agent was rude to me
- I waited forty minutes on hold
# between the writer and the cue, the writer is told ("I was told", "I've
# been told", "I got told")
was | passive
were | passive
been | passive
got | passive
am | passive
