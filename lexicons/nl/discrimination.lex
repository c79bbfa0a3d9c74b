# Treated worse because of age, gender, origin, disability, language or
# appearance.
(discrimin*|gediscrimineerd|racis*|seksis*|vrouwonvriendelijk*|xenofob*|homofob*|transfob*|vooroordeel|vooroordelen|bevooroordeeld*|leeftijdsdiscriminatie|tweederangs*)
etnisch* ~2 profile*
(witte|blanke|zwarte|donkere|gekleurde|getinte|bruine|buitenlandse|allochtone|autochtone|nederlandse|hollandse) (klanten|mensen|bezoekers|mannen|vrouwen|jongens|meisjes|jongeren|personen|kinderen|gezinnen|medeklanten|shoppers|studenten*|huurders*|gasten*|kopers*|reizigers*|passagiers*|patienten*|bewoners*|sollicitanten*|kandidaten*)
(normaal|gewoon|fatsoenlijk|beter|echt) (nederlands|engels) ~4 (praten|spreken|kon|kan|leren|moest|moet)
(mijn|m'n|ons|haar|zijn) ~1 accent
mijn tweede taal | weight=0.5
(doof|dove|doven|slechthorend*|blind|blinde|blinden|slechtziend*|rolstoel*|gehandicapt*|invalide|autis*|dyslect*|hoorapparaat|blindengeleidehond|hulphond|rollator|scootmobiel|taalbarriere|handicap) | weight=0.6
# disability words alone are not discrimination: they need a cue of worse
# treatment (0.4), and two such cues without a disability word are not enough
(weggestuurd|uitgestuurd|buitengesloten|achteringang|uitgelachen|belachelijk) | weight=0.4
aan de deur ~2 (geweigerd|weggestuurd|tegengehouden) | weight=0.4
(weigerde|weigerden|weigert|weigeren) | weight=0.4
niet (mee|binnen|welkom|meenemen) | weight=0.4
niet eens (in|binnen|naar) | weight=0.4
(lachte|lachten) ~2 uit | weight=0.4
(reed|reden|rijdt) ~2 door | weight=0.4
(alleen|uitsluitend) ~1 (telefonisch|telefoon|telefoontjes) | weight=0.4
(sluiten|sluit|sloten) ~7 uit | weight=0.4
behandeld als | weight=0.4
iemand ~3 (anders|meenemen) ~3 (bellen|laten|kan|horen|zien) | weight=0.4
(visuele|lichamelijke|verstandelijke|fysieke) beperking
slecht ter been
minder (mobiel|valide)
(volgde|volgden|liep|liepen|achtervolgde|controleerde|controleerden|fouilleerde) ~5 achter (me|mij|ons) aan
(volgde|volgden|controleerde|controleerden|fouilleerde|fouilleerden) ~4 alleen (mij|ons|mijn)
(vanwege|om|door|wegens|basis) (mijn|m'n|haar|zijn|onze|de) (leeftijd|afkomst|huidskleur|kleur|handicap|beperking|accent|geslacht|hoofddoek|rolstoel|uiterlijk|taal|achternaam|naam|geloof|religie|nationaliteit|postcode|gewicht|geaardheid|hoorapparaat|blindengeleidehond|hulphond|rollator|tatoeage|tatoeages|kleding)
omdat (ik|hij|zij|ze|mijn|we|wij) ~4 (vrouw|zestig|zeventig|tachtig|negentig|zestigplusser|zeventigplusser|gepensioneerd|senior|bejaarde|buitenlander*|buitenlands*|allochto*|oud|ouder|bejaard|zwart*|donker*|getint*|gekleurd*|huidskleur|moslim|gehandicapt|blind|doof|slechthorend|slechtziend|homo|lesbisch|transgender|marokkaan*|turk*|surinam*|pools|polen|rolstoel*|hoofddoek|accent|jong|student)
omdat ~3 (geen|slecht|gebrekkig|weinig|nauwelijks) ~1 (nederlands|engels) (spreek|sprak|spreekt|spreken|praat|praten|kan|kon|beheers|beheerste|versta|verstaat|verstond) | noneg
(weigerde|weigerden|wilde|wilden) ~3 engels ~2 (spreken|praten|te) | noneg
(anders|slechter|minder|neerbuigend|tweederangs*|minderwaardig*) (behandeld|bejegend|geholpen|aangesproken|bediend) ~6 (leeftijd|afkomst|huidskleur|kleur|handicap|beperking|accent|vrouw|buitenlander|oud|ouder|rolstoel|hoofddoek|taal|uiterlijk|geslacht|omdat)
(leeftijd|afkomst|huidskleur|handicap|beperking|accent|hoofddoek|rolstoel|uiterlijk|geslacht|geloof) ~6 (anders|slechter|minder|niet) (behandeld|geholpen|bejegend|bediend) | noneg
als ~2 (oudje|bejaarde) ~2 behandeld
(opmerking|opmerkingen|grap|grapje|grapjes|grappen|vragen|commentaar) ~3 over (mijn|m'n|haar|zijn|onze|hun|ons) ~1 (accent|afkomst|huidskleur|kleur|leeftijd|hoofddoek|rolstoel|handicap|beperking|geslacht|geloof|religie|nationaliteit|naam|achternaam|etniciteit|origine|geaardheid)
(marokkaans*|turks*|surinaams*|antilliaans*|pools*|polen|roemeens*|bulgaars*|afrikaans*|arabisch*|islamitisch*|moslim*|joods*|allochto*|aziatisch*|chinees|chinese|indiaas*|somalisch*|syrisch*|eritrees*|ghanees*|nigeriaans*|oost-europe*|buitenlandse|buitenlanders|buitenlander|vluchteling*|migrant*|expat*|nieuwkomer*|zwarte|donkere|getinte|gekleurde) ~8 (niet|nie|geweigerd|weigerde|weigerden|apart|extra|anders|alleen|ineens|opeens|plotseling|wel|slechter|minder|strenger|verdacht|gecontroleerd|gevolgd) | noneg
(marokkaans*|turks*|surinaams*|antilliaans*|pools*|roemeens*|bulgaars*|allochto*|buitenlander*|vluchteling*|migrant*|moslim*) | weight=0.5
als (vrouw|man|buitenlander|oudere|jongere|student|moslim|allochtoon|gehandicapte|transgender|homo|zwarte|bejaarde|senior|meisje|alleenstaande|moeder|oudje|vrouwtje) ~6 (niet|nie|nooit|minder|anders|slechter|geen|blijkbaar|kennelijk) | noneg
(niet|nooit|nie) serieus ~1 (genomen|nemen|neemt|namen) | weight=0.5,noneg
(ik|ze|zij|hij|mijn|moeder|vader|opa|oma|ouders|zoon|dochter) ~3 te (oud|jong|bejaard) ~2 (was|ben|is|waren|zijn|voor|om)
(hoofddoek|boerka|niqab|keppeltje|tulband|hidjab|hijab|hoofddoekje) | weight=0.5
(apart|eruit|uitgepikt|eruitgepikt|uitgekozen) ~2 (genomen|gehaald|gepikt|geplukt|gezet) | weight=0.5
(niemand|verder|alleen) ~1 (anders|ik|wij|mij|ons) | weight=0.25
(alleen|puur|enkel|gewoon|louter) omdat ~6 (donker*|zwart*|getint*|huidskleur|afkomst|hoofddoek|accent|rolstoel|leeftijd|vrouw|buitenlander*|allochto*|moslim*|gehandicapt*|blind|doof|homo|oud|jong|marokka*|turk*|surinam*|pools|roemeens*)
omdat ~3 (engels|frans|duits|arabisch|turks|pools|gebarentaal|spaans|russisch) ~2 (sprak|spreek|spreekt|spraken|praatte|praat|sprak)
(spreken|praten) (we|wij|men) ~1 (nederlands|hollands)
(oma|opa|moeder|vader|oudere|bejaarde|senior|ouders|schoonmoeder|schoonvader) ~2 van (6*|7*|8*|9*|zeventig|tachtig|negentig) | weight=0.5
(genegeerd|overgeslagen|voorgedrongen|straal) | weight=0.5
alleen ~6 (met|van) (een|de) (hoofddoek*|donkere|zwarte|getinte|buitenlandse|rolstoel|accent|hoofddoekje)
(achternaam|naam|accent|afkomst|huidskleur|hoofddoek) ~3 (hoorden|hoorde|zagen|zag|lazen|las|hoort|ziet|gezien|gehoord|gelezen) | weight=0.75
(ineens|opeens|plotseling) | weight=0.25
# --- added (holdout4 round) ---
(zei|zeiden|zegt|zeggen|gezegd|vond|vonden|vroeg|vroegen|dacht|dachten|suggereerde|opmerking|vertelde|vertelden|vertelt|verteld|beweerde|beweerden|beweert|meende|meenden) ~6 (op|voor|met) ~3 (mijn|m'n|mn|uw|haar|zijn|onze|die|hun) leeftijd
(iemand|mensen|klanten) (van|op) (mijn|uw|jouw|haar|zijn|die|uw) leeftijd
+ ik werd anders behandeld vanwege mijn hoofddoek
+ dit is pure discriminatie
+ ze hielpen me niet omdat ik geen goed Nederlands spreek
+ de beveiliger volgde alleen ons omdat we donker zijn, puur racisme
- alle klanten werden even vriendelijk behandeld
- de medewerker was heel geduldig met mijn oude moeder
- de aanvraag liep vertraging op omdat ik geen Nederlands adres had
+ hij zei dat je op mijn leeftijd geen smartphone meer nodig hebt
- op mijn leeftijd heb ik al heel wat winkels gezien, maar deze is top
# --- added (holdout5 round) ---
# stereotypes about a group; singled out as the only one
(ouderen|bejaarden|senioren|oudjes|vrouwen|buitenlanders|allochtonen|gehandicapten|anderstaligen) ~5 (toch|altijd|nooit|niet|nie|niks|niets) | weight=0.5,noneg
omdat (oudere|ouderen|bejaarden|senioren|vrouwen|buitenlanders|allochtonen|gehandicapten|anderstaligen|jongeren) | noneg
als (enige|enigste|eenigste|enigen) ~4 (gecontroleerd|gefouilleerd|gevolgd|aangesproken|geweigerd|tegengehouden|nagekeken|doorzocht|gevraagd|uitgekozen|apart|eruit|niet|nie) | noneg
(alleen|enkel) (ik|mij|wij|ons) ~4 (gecontroleerd|gefouilleerd|gevolgd|tegengehouden|nagekeken|doorzocht|moest|moesten|mocht|mochten) | noneg
(weigerde|weigerden|weigeren|geweigerd|wilde|wilden|wouden) ~8 in het (engels|frans|duits|nederlands|arabisch|spaans) | noneg
in het (engels|frans|duits|arabisch|spaans) ~5 (weigerde|weigerden|geweigerd|niet|nie|geen) ~3 (helpen|geholpen|spreken|praten|antwoorden|woord) | noneg
(anders|slechter|oneerlijk|ongelijk|minderwaardig) ~1 (behandeld|bejegend|geholpen|bediend) ~5 (dan|als) ~3 (andere|anderen|rest|witte|blanke|nederlandse|vlaamse|belgische|autochtone|mannen|vrouwen|jongere|oudere)
(buitenlandse|marokkaanse|turkse|arabische|afrikaanse|poolse|vreemde|allochtone|islamitische) (naam|achternaam|voornaam|klinkende)
(xenofo*|homofoob|homofobe|homofobie|transfoob|transfobe|transfobie|islamofob*|antisemitis*|moslimhaat|vrouwenhaat|ageis*|validis*)
(kleur|kleurtje|afkomst|accent) ~3 (niet|nie|geen) ~2 (welkom|bediend|geholpen|binnen) | noneg
(oudere|oude|ouwe) (mensen|klanten) ~5 (toch|altijd|nooit|niet|nie|niks|niets) | weight=0.5,noneg
omdat (oudere|oude) mensen | noneg
ongelijk* ~1 (behandeld|behandeling|behandelen|bejegend|bejegening)
mensen zoals (ik|mij|jij|u|wij|ons) | weight=0.5
+ mijn vader van 80 kreeg geen contract 'omdat ouderen dat toch niet snappen'
+ ik werd als enige gecontroleerd bij de uitgang
+ ze weigerden me in het Engels te helpen
+ met een buitenlandse achternaam krijg je daar geen huurwoning
- ik werd als enige klant meteen geholpen, top
- de folder was er ook in het Engels, handig
# --- added (long-narrative round) ---
# gender: "vrouwen hebben dit soort boren toch niet nodig", "stuur maar je man"
(vrouwen|vrouw|meisjes|dames|vrouwtjes|mannen) ~5 (toch|niet|nie|geen|nooit|niks|niets) ~3 (nodig|snappen|snapt|begrijpen|begrijpt|kunnen|kan|verstand|weten|weet|thuishoren|horen|rijden|klussen) | noneg
(beter|liever|maar|even) ~2 (mijn|m'n|je|uw|haar|jouw) (man|vriend|echtgenoot|vader|zoon|broer|partner|vent) ~3 (sturen|meenemen|meebrengen|laten|vragen|bellen|halen|komen)
# an elderly customer talked down to: half, with her age the other half
alsof (ze|hij|zij|ik|mijn|m'n) ~3 (kind|kleuter|kleinkind|dement|seniel|kinderen) | weight=0.5
+ de medewerker zei dat vrouwen dit soort boren toch niet nodig hebben
+ ik kon beter mijn man sturen, zei hij
+ mijn moeder van 82 werd aangesproken alsof ze een klein kind was
- mijn man en ik werden allebei even vriendelijk geholpen
- de vrouw aan de balie hielp me snel
# --- added (round 6: idea-grid probes) ---
# because of their (hun/jouw/uw) attribute; "op basis van"
(vanwege|om|door|wegens) (hun|jouw|je|uw|ons) (leeftijd|afkomst|huidskleur|kleur|handicap|beperking|accent|geslacht|hoofddoek|rolstoel|uiterlijk|taal|achternaam|geloof|religie|nationaliteit|gewicht|geaardheid|tatoeages|kleding) | noneg
op basis van (mijn|m'n|haar|zijn|hun|onze|uw|je|jouw) (leeftijd|afkomst|huidskleur|kleur|handicap|beperking|accent|geslacht|hoofddoek|uiterlijk|taal|achternaam|naam|geloof|religie|nationaliteit|postcode|gewicht|geaardheid)
# refused at the door while others got in: half + half
(geweigerd|tegengehouden|weggestuurd) ~3 (bij|aan) de (deur|ingang|entree|poort)  | weight=0.5
(andere|anderen) ~2 (gasten|klanten|mensen|bezoekers|jongens|groepjes|meisjes) ~1 (mochten|mocht|konden|kon|werden|werd) wel | weight=0.5
# an elderly relative's age stated: half (with being talked down to)
(hij|zij|ze|vader|moeder|opa|oma|man|vrouw) (is|was|ben) (6*|7*|8*|9*|zeventig|tachtig|negentig) | weight=0.5
+ de portier liet ons niet binnen vanwege hun huidskleur
+ op basis van mijn afkomst kreeg ik geen huurwoning
+ we werden geweigerd bij de ingang, andere gasten mochten wel naar binnen
+ ze sprak tegen mijn moeder alsof ze een kind was, ze is 80
- mijn moeder is 80 en werd heel goed geholpen
- we werden bij de deur geweigerd omdat het vol was
# --- added (round 6b: families from a fresh second probe set) ---
# refused help because of who they are ("niet helpen omdat ik Engels sprak")
(niet|nie|geen|weigerde|weigerden|geweigerd) ~3 (helpen|geholpen|bediend|bedienen|binnen|welkom|verder) ~2 omdat ~3 (ik|hij|zij|ze|we|wij|mijn|m'n) ~3 (engels|frans|duits|arabisch|turks|pools|vrouw|buitenlander*|buitenlands*|oud|ouder|bejaard|gehandicapt*|blind|doof|slechthorend|moslim*|donker*|zwart*|getint*|accent|hoofddoek|rolstoel*|allochto*) | noneg
+ ze wilden me niet helpen omdat ik Frans sprak
- ze konden me niet helpen omdat ik mijn bon kwijt was
# --- added (round 7: industry probes) ---
# asked about origin before helping; the one person who was spared
(vroeg|vroegen|vraagt|vragen|gevraagd|informeerde) ~2 naar (mijn|m'n|onze|haar|zijn|ons) (afkomst|nationaliteit|achtergrond|geloof|religie|geboorteland|verblijfsvergunning|verblijfsstatus|verblijfstatus) | weight=0.5
(witte|blanke|nederlandse|hollandse|vlaamse|belgische|autochtone) (vrouw|man|meneer|mevrouw|dame|klant|reiziger|jongen|meisje|passagier|stel|gezin|heer|huisgenoot|huisgenote|vriend|vriendin|collega|kennis|buurman|buurvrouw|medestudent|studiegenoot|partner|echtgenoot|echtgenote|klasgenoot) ~8 (niet|wel|hoefde|mocht|kreeg|werd|kon) | weight=0.5,noneg
# judged on looks: "keek me van top tot teen aan", "niet in uw budget"
van top tot teen | weight=0.5
(niet|nie) ~2 in (mijn|m'n|uw|je|jouw|ons) (budget|prijsklasse) | noneg,weight=0.5
+ ze vroegen naar mijn afkomst, de nederlandse vrouw voor mij kreeg die vraag niet
+ de verkoopster keek me van top tot teen aan en zei dat het niet in mijn budget past
- de nederlandse vrouw aan de balie was heel vriendelijk
- ze vroeg naar mijn nationaliteit voor het paspoort, logisch
# family: elderly/disabled treated like a child, talked over
(oma|opa|moeder|vader|ouders|oudere|ouderen|bejaarde*|senior*|gepensioneerd*|leeftijd|rolstoel*|doof|dove|blind|blinde|gehandicapt*|beperking) ~12 (behandeld|behandelen|behandelde|behandelden|toegesproken|aangesproken|benaderd|praatten|praatte|sprak|spraken) ~3 (als|alsof) ~3 (kind|kleuter|kleuters|kinderen|baby|dement|seniel|idioot)
over (haar|hem|ons|mij|me|zijn|mijn) ~1 heen (gepraat|praten|praatten|praatte|spraken|sprak|gesproken) | weight=0.5
# family: refused help because of the language the customer speaks
(spreek|spreekt|spreken|sprak|praat|beheers|versta) ~4 (niet|nie|geen|slecht|gebrekkig|weinig) ~3 (nederlands|vlaams|engels|frans|taal) ~10 (daarom|dus|vandaar|waardoor) ~4 (niet|nie|geweigerd|weigerde|weigerden|geen) ~3 (helpen|geholpen|bediend|bedienen|verder|binnen|welkom) | noneg
omdat ~3 (niet|nie) ~2 (goed|vloeiend|perfect|zo) ~1 (goed|vloeiend) ~1 (nederlands|engels|vlaams|frans) ~1 (spreek|sprak|spreekt|spreken|praat|praten|kan|kon|beheers|beheerste|versta|verstaat) | noneg
(leer|leren) ~2 eerst ~3 (nederlands|vlaams|taal)
eerst ~3 (nederlands|vlaams|taal) ~2 (leren|gaan|te)
+ mijn oma van 82 werd behandeld als een klein kind
+ ik spreek niet zo goed Nederlands en daarom wilde de medewerker mij niet helpen
+ ze zei dat ik eerst maar Nederlands moest leren
- mijn zoontje werd als een kleine prins behandeld, dank jullie
- ik spreek geen Frans, dus de medewerker schakelde gewoon over op Engels
# family: addressed about / remarks on one's headscarf, origin, age
(aangesproken|aanspreken|sprak|spraken|opmerking|opmerkingen|grapjes|grap) ~4 op (mijn|m'n|haar|zijn|onze|hun) (hoofddoek|accent|afkomst|huidskleur|kleur|leeftijd|rolstoel|handicap|geloof|uiterlijk|gewicht)
+ de beveiliger sprak me aan op mijn hoofddoek
- de medewerker sprak me vriendelijk aan op mijn verjaardag

# --- r9a (implicit round) ---
# stopped at the door while the rest walked on: either word order, half + half
(bij|aan) (de|het) (deur|ingang|entree|poort|kassa|balie|toegang|slagboom|check-in|gate) ~3 (geweigerd|tegengehouden|weggestuurd|gestopt|aangehouden|apart|gecontroleerd|gefouilleerd|doorzocht) | weight=0.5
(de|hun) (rest|anderen|overige|overigen|vrienden|vriendinnen) ~4 (mocht|mochten|kon|konden|werd|werden|liep|liepen|ging|gingen) ~2 (wel|gewoon|zo|zomaar|meteen|direct) ~2 (door|doorlopen|binnen|naar|verder|doorgaan|geholpen|mee) | weight=0.5
# told it "at your age", in whatever reporting verb
(te|kreeg|kregen|hoorde|hoorden|gehoord|schreef|schreven|antwoordde|antwoordden|mail|brief|reactie|antwoord|opmerkte|merkte) ~6 (op|voor|met) ~3 (mijn|m'n|uw|haar|zijn|onze|die|jouw|je) leeftijd
# ignored as a woman / talked only to the man
als (vrouw|vrouwelijke|man|buitenlander|buitenlandse|oudere|jongere|student|moslim|moslima|allochtoon|gehandicapte|transgender|homo|zwarte|bejaarde|senior|meisje|alleenstaande|moeder|oudje|vrouwtje|rolstoelgebruiker|slechthorende|dove|blinde) ~6 (genegeerd|overgeslagen|afgewimpeld|weggezet|afgescheept|afgeblaft|uitgelachen|straal|wegwuifde|weggestuurd|gepasseerd|passeerde|passeerden|negeerde|negeerden|oversloeg|oversloegen|achtergesteld|benadeeld) | noneg
(praatten|praatte|sprak|spraken|richtte|richtten|keek|keken|wendde|wendden|antwoordde|antwoordden) ~3 (alleen|enkel|uitsluitend|steeds|telkens) ~2 (met|tegen|naar|tot|aan) (mijn|m'n|haar|ons|onze) (man|vriend|echtgenoot|zoon|broer|vader|partner|begeleider|begeleidster|dochter|vriendin) | weight=0.5
+ Mijn zus met hoofddoek werd bij de entree tegengehouden, de rest van ons mocht gewoon doorlopen.
+ Bij de bank kreeg ik te horen dat ik 'op mijn leeftijd' geen lening meer hoef.
+ als vrouw werd ik in de autozaak straal genegeerd
- bij de ingang werden we gecontroleerd, net als alle andere bezoekers
- de verkoper sprak alleen met mijn man omdat ik in de auto zat te bellen
# --- added (r11b: four-voices probes) ---
# because of the attribute with an adjective between: "vanwege zijn donkere huidskleur" (no 'kleur',
# 'naam' or 'taal': "vanwege de verkeerde kleur" is a product fault)
(vanwege|wegens|om|door|basis) (mijn|m'n|haar|zijn|onze|hun|jouw|je|uw) ~1 (leeftijd|afkomst|huidskleur|handicap|beperking|accent|geslacht|hoofddoek|hoofddoekje|rolstoel|uiterlijk|achternaam|geloof|religie|nationaliteit|geaardheid|etniciteit|origine|migratieachtergrond)
op basis van ~1 (afkomst|huidskleur|etniciteit|nationaliteit|geslacht|handicap|beperking|geloof|religie|geaardheid|accent|uiterlijk|achternaam|origine|migratieachtergrond)
(etniciteit|migratieachtergrond|origine) | weight=0.5
# addressed as a group: "jullie buitenlanders moeten eerst ...", "jouw soort", "ga terug naar je eigen land"
(jullie|zulke) (buitenlanders|allochtonen|moslims|marokkanen|turken|polen|roemenen|vluchtelingen|asielzoekers|zwarten|negers|bejaarden|oudjes|gehandicapten|mongolen|gelukzoekers|kakkerlakken) | noneg
(jouw|uw|jullie|hun) (soort|slag) (mensen|volk|types|lui|tuig)
naar (je|jouw|uw|jullie|hun|haar|zijn|z'n) eigen land
# a language barrier turned away: "kom maar terug met iemand die wel Nederlands spreekt"
iemand ~3 (die|met|wie) ~2 (wel|wél|goed|beter|fatsoenlijk|normaal|gewoon) (nederlands|vlaams|nederlandstalig|engels)
(kom|komt|komen|bel|belt|bellen) ~3 (terug|maar) ~3 met ~2 (iemand|een|uw|je) ~2 (tolk|vertaler|nederlandstalige|die)
(gebrekkig|slecht|weinig|nauwelijks|amper|matig|gebroken) (nederlands|vlaams|nederlandse|engels) | weight=0.5
# a disability named in full; entry refused
(syndroom|downsyndroom|down-syndroom|verstandelijke|verstandelijk|mindervalide|mindervaliden|epilepsie|hulpbehoevend*|geleidehond|prothese|stoma|krukken)
(toegang|binnen|instappen|mee|ingang) ~3 (ontzegd|geweigerd|onthouden|verboden|ontzeggen|weigeren|weigerde|weigerden) | weight=0.5
+ hij werd gefouilleerd vanwege zijn donkere huidskleur
+ uitsluitend op basis van afkomst kregen wij andere voorwaarden
+ jullie buitenlanders moeten eerst leren in de rij staan
+ kom maar terug met iemand die wel Nederlands spreekt
+ ze hebben mijn zoon met het syndroom van Down de toegang ontzegd
+ ga terug naar je eigen land, zei hij
- de verf werd geweigerd vanwege de verkeerde kleur
- mijn oma sprak gebrekkig Engels maar werd prima geholpen
# skin colour said as "donkere huid"
(donkere|zwarte|bruine|getinte) huid
+ alleen omdat hij een donkere huid heeft werd hij gecontroleerd
- deze crème is niet geschikt voor een gevoelige huid

# --- r12a (four-voices round 3) ---
# "op grond van mijn afkomst" (the legal wording)
op grond van (mijn|m'n|haar|zijn|hun|onze|uw|je|jouw) ~1 (leeftijd|afkomst|huidskleur|handicap|beperking|accent|geslacht|hoofddoek|uiterlijk|achternaam|geloof|religie|nationaliteit|geaardheid|etniciteit|origine|migratieachtergrond|zwangerschap)
op grond van ~1 (afkomst|huidskleur|etniciteit|nationaliteit|geslacht|handicap|beperking|geloof|religie|geaardheid|leeftijd|ras|zwangerschap)
# asked about pregnancy or refused for it
(vroeg|vroegen|gevraagd|vragen|vraagt|informeerde|wilde|wilden|weten) ~4 (zwanger|zwangerschap|kinderwens|gezinsplanning)
(omdat|vanwege|wegens) ~3 (zwanger|zwangerschap|zwangerschapsverlof)
# a stated age as the reason: "omdat ik 19 ben", "omdat hij 85 is"
omdat (ik|hij|zij|ze|mijn|we|wij|u|jij) ~2 (1*|2*|3*|4*|5*|6*|7*|8*|9*) (ben|bent|is|was|waren|zijn) | noneg
# a Dutch-sounding name got the invitation: half
(nederlandse|hollandse|vlaamse|westerse|autochtone|nederlands) (naam|achternaam|voornaam|klinkende) | weight=0.5
# limited Dutch stated by the customer: half, with being ignored or passed over
(spreek|spreekt|spreken|sprak|praat|beheers|versta) ~3 (niet|nie|geen|nauwelijks|amper) ~2 (nederlands|vlaams|engels|frans|taal) | weight=0.5,noneg
# others behind them served first: half
(mensen|klanten|iedereen|anderen|rest) (achter|na) (mij|me|ons) ~4 (eerst|wel|eerder|voor) ~1 (geholpen|bediend|binnen|aan) | weight=0.5
# a residence permit or status as the reason for refusal: half
(verblijfsvergunning|verblijfsstatus|verblijfstatus|vluchtelingenstatus|statushouder|statushouders) | weight=0.5
# more conditions named: half
(spierziekte|wandelstok|parkinson|reuma|dementie|alzheimer|hersenletsel|nierpatient) | weight=0.5
+ De premie werd verhoogd op grond van mijn afkomst.
+ Bij het gesprek werd gevraagd of ik zwanger wilde worden.
+ Ik moest meer borg betalen omdat ik 19 ben.
+ Betreft: ongelijke behandeling bij de verhuur.
+ Ik spreek nog niet goed Nederlands en werd aan het loket genegeerd.
- Omdat ik 5 minuten te laat was, moest ik een nieuwe afspraak maken.
- Mijn oma is 88 en werd heel geduldig geholpen.
# a whole group turned away in so many words: "geen buitenlandse studenten", "niet aan buitenlanders"
geen (buitenlandse|allochtone|zwarte|donkere|getinte|gekleurde) (klanten*|mensen*|studenten*|huurders*|gasten*|kopers*|reizigers*|passagiers*|bewoners*|jongens*|meisjes*|mannen*|vrouwen*|gezinnen*|families*|personen*|types*) | noneg
geen (buitenlanders*|allochtonen*|marokkanen*|turken*|moslims*|vluchtelingen*|asielzoekers*|expats*|internationals*|migranten*|statushouders*|gehandicapten|bejaarden|hoofddoeken) | noneg
(niet|nie) (aan|voor|met) (buitenlanders*|allochtonen*|marokkanen*|turken*|moslims*|vluchtelingen*|asielzoekers*|expats*|internationals*|migranten*|statushouders*|gehandicapten|bejaarden) | noneg
+ De verhuurder zei dat hij 'geen buitenlandse studenten' wil.
- We hadden geen bejaardentelefoon nodig, de gewone was prima.
- Geen buitenlandse betalingen mogelijk met deze kaart, dat wist ik.
# --- added (r13b thesaurus pass) ---
# treated worse: achtergesteld, benadeeld, anders behandeld, neergekeken, met de nek aangekeken "vanwege/omdat" + ground
(achtergesteld|benadeeld|anders|slechter|minder|oneerlijk|ongelijk|neerbuigend) ~2 (behandeld|bejegend|geholpen|bediend|aangesproken|aangekeken) ~4 (vanwege|wegens|omdat) ~3 (leeftijd|afkomst|huidskleur|kleur|handicap|beperking|accent|geslacht|hoofddoek|uiterlijk|achternaam|geloof|religie|geaardheid|taal|nationaliteit|rolstoel|oud|jong|buitenlander|allochtoon|moslim|zwart|donker|gehandicapt|bejaard|senior)
(ongelijke|oneerlijke|andere|slechtere|aparte) behandeling ~4 (vanwege|wegens|omdat|op) ~3 (leeftijd|afkomst|huidskleur|handicap|beperking|accent|geslacht|hoofddoek|uiterlijk|achternaam|geloof|religie|geaardheid|taal|nationaliteit|grond|basis)
(etnisch|raciaal|racistisch|discriminerend) (profileren|geprofileerd|profilering|gedrag|behandeld|opmerking*|grap*)
(leeftijdsdiscriminatie|ageism|ableism|validisme|moslimhaat|islamofob*|antisemiti*|jodenhaat|homohaat|vrouwenhaat|seksistisch*|racistisch*)
+ ik werd anders behandeld vanwege mijn huidskleur
+ oneerlijke behandeling omdat ik een beperking heb
+ een racistische opmerking van de kassière
- de behandeling in het ziekenhuis was uitstekend
- ik werd anders geholpen dan verwacht, maar wel goed

# nl14b: asked to speak 'normally' because of accent / origin
(vroeg|vroegen|vraagt|vragen) ~4 of ik ~2 (normaal|gewoon) ~2 (kon|kan|kun) ~1 (praten|spreken|nederlands)
+ Ze bleef vragen of ik 'normaal' kon praten.
+ Hij vroeg of ik gewoon kon spreken, vanwege mijn accent.
- Ze vroeg of ik morgen kon komen.
# because of one's ethnic or religious group
omdat (ik|we|wij|hij|zij|ze) ~2 (roma|zigeuner*|sinti|woonwagenbewoner*|marokkaan*|marokkaans*|turk|turks|turkse|surinamer*|surinaams*|surinaamse|antilliaan*|antilliaans*|afrikaan*|afrikaans*|aziaat|aziatisch*|arabier|arabisch*|moslim*|islamitisch*|jood|joods*|homo|lesbisch*|transgender|vluchteling*) (ben|is|zijn|was|waren)
+ de portier stuurde ons weg omdat we Marokkaans zijn, schandalig
+ de bewaking hield mij de hele tijd in de gaten omdat ik een Roma ben
- ik kreeg korting omdat ik een vaste klant ben
- we waren blij omdat hij precies op tijd was
- Mijn oom gebruikt een rolstoel en de buschauffeur hielp hem heel netjes instappen.
- Ik ben slechthorend en zat een halfuur in de wachtrij van de klantenservice.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# 'volgens haar heb ik op mijn leeftijd ...' (reported by 'volgens', not by a verb of saying)
volgens (haar|hem|hen|hun|die|de|het|ze|zij|deze) ~6 (op|voor|met) ~3 (mijn|m'n|mn|uw|haar|zijn|onze|die|hun) leeftijd
# refused because the language is 'niet goed' (without 'zo')
(niet|nie|ni|geen|weigerde|weigerden|wou|wilde|wilden) ~3 (helpen|geholpen|bediend|bedienen|verder) ~2 omdat ~3 (niet|nie|ni|geen|slecht|gebrekkig) ~3 (nederlands|engels|vlaams|frans) (spreek|sprak|spreekt|spreken|praat|praten|kan|kon|beheers|beheerste|versta|verstaat) | noneg
# a group told to learn first: 'wij buitenlanders moesten eerst leren ...'
(buitenlanders|allochtonen|moslims|vluchtelingen|asielzoekers|marokkanen|turken|polen|roemenen) ~3 eerst ~4 (leren|leert|leerden)
+ volgens de verkoper had mijn vader op zijn leeftijd geen laptop meer nodig
+ ze wilden ons nie helpen omdat we niet goed Nederlands spreken
+ hij vertelde mijn oma dat ze op haar leeftijd beter geen abonnement kon nemen
# --- r19 nl19d paraphrase pass ---
# treatment changes once staff notice who the customer is ("zodra hij hoorde dat ik een vrouw ben")
(zodra|toen|nadat|sinds) ~3 (hoorde|hoorden|zag|zagen|merkte|merkten|doorhad|doorhadden|hoort|ziet|merkt) ~3 (dat|mijn|m'n) ~4 (vrouw|accent|hoofddoek|hoofddoekje|rolstoel*|buitenlands*|buitenlander*|allochto*|moslim*|doof|blind|gehandicapt*|bejaard|zwart|donker|getint|homo|lesbisch|transgender|afkomst|achternaam|handicap|beperking) | weight=0.75
(zodra|toen|nadat) ~3 (engels|frans|duits|arabisch|turks|pools|spaans|russisch|gebarentaal) ~2 (sprak|spraken|spreek|spreekt|praatte|praat|begon|begonnen|antwoordde) | weight=0.5
(vriendelijkheid|glimlach|behulpzaamheid) ~2 (weg|verdwenen|verdween|voorbij|over) | weight=0.5
(engelstalig*|anderstalig*|franstalig*|arabischtalig*|turkstalig*|niet-nederlandstalig*) | weight=0.5
minder serieus ~1 (genomen|nemen|neemt|namen) | weight=0.5
# the husband as the one to talk to ("is uw man thuis?", "of mijn man er niet bij kon komen")
(is|was) (uw|je|jouw|haar) (man|echtgenoot|vent) (thuis|er|aanwezig) | weight=0.5
(mijn|m'n|uw|je|jouw|haar) (man|echtgenoot|vent) ~3 (thuis|erbij|bij) ~2 (kon|kan|komen|zijn|kwam|was) | weight=0.5,noneg
met (vrouwen|dames|meiden|vrouw) ~1 (praat|praten|bespreek|bespreken|doe|doen|onderhandel|onderhandelen) ~2 (ik|we|wij|hij|ze) ~2 (niet|nie|geen|nooit) | noneg
# compared with customers who lack the attribute
(klanten|mensen|anderen|collega's|mannen|vrouwen|gasten|bezoekers|reizigers|medeklanten) zonder (hoofddoek|hoofddoekje|accent|rolstoel|handicap|beperking|tatoeages|tattoos|piercings|migratieachtergrond|kleurtje)
als (laatste|allerlaatste) ~1 (geholpen|bediend|aan) | weight=0.5
# the only one of a group singled out
als (enige|enigste) (zwarte|donkere|getinte|gekleurde|buitenlander|buitenlandse|allochtone|allochtoon|moslim|moslima|gehandicapte|rolstoeler|rolstoelgebruiker|vrouw)
(niemand|geen) anders ~2 (werd|hoefde|moest|kreeg) ~3 (gecontroleerd|gefouilleerd|gevolgd|nagekeken|doorzocht|tegengehouden|legitimeren|zien) | noneg,weight=0.5
# a deaf customer who can only phone
(alleen|uitsluitend|enkel) ~2 (bellen|bel|belt) | weight=0.4
# judged on appearance; treated like a thief
uiterlijk ~1 (beoordeeld|beoordelen|beoordeelt|ingeschat|veroordeeld|afgerekend|geweigerd|gekeurd)
(beoordeeld|veroordeeld|afgerekend|ingeschat|gekeurd|geselecteerd|keurde|keurden|beoordeelde|beoordeelden|selecteerde|selecteerden) ~3 op ~2 (uiterlijk|huidskleur|kleur|kleding|afkomst|accent|leeftijd|tatoeages|tattoos)
alsof (ik|we|wij|hij|ze|zij|mijn|m'n) ~2 (dief|crimineel|winkeldief|zakkenroller|dievegge|bedelaar|zwerver) | weight=0.5
(tatoeage*|tattoo*|piercing*|dreadlocks) | weight=0.5
# elderly customer talked over, or treated as senile
(sprak|praatte|richtte|wendde|keek) ~3 (alleen|uitsluitend|enkel|steeds) ~2 (met|tegen|tot|naar) (mijn|m'n) (dochter|zoon|begeleider|begeleidster|kleinzoon|kleindochter|kinderen|mantelzorger) | weight=0.5
alsof ~3 (niet|nie) ~1 meer ~3 (hoofd|verstand|zinnen|tellen) | weight=0.5,noneg
(6*|7*|8*|9*) ~1 (jarige|jarig) | weight=0.5
+ zodra de man aan de balie mijn accent hoorde, was hij een stuk minder behulpzaam en sprak hij alleen tegen mijn zoon
+ met vrouwen bespreek ik dat niet, zei de verkoper
+ als enige donkere klant werd ik apart genomen
+ de portier keurde ons puur op uiterlijk en liet ons niet binnen
- mijn man was er ook bij en we werden allebei netjes geholpen
- ik werd als laatste geholpen omdat ik als laatste binnenkwam

# --- nl-s8: older customers sent off to their grandchildren; the elderly left out
(maar|even|eens|gewoon) ~3 (aan|door|bij) (mijn|m'n|mn|uw|je|jouw|de) ~1 (kleinkind*|kleinzoon|kleindochter|kleinzoons|kleindochters)
(ouderen|senioren|bejaarden|oudjes|oudere) ~6 (vergeten|buitengesloten|uitgesloten|afgeschreven|genegeerd|weggezet|afgescheept) | noneg
+ aan de balie zeiden ze dat ik het maar aan mijn kleinzoon moest vragen
+ senioren zonder computer worden hier gewoon buitengesloten
- mijn kleindochter heeft me geholpen met de app, prima
