# Canned, template, copy-paste or scripted answers that ignore the actual
# problem; reading from a script.
(standaardantwoord*|standaardmail*|standaardreactie*|standaardbericht*|standaardbrief*|standaardtekst*|standaardzin*|standaardriedel*|standaardpraatje*|standaardverhaal*|standaardformulering*|standaardexcuus*|standaardexcuses|standaardoplossing*)
standaard (antwoord*|mail*|e-mail*|reactie*|bericht*|brief*|tekst*|zin*|riedel*|praatje*|verhaal*|formulering*|excuus|excuses)
standaard ~3 (afgescheept|afgewimpeld|beantwoord)
riedel*
ingestudeerd*
script*
voorgeprogrammeerd*
(las|lazen|leest|lezen|lees) ~4 (voor|op) ~3 (papier|scherm|script|briefje|kaartje|tekst)
(voorgelezen|voorlezen|oplezen|opgelezen|afgelezen)
(copy-paste*|copypaste*|knip-en-plak*|knip-en-plakwerk|plakwerk|knipenplak*)
copy ~1 paste
(gekopieerd|knip*) ~3 (geplakt|plak*)
(sjabloon*|template*|ingeblikt*|grammofoonplaat|papegaai*|robotantwoord*)
kapotte plaat
(als|net) (een|'n) ~2 (bandje|plaat|grammofoonplaat|robot|machine|computer|bandrecorder|automaat|papegaai)
(leest|las|klinkt|klonk|voelt|voelde) ~2 (als|alsof) ~3 (standaard*|sjabloon|template|formulier|script|robot|computer|automaat|voorgedrukt*|ingeblikt*)
(hetzelfde|zelfde|identieke|identiek) (antwoord|mailtje|mail|bericht|reactie|tekst|verhaal|zinnetje|zin)
nietszeggend*
(algemeen|algemene|vaag|vage) ~2 (antwoord|reactie|mailtje|mail|tekst)
(gaat|ging|gingen|gaan|werd|wordt) ~4 niet ~2 in op | noneg
niet ~3 ingegaan | noneg
geen ~2 (antwoord|reactie) op (mijn|de) ~2 (vraag|probleem) | noneg
(las|leest|lazen|lezen|gelezen) ~4 (mail|vraag|klacht|bericht) ~4 (niet|nauwelijks) | noneg
(antwoord|reactie|mail|mailtje) ~5 (sloeg|slaat) ~1 nergens op | noneg
+ ik kreeg alleen een standaardantwoord dat nergens op sloeg
+ de medewerker las gewoon alles voor van een script
+ elke keer hetzelfde antwoord, alsof er een bandje wordt afgedraaid
+ ze gaan helemaal niet in op mijn vraag
+ knip-en-plakwerk, meer was het niet
- de medewerker ging uitgebreid in op mijn vraag
- ik kreeg een persoonlijk antwoord, dank
