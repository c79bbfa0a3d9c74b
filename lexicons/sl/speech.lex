# Glagoli govorjenja (Slovenian speech cues): a word that reports what
# someone said.  From the cue to the end of its sentence, and inside
# quotation marks, are someone else's reported words, where rules marked
# `said` count.  A `self` word among the two words before the cue ("jaz sem
# jim rekel"), or right after it when marked after ("rekel sem", "napisala
# sem"), makes the writer the speaker.  Single words.
rekel
rekla
rekli
reklo
reče
rečejo
pravi
pravijo
pravila
pravil
trdil*
trdi
trdijo
baje | whole
menda | whole
odgovoril*
odgovor
odgovorili
napisal*
piše
pišejo
razložil*
pojasnil*
pojasnilo
sporočil*
sporočilo
povedal*
govoril*
# said12: more verbs of saying, colloquial forms, and "češ (da)"
reku
reko
rekl
pravjo
dejal*
izjavil*
odpisal*
odvrnil*
zabrusil*
zatrdil*
zatrjuj*
vztraja*
namiguj*
ocital*
govorijo
pojasnjuj*
sporocaj*
češ
# "po njihovem", "po besedah": the preposition is too common to be a cue
besedah
mnenju
# the writer as speaker
sem | self after
jaz | self
# "po mojem mnenju": the writer's own opinion, not a report
mojem | self
smo | self after
sva | self after
+ prodajalka je rekla, da sem sam kriv
+ baje sem narobe izpolnil obrazec
+ v odgovoru so napisali, da je težava na moji strani
+ serviser je vztrajal, da je garancija potekla
+ češ da je to stvar kurirja
- operater je bil nesramen
- čakal sem pol ure na liniji
