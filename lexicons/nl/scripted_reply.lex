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
(voorgelezen|voorlezen|voorlas|voorlazen|oplas|oplazen|aflas|aflazen|afgelezen) | weight=0.5
(oplezen|opgelezen) | weight=0.5
(copy-paste*|copypaste*|knip-en-plak*|knip-en-plakwerk|plakwerk|knipenplak*|kopie-plak*|kopieer-plak*|knip-plak*|copy-pasted|gecopypaste|gecopy-paste)
copy ~1 paste
(gekopieerd|knip*) ~3 (geplakt|plak*)
(sjabloon*|template*|ingeblikt*|grammofoonplaat|papegaai*|robotantwoord*)
kapotte plaat
(als|net) (een|'n) ~2 (bandje|plaat|grammofoonplaat|robot|machine|computer|bandrecorder|automaat|papegaai)
(leest|las|klinkt|klonk|voelt|voelde) ~2 (als|alsof) ~3 (standaard*|sjabloon|template|*formulier|script|robot|computer|automaat|voorgedrukt*|ingeblikt*)
(hetzelfde|zelfde|dezelfde|identieke|identiek) (antwoord|mailtje|mail|bericht|reactie|tekst|verhaal|zinnetje|zin|riedeltje|praatje|verhaaltje|standaardzin|zinnen|antwoorden)
nietszeggend*
(algemeen|algemene|vaag|vage) ~2 (antwoord|reactie|mailtje|mail|tekst)
(gaat|ging|gingen|gaan|werd|wordt) ~4 niet ~2 in op | noneg
niet ~3 ingegaan | noneg
geen ~2 (antwoord|reactie) op (mijn|de) ~2 (vraag|probleem) | noneg
(las|leest|lazen|lezen|gelezen) ~4 (mail|vraag|klacht|bericht) ~4 (niet|nauwelijks) | noneg
(antwoord|reactie|mail|mailtje) ~5 (sloeg|slaat) ~1 nergens op | noneg
(voorgekauwd*|opgedreund|opdreunen|afgedreund|afdreunen|dreunde|dreunden|ingeblikte|robotachtig*|nietszeggende|automatisch-gegenereerd*)
(dreunde|dreunden|ratelde|ratelden) ~4 (op|af)
(werkte|werkten|afwerken|afgewerkt|werkt|afwerkte|afwerkten) ~4 (lijstje|vinklijstje|checklist|checklistje|script|protocol|stappenplan|vragenlijst|standaardvragen)
(lijstje|vinklijstje|checklist|checklistje|stappenplan|protocolletje|standaardvragen|standaardstappen|verhaaltje|riedeltje|praatje|zinnetje|tekstje|standaardverhaaltje) | weight=0.5
alsof ~4 (antwoordapparaat|robot|computer|bandje|machine|automaat|papegaai|chatbot|bandrecorder|grammofoonplaat|voicemail)
(antwoordapparaat|antwoordcomputer) | weight=0.5
(ging|gaat|gingen|gaan|reageerde|reageert|antwoordde|antwoordt) ~4 (compleet|volledig|totaal|helemaal|gewoon) ~1 langs ~3 (vraag|probleem|klacht|punt)
(had|hadden|heeft|hebben) ~3 (mijn|m'n|de) (mail|vraag|klacht|bericht|brief) ~3 (niet|nie|nauwelijks|amper) ~1 gelezen | noneg
(plakte|plakten|plakt|geplakt|kopieerde|kopieerden|gekopieerd) ~5 (tekst|tekstje|antwoord|stukje|faq|artikel|standaard|zinnetje|alinea)
(standaardformulier*|standaardtekstje*|standaardzinnetje*|standaardmailtje*|standaardreply|standaardreplies|standaardtekst*)
(elke|iedere) (vraag|mail|klacht|bericht|vraagje) ~4 (beantwoord|beantwoordde|beantwoorden|antwoord|reactie|afgedaan|afgescheept) ~2 met
+ ik kreeg alleen een standaardantwoord dat nergens op sloeg
+ de medewerker las gewoon alles voor van een script
+ elke keer hetzelfde antwoord, alsof er een bandje wordt afgedraaid
+ ze gaan helemaal niet in op mijn vraag
+ knip-en-plakwerk, meer was het niet
- de medewerker ging uitgebreid in op mijn vraag
- ik kreeg een persoonlijk antwoord, dank
# --- added (round 6: idea-grid probes) ---
# empty phrases, a prescribed text
holle (frasen|frases|woorden|zinnen|praat|kreten)
(opgelegd|opgelegde|aangeleerd|aangeleerde|vast|vaste|voorgeschreven) (tekstje|tekstjes|tekst|zinnetje|zinnetjes|riedel|riedeltje|verhaaltje|formuleringen|antwoord|antwoorden|praatje)
(afgeraffeld|afgerateld|afgeratelde|opgezegd) ~3 (tekstje|tekst|verhaaltje|riedeltje|zinnetje)
+ een antwoord vol holle frasen
+ ze hield zich aan haar aangeleerde zinnetjes
- ze gaf een persoonlijk en duidelijk antwoord
- de vaste klantenservice is prima
# --- added (round 6b: families from a fresh second probe set) ---
# a reply that has nothing to do with the question
standaardlap*
(antwoord|antwoorden|reactie|reacties|mail|mails|mailtje|mailtjes|bericht|berichten|tekst|teksten|brief|brieven) ~8 (niks|niets|nix) ~1 met (mijn|m'n|mn|de|onze|ons|je|uw) (vraag|vragen|probleem|klacht|situatie|melding) te maken | noneg
+ een reactie die niks met mijn vraag te maken had
- het antwoord ging precies over mijn vraag


# --- r9a (implicit round) ---
# reply "had nothing to do with my question", in either word order
(antwoord|reactie|mail|mailtje|bericht|tekst|brief|e-mail|email|reply) ~6 met (mijn|m'n|de|onze|ons) (vraag|probleem|klacht|situatie|melding|vraagje|mail|bericht|kwestie) ~2 (niks|niets|weinig|geen|nul) ~2 (te|van) (maken|doen) | noneg
# template placeholder left in: "Beste [NAAM KLANT]"
(naam|klantnaam|voornaam|achternaam|ordernummer|klantnummer) (klant|hier|invullen|invoegen|ontvanger|invoeren|plaatsen) | weight=0.7
+ ik kreeg een mail die met mijn probleem helemaal niks te maken had
+ het antwoord begon met 'Beste [naam klant]' en ging over iets heel anders, een standaardmail dus
+ een reactie die met onze klacht weinig van doen had
- de reactie had met mijn vraag alles te maken en loste het op
- mijn klacht had niks te maken met de levering, maar met de kwaliteit
# a copy of the FAQ / manual instead of an answer
(antwoord|reactie|mail|mailtje|bericht|tekst|reply|antwoordde|reageerde) ~5 (kopie|kopietje|knipsel|letterlijke|letterlijk|overgenomen|gekopieerd|overgeschreven) ~2 (van|uit) (de|een|het|hun) ~1 (faq|veelgestelde|handleiding|website|site|helppagina|helpcentrum|standaardtekst|voorwaarden|folder|brochure)
+ Het antwoord was duidelijk een kopie van de FAQ.
- ik vroeg om een kopie van de handleiding en kreeg die meteen

# --- r13a thesaurus pass ---
# canned: kant-en-klaar, voorgebakken, generiek, plichtmatig, hyphenated standaard-
(kant-en-klare|kant-en-klaar|kantenklare|voorgebakken|voorgekookte|voorgeschreven|generiek|generieke|plichtmatig|plichtmatige|obligaat|obligate|ingestudeerde|geautomatiseerde) ~2 (antwoord*|tekst*|reactie*|mail*|zin|zinnen|zinnetje*|bericht*|excuses|excuus|verhaal*|praatje*|sorry|reply)
(standaard-antwoord*|standaard-mail*|standaard-e-mail*|standaard-reactie*|standaard-tekst*|standaard-bericht*|standaard-zin*|standaard-zinnetje*|standaard-brief*|standaard-riedel*|standaard-verhaal*|standaard-excuus|standaard-excuses|standaard-praatje*|boilerplate*|bandjesantwoord*|standaardzinnen|standaardfrases|standaardfrasen)
(draaide|draaiden|draait|draaien|afgedraaid) ~4 (verhaaltje|riedeltje|riedel|bandje|praatje|tekstje|lesje|versje|standaardverhaal|standaardpraatje|plaatje) ~1 af
(opgezegd|opzeggen|opzegde|opzegden|afgerateld|afratelen|afgedraaid) ~3 (versje|lesje|liedje|deuntje|riedel|riedeltje|verhaaltje|praatje|mantra|standaardverhaal)
(als|net) (een|'n) ~1 (grammofoon|bandrecorder|cassettebandje|taperecorder|kapotte|langspeelplaat|lp)
+ Ik kreeg een kant-en-klare tekst die niets met mijn vraag te maken had.
+ Het was weer een generiek antwoord, alsof niemand mijn mail had gelezen.
+ Hij draaide zijn riedeltje af en hing op.
+ Weer zo'n standaard-antwoord van de klantenservice.
- Het kant-en-klare maaltijdpakket was lekker en op tijd.
- De medewerker gaf een duidelijk antwoord dat precies op mijn vraag inging.
# nl15b: same line under every comment / post
(zin|tekst|antwoord|standaardzin|standaardtekst|zinnetje|standaardantwoord) ~4 (onder|bij|op) (elke|iedere|ieder|elk|alle) (reactie*|comment*|bericht*|post*|klacht*|review*|tweet*)
+ die zin staat onder elke reactie op jullie pagina
+ exact hetzelfde standaardantwoord bij iedere klacht
- ik heb een reactie onder elke post gezet
# the same automatic answer every time
(bericht*|mail*|klacht*|vraag|vragen|e-mail*|brief|brieven|ticket*) ~4 (hetzelfde|zelfde|dezelfde|identieke|identiek) ~1 (automatische|automatisch|standaard|gegenereerde) (antwoord|reactie|mail|mailtje|bericht|reply)
+ op elke klacht krijg ik hetzelfde automatische mailtje terug
+ op mijn drie mails telkens dezelfde standaard reactie zonder inhoud
- ik kreeg een automatische ontvangstbevestiging en twee dagen later een echt antwoord
- Ik vroeg of ze de bijsluiter wilde voorlezen en dat deed ze heel geduldig.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# 'hebben weinig van doen met onze klacht' (object after the verb)
(antwoord|antwoorden|reactie|reacties|mail|mails|mailtje|mailtjes|bericht|berichten|tekst|teksten|brief|brieven|e-mail|e-mails|email|emails|reply) ~6 (niks|niets|nix|weinig|geen|nul) ~2 (te|van) (maken|doen) met (mijn|m'n|mn|de|onze|ons|je|uw) ~1 (vraag|vragen|probleem|klacht|situatie|melding|vraagje|kwestie) | noneg
# 'kant en klare tekst' written apart
kant en (klare|klaar) ~2 (antwoord*|tekst*|reactie*|mail*|zin|zinnen|zinnetje*|bericht*|excuses|excuus|verhaal*|praatje*)
+ hun mails hadden niks met mn vraag te maken
+ de antwoorden hebben weinig te maken met onze klacht
+ telkens een kant en klaar mailtje terug

# cut and paste in any inflection ("geknipt en geplakt", "kopieert en plakt")
(geknipt|knippen|knipt|knipte|knipten|kopieert|kopieren|kopieer) ~3 (geplakt|plakken|plakt|plakte|plakten)
# read off a note or screen: "las alles van een briefje op"
(van|uit|met) ~3 (briefje|papiertje|blaadje|lijstje|kaartje|script|scriptje|scherm|protocol|formuliertje) ~3 (oplas|oplazen|voorlas|voorlazen|aflas|aflazen|afgelezen|voorgelezen|opgelezen|oplezen|voorlezen|aflezen|opleest|voorleest|afleest|opdreunde)
(las|lazen|leest|lezen|lees) ~6 (van|uit) ~3 (briefje|papiertje|blaadje|lijstje|kaartje|scriptje|formuliertje) ~1 (op|voor|af)
# answers that do not fit / go into the question that was asked
(antwoord|antwoorden|reactie|reacties|tekst|teksten|mail|mails|mailtje|bericht|berichten|brief) ~4 (niet|nergens|totaal|helemaal) ~4 (bij|op|over|met) ~3 (vraag|vragen|probleem|klacht|situatie|kwestie) ~2 (pasten|past|paste|aansloot|aansloten|aansluit|aansluiten|gingen|ging|gaat|gaan|te) | noneg
(ging|gingen|gaat|gaan|pasten|paste|past|sloot|sloten) ~3 (niet|nergens|totaal) ~2 (over|bij|op) ~3 (vraag|vragen|probleem|klacht|situatie|kwestie) | noneg
# a canned line quoted: "uw feedback is belangrijk voor ons"
(feedback|mening|vraag|bericht|klacht|reactie) (is|zijn) ~1 (belangrijk|waardevol|waardevolle) voor ons
+ De reactie was duidelijk geknipt en geplakt uit een ander mailtje.
+ Die medewerker kopieert en plakt gewoon wat teksten.
+ Hij las zijn antwoord letterlijk van een papiertje op.
+ Ze zat alleen maar uit een script voor te lezen.
+ Alle mails die ik kreeg gingen helemaal niet over mijn probleem.
+ Ik kreeg een antwoord dat nergens bij mijn vraag aansloot.
+ Weer die zin: 'uw mening is erg belangrijk voor ons'.
- Ze las het ordernummer van mijn bevestiging en regelde het direct.
- Het antwoord sloot precies aan bij mijn vraag, dank jullie.
- Ik heb de foto geknipt uit de krant.
