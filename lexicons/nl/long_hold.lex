# Waiting on hold, in a phone or chat queue, in line in a store; a long wait
# before anyone helps.  "wacht*" alone is too broad in Dutch (one also waits
# for parcels and answers), so bare waiting needs a duration, a place or a
# queue word.  Number and duration lists are spelled out in full; any
# number in digits is matched by the prefixes 0*..9*.
(wachtrij*|chat-wachtrij*|chatwachtrij*|telefoonwachtrij*|belwachtrij*|wachtrijen)
wachttijd*
wachtmuziek*
wachtstand
wachttoon
wachtlijn
in de wacht
(on|in) hold
in de (rij|wachtrij)
lange (rij|wachtrij|wachttijd|wachttijden)
rij ~3 (gestaan|stonden|stond|staan|wachten|gewacht)
nummertje* | weight=0.5
wachtende* | weight=0.5
(wachten|wachtte|wachtten|gewacht|wacht|wachtend|hangen|hing|hingen|gehangen|hangend) ~6 (aan|op|bij) (de|het) (lijn|telefoon|telefoonlijn|balie|kassa|loket|servicebalie|afhaalbalie|informatiebalie|retourbalie|receptie|bar|toonbank|zelfscan|zelfscankassa|apotheekbalie|servicedesk)
(aan|op|bij) (de|het) (lijn|telefoon|balie|kassa|loket|servicebalie|afhaalbalie|retourbalie|receptie|bar|toonbank|zelfscan|apotheekbalie) ~6 (wachten|wachtte|wachtten|gewacht|gehangen|hangen)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (gewacht|wachten|wachtte|wachtten|wacht|gehangen|hangen|gestaan|geduurd|duurde|duurt|wachtrij*|keuzemenu*|menu|wachtmuziek*|rondjes|rondje|wachttijd)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 in de (wacht|rij|wachtrij)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (aan|op|bij) (de|het) (lijn|telefoon|balie|kassa|loket|servicebalie|afhaalbalie|retourbalie|receptie|bar|toonbank|zelfscan|apotheekbalie|servicedesk)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~6 (tot|totdat|voordat|voor|eer) ~3 (iemand|medewerker|opnam|opnamen|opgenomen|beurt|geholpen|hielp|reageerde)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~4 op (een|de) (medewerker|reactie|antwoord)
(gewacht|wachten|wachtte|wachtten|wacht|wachtend|hing|hingen|gehangen|hangen|geduurd|duurde|duurt|stond|stonden) ~5 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) (min|mins|minuten|minuutjes) | weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|vijfendertig|veertig|vijfenveertig|vijftig|zestig|zeventig|negentig|honderd|anderhalf|anderhalve|half|halve|tweeënhalf|drieënhalf|kwart|paar) (min|mins|minuten|minuut|minuutje*|uur|uren|uurtje*|u|h|kwartier|kwartiertje*|halfuur|halfuurtje*) ~2 voor (niks|niets) | noneg
voor (niks|niets) ~4 in de (rij|wacht|wachtrij) | noneg
voor (niks|niets) ~4 (gewacht|gehangen|gestaan) | noneg
urenlang ~5 (gewacht|wachten|gehangen|wacht)
(eindeloos|eeuwig|eeuwen|tijden|ellenlang|urenlang|uren|lang) ~3 in de (wacht|rij|wachtrij)
(eindeloos|eeuwig|eeuwen|tijden|ellenlang|urenlang|uren) ~3 (aan|op) de (lijn|telefoon)
(eindeloos|eeuwig|eeuwen|tijden|ellenlang|urenlang) ~2 (wachten|gewacht|wachtte|gehangen)
(duurde|duurt|geduurd) ~6 (voor|voordat|eer|tot|totdat) ~4 (opnam|opnamen|opgenomen|geholpen|hielp|reageerde|iemand|medewerker)
eindelijk ~4 (opgenomen|opnam|geholpen|gehoor|beurt)
eindelijk ~2 (iemand|een|medewerker) ~3 (lijn|telefoon|spreken|sprak)
(niemand|nooit) ~3 (neemt|nam|namen|nemen) ~3 op | noneg
(telefoon|lijn) ~4 niet ~2 opgenomen | noneg
(u|je) bent (nummer|de) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(plek|plaats|positie|nummer) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~3 (wachtrij|rij)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) (wachtenden|mensen|bellers|klanten) voor (u|je|mij|me)
(wachten|wachtte|wachtten|gewacht|wacht) ~5 (tot|totdat|voordat|eer) ~3 (iemand|medewerker|opgenomen|opnam|beurt|geholpen)
(wachten|gewacht|wachtte) ~3 op ~2 (antwoord|reactie|medewerker) ~4 (chat|livechat|chatbox|chatvenster|lijn|telefoon)
(chat|livechat|chatvenster|chatbox) ~5 (wachten|gewacht|wachtte|wachtrij)
# "twee uur om een pas te laten blokkeren": time lost before being helped;
# a regex because it may cross the period of "Twee uur. TWEE UUR. Om ..."
/(?<!\bbinnen )(?<!\bna )(?<!\bover )(?<!\buiterlijk )\b(\d+([.,]\d+)?|een|twee|drie|vier|vijf|tien|twintig|dertig|veertig|vijftig|anderhalf|anderhalve|half|halve|drie kwartier)\s*(min|minuten|minuut|uur|uren|kwartier)\b[.!\s]{0,4}(bezig |gewacht |gehangen |aan de lijn |in de wacht |aan de telefoon )?\bom\b[^.!?;]{0,40}\bte \w+/ | anchor=om
+ ik heb 45 minuten in de wacht gestaan
+ we hebben anderhalf uur aan de telefoon gehangen tot er eindelijk iemand opnam
+ eindeloos wachten in de chat, niemand reageerde
+ een half uur in de wachtrij voor de kassa gestaan
+ de wachttijd was weer ruim een uur
+ na 40 minuten wachten eindelijk iemand aan de lijn
+ u bent nummer 23 in de wachtrij, zei het bandje
- ik wacht al twee weken op mijn pakket
- geen wachttijd, meteen geholpen
- ik heb de monteur vijf minuten gesproken
- de rij was lang maar het ging snel
