# Waiting on hold, in a phone or chat queue, in line in a store; a long wait
# before anyone helps.  "wacht*" alone is too broad in Dutch (one also waits
# for parcels and answers), so bare waiting needs a duration, a place or a
# queue word.  Number and duration lists are spelled out in full; any
# number in digits is matched by the prefixes 0*..9*.  Each sequence is
# anchored on its queue, place or waiting word, never on the number.
(wachtrij*|chat-wachtrij*|chatwachtrij*|telefoonwachtrij*|belwachtrij*|wachtrijen|wachtlijn)
(wachttijd*|wachtijd*|wachttijden) | weight=0.5
(lange|enorme|belachelijke|absurde|extreme|eindeloze|onacceptabele|schandalige|idiote|lang|lange) (wachttijd*|wachttijden)
(wachttijd*|wachtrij*|wachtijd*) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) (min|mins|minuten|minuut|uur|uren|kwartier|halfuur|u|h)
(wachttijd*|wachttijden) ~3 (was|is|bedroeg|bedraagt|van|ruim|bijna|meer|weer)
(wachtmuziek*|wachtmelodie*|wachtstand|wachttoon|wachtnummer*)
in de wacht
(on|in) hold
in de (rij|wachtrij|file) | weight=0.5
lange (rij|rijen|wachtrij|wachttijd|wachttijden)
rij ~3 (gestaan|stonden|stond|staan|sta|wachten|gewacht|aanschuiven|aangeschoven) | weight=0.5
(aanschuiven|aangeschoven|schoof) ~4 (rij|kassa|balie|loket|uur|minuten|kwartier)
nummertje* | weight=0.5
wachtende* | weight=0.5
(wachtkamer*|wachtruimte*|wachtzaal*) | weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~5 (wachtkamer*|wachtruimte*|wachtzaal*)
(gewacht|wachten|wachtte|wachtten|wachtend|hangen|hing|hingen|gehangen|hangend) ~6 (aan|op|bij) (de|het) (lijn|telefoon|telefoonlijn|balie|kassa|loket|servicebalie|afhaalbalie|informatiebalie|retourbalie|receptie|bar|toonbank|zelfscan|zelfscankassa|apotheekbalie|servicedesk|klantenservice|helpdesk|infolijn|servicelijn|hulplijn|storingslijn|storingsnummer)
(aan|op|bij) (de|het) (lijn|telefoon|telefoonlijn|balie|kassa|loket|servicebalie|afhaalbalie|informatiebalie|retourbalie|receptie|bar|toonbank|zelfscan|zelfscankassa|apotheekbalie|servicedesk|klantenservice|helpdesk|infolijn|servicelijn|hulplijn|storingslijn|storingsnummer) ~6 (wachten|wachtte|wachtten|gewacht|gehangen|hangen|gestaan|gezeten)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (gewacht|wachten|wachtte|wachtten|wacht|gehangen|hangen|gestaan|wachtrij*|keuzemenu*|menu|wachtmuziek*|rondjes|rondje|wachttijd)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 in de (wacht|rij|wachtrij)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (aan|op|bij) (de|het) (lijn|telefoon|telefoonlijn|balie|kassa|loket|servicebalie|afhaalbalie|informatiebalie|retourbalie|receptie|bar|toonbank|zelfscan|zelfscankassa|apotheekbalie|servicedesk|klantenservice|helpdesk|infolijn|servicelijn|hulplijn|storingslijn|storingsnummer)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (tot|totdat|voordat|voor|eer) ~3 (iemand|*medewerker|*medewerkster|opnam|opnamen|opgenomen|beurt|geholpen|hielp|reageerde|verscheen|stem|mens)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~4 op (een|de) (*medewerker|reactie|antwoord)
(gewacht|wachten|wachtte|wachtten|wacht|wachtend|hang|hangt|hing|hingen|gehangen|hangen) ~5 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*)
(zit|zat|sta|stond|zitten|staan|hang) ~2 (nu|al|inmiddels|alweer|ruim|bijna|dus) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|kwartier|kwartiertje*|halfuur|halfuurtje*)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) (min|mins|minuten|minuutjes) | weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~2 (voor|vr) (niks|niets) | noneg
(voor|vr) (niks|niets) ~4 in de (rij|wacht|wachtrij) | noneg
(voor|vr) (niks|niets) ~4 (gewacht|gehangen|gestaan) | noneg
na ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (eindelijk|pas|verbroken|opgehangen|opgegeven|weggegaan|afgebroken|eruit|weggelopen)
na ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~2 (kreeg|kregen|had|hadden|sprak|spraken) ~3 (iemand|*medewerker|*medewerkster|jongen|meisje|dame|meneer|mevrouw|persoon|mens|agent)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|kwartier|kwartiertje*|halfuur|halfuurtje*) later ~4 (stond|zat|hing|sta|zit|hang|stonden|zaten) ~3 (nog|steeds)
urenlang ~5 (gewacht|wachten|gehangen|wacht|hangen)
(eindeloos|eeuwig|eeuwen|tijden|ellenlang|urenlang|uren|lang) ~3 in de (wacht|rij|wachtrij)
(eindeloos|eeuwig|eeuwen|tijden|ellenlang|urenlang|uren) ~3 (aan|op) de (lijn|telefoon)
(eindeloos|eeuwig|eeuwen|tijden|ellenlang|urenlang) ~2 (wachten|gewacht|wachtte|gehangen|hangen)
(hele|halve|volle) (ochtend|middag|voormiddag|namiddag|dag|avond|morgen|nacht) ~6 (gehangen|hangen|gestaan|gezeten|wachtrij*|wachtmuziek*|keuzemenu*|lijn|telefoon|loket|balie|kassa)
(duurde|duurt|geduurd) ~6 (voor|voordat|eer|tot|totdat) ~4 (opnam|opnamen|opgenomen|geholpen|hielp|reageerde|iemand|*medewerker|verscheen|beurt|aan)
eindelijk ~4 (opgenomen|opnam|geholpen|gehoor|beurt)
eindelijk ~2 (iemand|een|*medewerker) ~3 (lijn|telefoon|spreken|sprak)
(niemand|nooit) ~3 (neemt|nam|namen|nemen) ~3 op | noneg
(telefoon|lijn) ~4 niet ~2 opgenomen | noneg
(u|je) bent (nummer|de) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(plek|plaats|positie|nummer) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~3 (wachtrij|rij)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) (wachtenden|mensen|bellers|klanten|man|personen|wachtende) voor (u|je|mij|me|ons)
(wachten|wachtte|wachtten|gewacht|wacht) ~5 (tot|totdat|voordat|eer) ~3 (iemand|*medewerker|opgenomen|opnam|beurt|geholpen)
(wachten|gewacht|wachtte) ~3 op ~2 (antwoord|reactie|*medewerker) ~4 (chat|livechat|chatbox|chatvenster|lijn|telefoon)
(chat|livechat|chatvenster|chatbox) ~5 (wachten|gewacht|wachtte|wachtrij)
# music on hold
(eindeloos|eeuwig|urenlang|uren|tijden|eindeloze) ~3 (muziek|muziekje|deuntje*|melodie|melodietje*|jingle*|panfluit*|riedel*|liedje*|wijsje*|muziekjes)
(muziek|muziekje|deuntje|deuntjes|melodie|melodietje|jingle|panfluit*) | weight=0.5
(muziek|muziekje|deuntje*|melodie|melodietje*|jingle*|panfluit*|riedel*|liedje*|wijsje*|muziekjes) ~6 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (muziek|muziekje|deuntje*|melodie|melodietje*|jingle*|panfluit*|riedel*|liedje*|wijsje*|muziekjes)
# one till open for a queue of people ("één" only with the accent: "een
# kassa open" is just a till)
(maar|slechts|enkel|één|eentje) ~3 (kassa|kassa's|kassas|loket|loketten|balie|balies|*medewerker|*medewerkers|*medewerkster|*medewerksters) ~2 (open|geopend|bemand|aanwezig) | exact
(eeuwigheid|eeuwen|tijden) ~3 (gewacht|wachten|gehangen|gestaan|wacht)
(ellenlange|enorme|gigantische|kilometerslange|eindeloze|belachelijk) (rij|rijen|wachtrij|wachtrijen)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|tien|twintig|dertig|veertig|vijftig|honderd) (min|mins|minuten|uur|uren|kwartier|halfuur) ~3 (stilgestaan|aangeschoven|aanschuiven)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|tien|twintig|dertig|veertig|vijftig|honderd) (min|mins|minuten|uur|uren|kwartier|halfuur) ~3 aan te schuiven
(chat|wachtrij|bandje|*systeem) ~4 (nummer|plek|plaats|positie) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(tientallen|tig) (minuten|min) ~6 (gewacht|wachten|gehangen|wacht|wachtrij|rij|lijn)
+ ik heb 45 minuten in de wacht gestaan
+ we hebben anderhalf uur aan de telefoon gehangen tot er eindelijk iemand opnam
+ eindeloos wachten in de chat, niemand reageerde
+ een half uur in de wachtrij voor de kassa gestaan
+ de wachttijd was weer ruim een uur
+ na 40 minuten wachten eindelijk iemand aan de lijn
+ u bent nummer 23 in de wachtrij, zei het bandje
+ ik hang nu al 35 minuten aan dat deuntje
+ er was maar één kassa open op zaterdag
- ik wacht al twee weken op mijn pakket
- geen wachttijd, meteen geholpen
- ik heb de monteur vijf minuten gesproken
- de rij was lang maar het ging snel
- er ging nog een kassa open, fijn
# --- added (long-narrative round) ---
# "twee uur bezig geweest om iemand te pakken te krijgen"
bezig ~4 (iemand|*medewerker|mens|persoon|klantenservice) ~3 (pakken|spreken|bereiken|krijgen|lijn)
+ twee uur ben ik bezig geweest om iemand te pakken te krijgen
+ de hele ochtend bezig om een medewerker te bereiken
+ een uur bezig geweest om de klantenservice te bereiken
- ik was even bezig met het formulier en toen was het klaar
- de medewerker was bezig met een andere klant en kwam meteen daarna
# --- added (round 9b: described waits) ---
# nobody picks up: "niemand die opnam", "nooit opgenomen"
niemand ~3 (opnam|opnamen|opneemt|opnemen) | noneg
+ de afwas gedaan, gestofzuigd, en nog steeds niemand die opnam
+ drie kwartier hetzelfde riedeltje voordat er eindelijk een stem klonk
- de telefoon werd meteen opgenomen
- ik neem nooit op als een onbekend nummer belt
# --- r12b (four-voices round) ---
# only got served at / after a stated time: "pas om 10:14 uur te woord gestaan"
pas ~3 (om|na|rond|tegen) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|vijfenvijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|kwart|paar) (min|minuten|uur|u|h|kwartier|halfuur) ~6 (geholpen|opgenomen|opgepakt|beurt|woord|*medewerker|*medewerkster|iemand)
# stuck in the recording for a stated time; sat there for a stated time
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|vijfenvijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|kwart|paar) (min|mins|minuten|uur|uren|uurtje|kwartier|halfuur) ~4 (vast|bandje|bandjes|vastgezeten|vastgehangen)
(vast|vastgezeten|vastgehangen) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|vijfenvijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|kwart|paar) (min|mins|minuten|uur|uren|uurtje|kwartier|halfuur)
# a whole break / working day spent with the phone
(hele|halve|volle) (lunchpauze|pauze|werkdag|schooldag|voormiddag|namiddag) ~6 (gehangen|hangen|gestaan|gezeten|wachtrij*|wachtmuziek*|lijn|telefoon|loket|balie|kassa|wachten|gewacht)
# afraid to lose one's place in the queue
(plek|plaats|plekje|beurt) ~2 (kwijt|verliezen|verloren|kwijtraken|kwijtgeraakt) | weight=0.5
+ pas om 10:14 uur werd ik door een medewerker te woord gestaan
+ al een uur vast in een bandje
+ drie kwartier vastgezeten in dat keuzemenu
+ mijn hele lunchpauze met de telefoon aan mijn oor
- pas om 10 uur ging de winkel open en toen werd ik meteen geholpen door een vriendelijke medewerker die alles regelde
- we hebben een uur gezellig op het terras gezeten

# --- added (nl14a paraphrase round) ---
# time spent inside the phone menu
(minuten|uur|uren|kwartier|minuut) ~6 (keuzemenu*|telefoonmenu*|spraakmenu*|belmenu*|menu)
+ twintig minuten in dat telefoonmenu vastgezeten
+ een uur lang rondgedwaald in het keuzemenu
+ drie kwartier door het spraakmenu geklikt
- het menu op de website heeft drie tabbladen
- ik kies het menu van de dag
# --- nl15a: stuck at a till/desk with an indefinite article; "waiting for someone"
(gewacht|wachten|wachtend|wachtte|wachtten|vaststaan|vastgestaan|vastgezeten|vastzitten|stilgestaan) ~4 (aan|op|bij) (een|die|jullie|zo'n) (balie|kassa|loket|servicebalie|retourbalie|receptie|bar|toonbank|zelfscan|zelfscankassa|servicedesk|helpdesk)
(wachtend|wachtende) op (iemand|personeel|hulp|bediening|een)
+ twintig minuten vastgestaan aan een zelfscankassa
+ daar sta je dan, wachtend op iemand die de code invoert
- ik heb bij de kassa betaald en ben vertrokken
- wachtend op de bus belde ik even met mijn zus
# nl15b: quoting the hold message / listening to the tape
(uw|je|jouw) (gesprek|oproep|telefoontje) ~3 belangrijk
(luister*|aangehoord|aanhoren|aanhoorde) ~8 (bandje|bandjes|wachtmuziek*|muziekje*|belangrijk)
# nl15b: N minutes in the chat
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|veertig|vijftig|zestig|anderhalf|anderhalve|half|halve|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|kwartier|halfuur) ~3 in (de|het) (chat|livechat|chatvenster|chatbox|chatscherm) ~2 (niemand|wachten|gewacht|wachtte|zonder|niks|niets) | noneg
+ een halfuur lang zat ik te luisteren naar "uw gesprek is belangrijk voor ons"
+ weer 15 minuten in de chat en niemand
+ ik heb een uur naar het bandje geluisterd
- ik heb 10 minuten in de chat gepraat en alles was opgelost
- drie uur in de chat met iemand die geen idee had
# "one moment please" and then minutes of nothing
(minuten|minuutjes|kwartier|uur|uren) (niks|niets|stilte) | noneg
(ogenblikje|momentje|ogenblik) ~6 (minuten|kwartier|uur) | weight=0.5
+ "momentje, ik kijk even", en dan 20 minuten niks
+ daarna een half uur stilte in de chat
- binnen vijf minuten was alles geregeld, top service
- Ik stond maar heel even in de rij en werd vriendelijk geholpen.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# split separable verb: 'neemt er niemand op', 'nam niemand op'
(neemt|nam|namen|nemen) ~2 niemand ~2 op | noneg
niemand (neemt|nam|namen) ~3 op | noneg
# helped only at a clock time: 'pas om 10:14 stond een medewerker me te woord'
pas ~3 (om|rond|tegen) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~6 (geholpen|opgenomen|opgepakt|beurt|woord)
+ ik hing al een half uur aan de lijn en nog nam niemand op
+ op zaterdag zijn er maar twee kassa's open
+ we belden om 8:30 en pas om 9:40 werden we geholpen
