# Spreekwoorden (Dutch speech cues): a word that reports what someone said.
# From the cue to the end of its sentence, and inside quotation marks, are
# someone else's reported words, where rules marked `said` count.  A `self`
# word among the two words before the cue ("ik zei", "ik heb gezegd"), or
# right after it when marked after ("zei ik"), makes the writer the speaker.
# Single words.
zei
zeiden
zegt
zeggen
gezegd
zeggende
vertelde
vertelden
vertelt
verteld
beweerde
beweerden
beweert
beweren
stelde
stelden
stelt
antwoordde
antwoordden
antwoord
reactie
schreef
schreven
schrijft
mailde
mailden
volgens
blijkbaar | whole
horen
gehoord
meldde
meldden
liet
uitgelegd
legde
hield
hielden
volgehouden
riep
riepen
snauwde
snauwden
verweet
verweten
vertellen
beweerd
geantwoord
verklaarde
verklaarden
aangegeven
suggereerde
insinueerde
smoes
smoesje
uitleg
# the writer as speaker
ik | self after
+ de medewerker zei dat het mijn eigen schuld was
+ volgens de winkel lag het aan mijn telefoon
+ ik kreeg te horen dat ik het verkeerd had ingevuld
- de medewerker was onbeleefd tegen mij
- ik heb een uur in de wacht gestaan
# "ik werd ... verteld": the writer is told
werd | passive
ben | passive
