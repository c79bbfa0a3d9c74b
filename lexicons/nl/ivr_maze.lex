# Phone menus, chatbots or automated systems with no way to reach a person;
# robocalls.
(keuzemenu*|spraaksysteem*|spraakrobot*|belcomputer*|telefooncomputer*|telefoonrobot*|keuzeboom|menustructuur|belmenu*|telefoonmenu*|spraakmenu*|hoofdmenu|menukeuze*|keuzeopties|spraakcomputer*|computerstem*|robotstem*|bandjesstem*|spraakherkenning*|robocall*|belrobot*|spraakassistent*)
(chatbot*|chatrobot*) | weight=0.5
(virtuele|digitale) (assistent|assistente|*medewerker|hulp) | weight=0.5
(de|een|die|stomme|domme) (bot|robot) | weight=0.5
(chatbot*|bot|robot|assistent|assistente) ~6 (niet|niks|niets|nooit|geen|steeds|telkens|weer|terugstuurt|terug|rondjes|rondje|muur|nutteloos|waardeloos|onbruikbaar|dom|stom|hopeloos|cirkel|loop|zelfde|hetzelfde|begrijpt|snapt|verstaat) | noneg,weight=0.5
(muur|nutteloos|waardeloos|onbruikbaar|hopeloos) | weight=0.5
(het|een|dat|die) bandje | weight=0.5
(*medewerker|mens|agent|persoon|operator|klantenservice) (getypt|ingetypt|ingetikt|getikt|geroepen|gezegd|ingesproken|gevraagd)
(verbinding|gesprek|lijn) ~3 (verbroken|afgebroken|beeindigd|weggevallen) | weight=0.5
(druk|toets|kies|drukken|toetsen|kiezen|gedrukt|getoetst|gekozen) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|hekje|sterretje) ~6 (druk|toets|kies|menu|weer|opnieuw|begin|verbroken|opgehangen)
(menu|keuzes|opties|keuzemenu) ~6 (eindeloos|rondjes|rondje|cirkel|lus|loop|opnieuw|terug|begin|verbroken|opgehangen)
(menu|keuzes|opties|keuzemenu) ~6 geen ~1 optie | noneg
(rondjes|rondje|cirkel|cirkels|lus|loop) ~5 (menu|bot|chatbot|*systeem|keuze|toets|keuzemenu)
(geen|niet|nooit|nergens|nie) ~5 (echt|echte|levend|levende|menselijk|menselijke) (mens|persoon|*medewerker|contact|stem|wezen|ziel) | noneg
(geen|niet|nooit|nergens|nie) ~5 (een) (mens|persoon) | noneg
(geen|niet|nooit|nergens|nie) ~5 (*medewerker|mens) ~2 (spreken|lijn|bereiken|te) | noneg
(echt|echte|levend|levende|menselijk|menselijke) (mens|persoon|contact|stem|ziel)
vlees en bloed
van (optie|keuze|menu) naar (optie|keuze|menu)
(geen|nooit|niemand|nergens|nie) ~3 (iemand|*medewerker|mens|persoon) ~2 (te|spreken|aan|bereiken) | noneg,weight=0.5
(menu|menu's|opties) | weight=0.5
(chatbot*|bot) ~6 (sluit|stopt|beeindigt|verbreekt|breekt|gooit) | weight=0.5
(om|naar) een (*medewerker|mens|persoon) ~2 (vraagt|vroeg|vragen|typt|typte) | weight=0.5
(wil|willen|wou) ~3 (een|gewoon|echt|eindelijk) ~1 mens
(wil|willen|wou) ~3 (een|gewoon|echt|eindelijk) ~1 (persoon|*medewerker) ~2 (spreken|aan|te) | weight=0.5
(automatisch*|geautomatiseerd*|computer|*systeem) ~5 (hing|ophing|opgehangen|verbroken|verbrak)
(bandje|computer|*systeem|spraakcomputer) ~3 (begreep|begrijpt|verstond|verstaat|herkende|herkent) ~3 (niet|niks|niets) | noneg
(doorgeschakeld|doorverbonden|terechtgekomen|uitgekomen|kwam|kwamen|beland|belandde|doorgestuurd) ~4 (voicemail|antwoordapparaat|voicemailbox|keuzemenu|bandje)
geen ~2 (optie|keuze) ~4 (menu|keuzemenu|lijst|past|klopt|paste) | noneg
(0|nul|hekje|sterretje|toets|toetsen|knop) ~2 (drukken|indrukken|gedrukt|drukte|indrukte|intoetsen) ~3 (niks|niets|geen|nie|niet) | noneg
(een|de|die|zo'n) (stem|computerstem|robotstem|bandjesstem|vrouwenstem|mannenstem) ~3 (zegt|zei|vertelt|vertelde|meldt|meldde|vraagt|vroeg|herhaalt)
(door|langs) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|drie|vier|vijf|zes|zeven|acht|tien) (keuzes|opties|menu's|stappen|keuzemenu's|submenu's) heen
(automatische|automatisch|computer|robot|gesproken) ~1 (stem|stemmetje|bericht|berichtje|belletje|oproep|oproepen|telefoontje|telefoontjes|stemmen)
(computer|robot|machine|automaat|bandje|spraakcomputer|*systeem) ~3 te woord ~1 (gestaan|staan|staat)
(ophangt|hangt|verbreekt|breekt) ~4 (als|zodra|wanneer) ~3 (*medewerker|mens|persoon|operator)
+ ik zat een half uur in een keuzemenu zonder ooit een mens te spreken
+ de chatbot begrijpt mijn vraag niet en je kunt nergens een echte medewerker bereiken
+ druk 1, druk 3, en dan begint het menu weer opnieuw
+ ik wil gewoon een levend mens aan de lijn
- een medewerker nam meteen op
- de app werkt prima
# --- added (long-narrative round) ---
# no way to a person: "een medewerker spreken was onmogelijk, er is geen knop voor"
(*medewerker|mens|persoon|iemand|*medewerkster) ~2 (spreken|bereiken|krijgen|praten) ~2 (was|is|bleek|lijkt|leek) ~1 (onmogelijk|uitgesloten) | noneg
(geen|nergens|nie) ~2 (knop|optie|keuze|menu-optie|toets|menukeuze) ~3 (voor|om|naar) ~3 (*medewerker|mens|persoon|*medewerkster|mensen|echt|echte) | noneg
+ een medewerker spreken was onmogelijk met die chatbot
+ er is geen optie om met een echt persoon te praten
+ nergens een knop voor contact met een medewerker
- de chatbot verbond me meteen door met een medewerker
- via de knop kreeg ik direct iemand aan de lijn
# --- added (round 6: idea-grid probes) ---
# bot that only sends FAQ links; "a human you never get"
(bot|chatbot*|assistent*|robot) ~4 (verwijst|verwees|stuurt|stuurde|linkt|linkte|geeft|gaf) ~4 (faq|veelgestelde|linkjes|links|artikel*|hulppagina*|helpartikel*|helpcentrum|dezelfde)
(mens|*medewerker|persoon|*medewerkster) (krijg|krijgt|kreeg) (je|ik|u|ge|men) ~1 (nooit|niet|nie) | noneg
# robocalls; "try later" then cut off
(robotbel*|robottelefoon*|robotoproep*|robocall*)
(geautomatiseerde|automatische) (oproep|oproepen|belletjes|telefoontjes|gesprekken)
(belt|bel|probeert|probeer) (u|je) ~2 later ~1 (terug|opnieuw|nog) | weight=0.5
(automaat|machine|computer|spraakcomputer|robot) ~2 aan de (lijn|telefoon)
+ de bot verwijst alleen naar de FAQ
+ een mens krijg je daar nooit
+ weer zo'n robotbelletje over zonnepanelen
+ 'belt u later terug' en dan wordt de verbinding verbroken
- ik kreeg meteen een medewerker aan de lijn
- belt u later terug? prima, zei ik
# --- added (round 6b: families from a fresh second probe set) ---
(begin|start) van het (menu|keuzemenu|belmenu|hoofdmenu)
(werd|word|wordt|werden) ~4 (afgebroken|afgekapt) | weight=0.5
+ het systeem stuurt me steeds terug naar het begin van het menu
- het gesprek met de medewerker werd netjes afgerond
# family: the automated system cuts you off / hangs up
(*systeem|computer|bandje|robot|stem|bot|chatbot|menu|keuzemenu|spraakcomputer) ~4 (afkapte|kapt|kapte|afgekapt|onderbrak|onderbreekt|onderbroken|verbrak|verbreekt)
(automatische|geautomatiseerde|computergestuurde|spraakgestuurde) (*systeem|telefoonsysteem|belsysteem|telefoniesysteem|antwoordsysteem|assistent|keuzemenu|menu) | weight=0.5
+ het automatische systeem kapte me steeds af voordat ik klaar was
+ het bandje onderbrak me elke keer
- de medewerker onderbrak me even om iets op te zoeken
# family: referred to a bot / impossible to get a human on the line
(doorverwezen|verwezen|verwees|gestuurd|stuurde|doorgestuurd|doorgeschakeld|beland|belandde|kwam|kom) ~3 naar ~2 (chatbot*|bot|robot|keuzemenu|bandje|spraakcomputer|computer)
(onmogelijk|ondoenlijk|nooit|geen|nergens|niet|nie) ~4 (mens|levend|levende|echt|echte) ~2 aan de (lijn|telefoon) | noneg
+ ik werd doorverwezen naar een chatbot
+ het is onmogelijk om een mens aan de lijn te krijgen
- de chatbot stuurde me naar een medewerker en die hielp me snel
# --- added (round 9b: described automation) ---
# the recording starts over
(bandje|menu|keuzemenu|*systeem|computer|stem|spraakcomputer|belmenu) ~4 (begon|begint|start|startte|ging|gaat|sprong|springt) ~3 (weer|opnieuw|terug) ~3 (begin|voren|nul|af|start)
# pressing keys: half
(op|de) (0|nul|hekje|sterretje|toets|1|2|3|4|5|6|7|8|9) ~1 (gedrukt|drukken|drukte|getoetst|geduwd) | weight=0.5
# a bot that only sends links; no human ever involved
(bot|chatbot*|assistent*|robot) ~4 (linkjes|links|linkje|artikelen|faq|helpartikel*|hulppagina*) ~2 (sturen|stuurde|stuurt|geven|gaf|plakken|plakte|spuien)
(mens|*medewerker|persoon|*medewerkster) ~4 (nooit|niet|nie|geen) ~3 aan te pas | noneg
# layers of menu options
(lagen|niveaus|submenu's|submenus) ~1 (opties|keuzes|menu|menu's|keuzemenu)
# robocalls: a computer rings you
(belt|belde|bellen|belden|gebeld) ~3 (computer|robot|machine|computerstem|robotstem|automaat)
+ vijf keer op 0 gedrukt, het bandje begon gewoon weer bij het begin
+ de digitale assistent bleef maar linkjes sturen, een mens kwam er nooit aan te pas
+ door zes lagen opties geleid en toen hing ik in de stilte
+ al de hele week belt er een computer
- de medewerker stuurde me een handig linkje
- ik heb de computer van mijn zoon gebeld om te vragen hoe het werkt
# --- r12b (four-voices round) ---
# pre-recorded messages / robocalls
(vooraf|tevoren) ~1 (opgenomen|ingesproken|ingeblikt*) ~2 (bericht*|boodschap*|stem|tekst*|melding*)
(automatisch|geautomatiseerd|computergestuurd|spraakgestuurd) (*systeem|belsysteem|telefoonsysteem|antwoordsysteem|keuzemenu|menu) | weight=0.5
(chatassistent*|chatassistente|botje|spraakbot*|belbot*|voicebot*|ai-assistent*|ai-chatbot*|ai-bot*|klantenservicebot*) | weight=0.5
(geautomatiseerde|automatische|computergestuurde) (telefoonlijn*|lijn|lijnen|telefoondienst|klantenlijn|helpdesk|klantenservice) | weight=0.5
# only a machine to talk to
(alleen|enkel|uitsluitend|slechts) ~3 (bot|chatbot*|robot|automaat|bandje|bandjes|computerstem|robotstem|spraakcomputer|machine)
# never get through to a human: "kom nooit bij een echt iemand"
(geen|niet|nooit|nergens|nie) ~5 (echt|echte|levend|levende) iemand | noneg
(kom|kwam|kwamen|komt|komen|geraak|geraakt|geraakte|geraken) ~3 (nooit|niet|nie|nergens) ~2 (bij|tot|door) ~2 (een|echt|echte|levend|levende) ~1 (mens|persoon|*medewerker|*medewerkster|iemand) | noneg
(geen|nooit|nergens) ~3 een (*medewerker|*medewerkster) | noneg,weight=0.5
# my problem is not among the options
(menu|keuzemenu|belmenu|opties|keuzes|keuzelijst) ~5 (probleem|vraag|situatie|geval) ~4 (niet|nie|nergens) ~1 (tussen|bij|in|vermeld) | noneg
# passed from one recording to the next; the machine starts over
van (het|de) (ene|één) ~1 (bandje|menu|keuzemenu|submenu|robot|bot|keuze|optie) naar
(automaat|bandje|keuzemenu|belmenu|spraakcomputer|computerstem|robotstem|robot|chatbot) ~7 (begint|begon|startte|start|springt|sprong) ~3 (opnieuw|overnieuw|weer|terug)
(begint|begon|startte|start|springt|sprong) ~2 (de|het|die|dat) (automaat|bandje|keuzemenu|belmenu|spraakcomputer|computerstem|robotstem|robot|chatbot) ~3 (opnieuw|overnieuw|weer|terug)
(intoetsen|ingetoetst|intikken|ingetikt) ~6 (automaat|computer|bandje|menu|keuzemenu|robot|stem) | weight=0.5
+ gebeld door een automatisch systeem met een vooraf opgenomen boodschap
+ je kunt daar alleen met een chatbot praten
+ ik kom nooit bij een echte medewerker terecht
+ het menu waar mijn probleem gewoon niet tussen staat
+ je gaat van het ene bandje naar het andere
+ na het intoetsen begint de automaat gewoon opnieuw
+ de automaat zegt 'dit nummer is onbekend' en begint alles opnieuw
- de chatassistent gaf meteen het juiste antwoord en verbond me door
- ik sprak alleen met een medewerker, heel prettig

# --- added (nl14a paraphrase round) ---
# typing 'human' over and over at a bot
(keer|x|maal) ~4 mens ~3 (getypt|ingetypt|ingetikt|getikt|gezegd|geroepen|gevraagd)
+ wel tien keer 'medewerker' ingetikt bij die bot
+ vijf keer 'mens' geroepen tegen de computer
+ zeker twaalf maal mens gevraagd, geen reactie
- ik heb twee keer een medewerker gesproken, beide vriendelijk
- ik heb één keer gebeld en werd meteen geholpen
# nl15b: no human anywhere behind the bot
(mens|sterveling|mensen) ~3 nergens ~2 (te|bekennen|vinden|zien|bereikbaar) | noneg
# nl15b: typing "employee" into the bot
(*medewerker|mens|operator|agent) (typ|typt|typte|tik|tikt|tikte|intyp|intik) | weight=0.5
# nl15b: bot answers with FAQ links
(chatbot*|bot|chatrobot*) ~8 (veelgestelde|faq|helpartikel*) | weight=0.5
# nl15b: no menu option fits; pressing zero to escape
(menu|keuzes|opties|keuzemenu|keuzemogelijkheden) ~6 (geen|niets|niks) ~2 (paste|past|klopte|klopt|toepasselijk|toepassing|aansloot) | noneg,weight=0.5
(drukte|druk|drukken|gedrukt|toetste|getoetst) op (nul|0|hekje|sterretje) | weight=0.5
+ de virtuele assistent blijft maar vragen stellen en een mens is nergens te bekennen
+ de chatbot stuurt me steeds naar de veelgestelde vragen en als ik medewerker typ gebeurt er niks
+ zeven keuzes in het menu en geen enkele past bij mijn vraag
- de medewerker was nergens te bekennen in de winkel en ik vond de schoenen zelf
# robocalls with a recorded tape
(robotgesprek*|robotbericht*|bandjesbel*)
(belt|belde|bellen|belden|gebeld) ~4 (bandje|bandjes|opname|voorgeprogrammeerd*|voorgeprogrammeerde)
+ weer een robotgesprek over een energiecontract, ik word er gek van
+ ik word elke week gebeld door een bandje dat me een nieuw abonnement aanbiedt
- ik heb het gesprek zelf op een bandje opgenomen voor mijn administratie
- geen andere keuze dan het te melden bij de toezichthouder
# --- added (nl18b inflection round) ---
# "een medewerker spreken lukte niet", "het lukte niet om een mens te bereiken"
(*medewerker|*medewerkster|mens|persoon) ~2 (spreken|bereiken|krijgen|praten) ~2 (lukt|lukte|lukten|gelukt) ~2 (niet|nooit|nie|ni) | noneg
(lukt|lukte|lukten|gelukt) ~2 (niet|nooit|nie|ni) ~4 (*medewerker|*medewerkster|mens) ~2 (spreken|bereiken|krijgen|praten) | noneg
+ via die chatbot lukte het ons nooit om een mens te spreken
# --- r19 nl19d paraphrase pass ---
# subordinate word order: "een spraakcomputer die mijn nummer niet herkent"
(bandje|computer|*systeem|spraakcomputer|spraakherkenning|computerstem|robotstem|bot|chatbot|robot|automaat|assistent) ~6 (niet|niks|niets) ~1 (begrijpt|begreep|herkent|herkende|verstaat|verstond|snapt|snapte|begrepen|herkend|verstaan) | noneg
# the machine asks again what you mean / tells you to try again
(vraagt|vroeg|vragen|blijft|bleef) ~3 (keer|steeds|telkens|opnieuw|weer|maar) ~2 wat (je|ik|u) ~1 (bedoelt|bedoel|bedoelde|wilt|wil) | weight=0.5
(opnieuw|nogmaals) ~2 (proberen|probeer|probeert) | weight=0.5
+ het systeem zei telkens dat het mijn antwoord niet verstond
+ een computer die je klantnummer niet herkent en dan de lijn verbreekt
+ de chatbot vraagt steeds wat je bedoelt en zegt dat je het opnieuw moet proberen
- de medewerker verstond me niet goed door de slechte verbinding
- de assistent in de winkel begreep meteen wat ik bedoelde
