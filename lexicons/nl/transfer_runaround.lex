# Transferred or passed between departments, agents or shops; each one sends
# the customer on to the next.
(doorgeschoven|doorschuiven|rondgestuurd|pingpong*|ping-pong*|rondgepompt|rondgeleid)
(doorverbonden|doorgeschakeld|doorgezet) | weight=0.5
# s9: a single "doorverbonden" needs company (meteen doorverbonden met de juiste afdeling is praise): again, back, every
(doorverbonden|doorgeschakeld|doorgezet|doorgestuurd|doorverwezen|doorverbond) ~2 (terug|weer|opnieuw|nogmaals|alweer|wederom) | weight=0.5
(weer|opnieuw|nogmaals|alweer|wederom|eens|steeds|telkens|elke|iedere) ~3 (doorverbonden|doorgeschakeld|doorgezet|doorgestuurd|doorverwezen) | weight=0.5
(terugzette|terugzetten|teruggezet|terugverbonden|terugverbond|terugschakelde|teruggeschakeld|terugverwezen|terugverwees) | weight=0.5
(elke|iedere|alle) (*afdeling|*afdelingen|dienst|diensten|loket|loketten|*medewerker|*medewerkers|collega|team|nummer) ~5 (doorverbonden|doorgeschakeld|doorgezet|doorgestuurd|doorverwezen) | weight=0.5
(vaak|keer|keren|maal) ~4 (doorverbonden|doorgeschakeld|doorgezet|doorgestuurd|doorverwezen) | weight=0.5
(doorverbonden|doorgeschakeld|doorgezet) ~8 (opnieuw|nogmaals|wederom) | weight=0.5
(doorverbonden|doorgeschakeld|doorgezet|doorgestuurd) ~6 (dicht|gesloten) | weight=0.5
(doorverbinden|doorverbindt|doorschakelen|doorverwijzen|doorverwezen|doorgestuurd) | weight=0.5
(schoof|schoven|schuift|schuiven) ~3 door | weight=0.5
(verbond|verbonden|verwees|verwezen|verwijst|verwijzen|schakelde|schakelden|zette|zetten) ~3 door
(verbind|verbindt) ~3 door | weight=0.5
kastje ~4 muur
van het kastje
van hot naar her
heen en weer ~3 (gestuurd|verwezen|doorverbonden|gebeld|geschoven|gekaatst|gependeld|geslingerd|geschoven|doorgeschakeld|gepingpongd)
ping ~1 pong
van (de|het|*afdeling|loket|*medewerker|persoon|winkel|filiaal|balie|collega|instantie|vestiging|dienst) ~3 naar (de|het|een|*afdeling|loket|*medewerker|persoon|winkel|filiaal|balie|collega|instantie|vestiging|dienst) ~2 (andere|volgende|*afdeling|loket|filiaal|collega|instantie|vestiging|gestuurd|verwezen|doorverbonden|doorgestuurd|overgezet)
(verwezen|verwees|verwijst|verwijzen|stuurde|stuurden|stuurt|sturen|gestuurd) ~5 naar ~3 (andere|*afdeling|winkel|filiaal|klantenservice|helpdesk|servicedesk|dienst|fabrikant|collega|*afdeling)
(winkel|filiaal|klantenservice|helpdesk|fabrikant|monteur|servicedesk|verkoop|sales) ~4 (verwijst|verwees|stuurt|stuurde) ~4 naar ~4 (winkel|filiaal|klantenservice|helpdesk|fabrikant|terug|monteur|servicedesk|verkoop)
(verwijzen|verwezen|sturen|stuurden|verwijst|stuurt) ~3 naar elkaar
(steeds|telkens|weer|opnieuw|keer) ~4 (andere|ander|nieuwe) (afdeling*|medewerker*|collega*|persoon|nummer|loket*|dienst*|team*|contactperso*|aanspreekpunt*|behandelaar*|accountmanager*|agent*|dossierbeheerder*)
(andere|verkeerde) *afdeling | weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|tien|meerdere|zoveel) (keer|x|maal) ~3 (doorverbonden|doorgeschakeld|doorgestuurd|doorverwezen|overgezet|overgedragen|doorgezet|verbonden|verwezen|overzetten|doorverbinden|doorschakelen|doorsturen|overgeplaatst)
(eindigde|eindigden|kwam|kwamen|belandde|belandden|uitgekomen|terechtgekomen|stond|stonden) ~5 (waar|begin|af) ~3 (begonnen|begon|begin)
terug bij af
(terug|weer|opnieuw) naar ~2 (chat|winkel|filiaal|klantenservice|helpdesk|eerste|af|begin) | weight=0.5
(nieuwe|andere|volgende) (*medewerker|collega|persoon|agent|*afdeling|chatmedewerker|chatter) | weight=0.5
(verkoop|sales|winkel|filiaal|klantenservice|servicedesk|helpdesk|monteur|fabrikant|*afdeling|dienst|administratie|boekhouding) ~4 (zei|zegt|zeggen|zeiden) ~2 (bel|bellen|mail|mailen|naar)
(verkoop|sales|winkel|filiaal|klantenservice|servicedesk|helpdesk|monteur|fabrikant|*afdeling|dienst|administratie|boekhouding) ~4 (zei|zegt|zeggen|zeiden) ~2 (ga|gaat|gaan) naar
(tussen|langs) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|verschillende|diverse|allerlei) (*afdelingen|*medewerkers|chatmedewerkers|collega's|loketten|winkels|filialen|instanties|personen|mensen|agents|chatvensters|nummers)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|verschillende|diverse|allerlei) ~1 (*afdelingen|chatvensters|loketten|instanties|nummers) | weight=0.5
door (verbonden|geschakeld|gestuurd|verwezen|gezet)
(verwees|verwezen|verwijst|verwijzen|gestuurd|verbond|verbonden|zette|zetten|gezet|schoof|schoven|doorgeschoven) ~3 (terug|weer) naar
(stuurde|stuurden|stuurt|sturen) ~3 door ~3 naar ~2 (*afdeling|collega|andere|winkel|filiaal|klantenservice|helpdesk|servicedesk|dienst|fabrikant|verkoop|boekhouding|administratie)
(kwam|kwamen|belandde|belandden|eindigde|eindigden|uitgekomen) ~3 (weer|terug|opnieuw) ~3 (eerste|begin|start|zelfde|dezelfde|beginpunt)
(eerst|daarna) ~6 (toen|daarna|vervolgens) ~6 (toen|daarna|vervolgens) ~8 (terug|weer|naar)
(van|tussen) ~3 (dienst|*afdeling|loket) ~4 (naar|tot) ~3 (dienst|*afdeling|loket)
(verwijst|verwijzen|verwees|verwezen|stuurt|sturen|stuurde|stuurden|wijst|wijzen|wees) naar ~6 (weer|terug) naar
+ ik werd vier keer doorverbonden en niemand kon me helpen
+ de winkel verwijst naar de klantenservice en de klantenservice weer naar de winkel
+ al weken word ik van het kastje naar de muur gestuurd
+ ze verbonden me door met een andere afdeling die me weer terugstuurde
+ steeds weer een andere medewerker die van niks wist
- ik werd meteen geholpen door de eerste medewerker
- ik heb geen andere vraag meer, bedankt
# --- added (holdout5 round) ---
# passed among channels and people; landed with several in turn
(stuurde|stuurden|stuurt|sturen|gestuurd|verwees|verwezen|verwijst|verwijzen) ~4 (weer|terug|opnieuw) naar ~2 (de|het|een|mijn|die) ~1 (chat|telefoon|winkel|filiaal|klantenservice|klantendienst|helpdesk|servicedesk|*afdeling|balie|loket|app|website|site|mail|fabrikant|leverancier|bank|begin|eerste)
(stuurde|stuurden|stuurt|sturen|verwees|verwezen|verwijst|verwijzen|doorgestuurd|doorverwezen) ~3 door ~3 naar ~2 (telefoon|chat|klantendienst|technische|facturatie|boekhouding|verkoop|winkel|filiaal|collega|andere)
(bij|langs|door) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|tien|verschillende|diverse|allerlei|meerdere|tig|zoveel) (*afdelingen|*medewerkers|chatmedewerkers|collega's|loketten|diensten|instanties|personen|mensen|agents|mensen|filialen|winkels|nummers) ~4 (terechtgekomen|terecht|beland*|geweest|langsgeweest|gestuurd|doorverbonden|doorgestuurd|verwezen|doorverwezen|geweest)
(terechtgekomen|beland|belandde|belandden) ~4 (andere|verkeerde|volgende|nieuwe) (*afdeling|*medewerker|loket|dienst|collega|persoon|wachtrij)
(elk|ieder|elke|iedere|na|bij) ~1 (doorverbinden|doorschakelen|doorverwijzen|doorsturen)
# round 7: "overzetten" is also porting a number ("bij het overzetten van mijn nummer")
(elk|ieder|elke|iedere) ~1 overzetten
van (*afdeling|loket|dienst|*medewerker|persoon|winkel|filiaal|balie|collega|instantie|vestiging|nummer|kantoor|pilaar|hot|hoofdkantoor) naar (*afdeling|loket|dienst|*medewerker|persoon|winkel|filiaal|balie|collega|instantie|vestiging|nummer|kantoor|post|her|hoofdkantoor)
(overgezet|overgedragen|overgeplaatst|doorgeschoven|doorgespeeld) ~3 (naar|aan) ~3 (andere|collega|*afdeling|dienst|team|loket)
(doorverwezen|doorgestuurd) ~4 (naar|aan) ~3 (*afdeling|collega|andere|winkel|filiaal|klantenservice|klantendienst|helpdesk|dienst|fabrikant|leverancier|verkoop|technische|vestiging|loket|instantie|hoofdkantoor|partner|servicedesk|boekhouding|facturatie|administratie|verzekeraar|bank)
(doorverwezen|doorgestuurd) ~5 (weer|opnieuw|terug|steeds|telkens|keer|x|elkaar)
(weer|opnieuw|steeds|telkens|constant) ~3 (doorverwezen|doorgestuurd)
+ chat stuurde me door naar de telefoon en de telefoon weer terug naar de chat
+ ik ben al bij vier verschillende medewerkers terechtgekomen
+ na elk doorverbinden moest ik opnieuw beginnen
+ van loket naar loket gestuurd
- ik werd doorverwezen naar de website voor de handleiding
- mijn vraag werd door één collega netjes afgehandeld
# --- added (long-narrative round) ---
# sent from counter to counter: "naar de kassa gestuurd, en de kassa stuurde me terug"
(stuurde|stuurden|stuurt|sturen|verwees|verwezen|verwijst|wees|wezen) ~2 (me|mij|ons|u|hem|haar) ~2 terug ~1 (naar|bij) ~2 (kassa|balie|servicebalie|informatiebalie|klantenservice|klantendienst|*afdeling|winkel|filiaal|helpdesk|servicedesk|verkoop|technische|collega|receptie|eerste|vorige|jullie|hen|leverancier|fabrikant|monteur|netbeheerder|verzekeraar|bank)
naar de (kassa|balie|servicebalie|informatiebalie|klantenservice|klantendienst|*afdeling|winkel|filiaal|receptie|helpdesk|verkoop|technische|boekhouding|facturatie) ~1 (gestuurd|verwezen|doorverwezen|doorgestuurd|doorgeschakeld)
+ ik werd naar de kassa gestuurd, en de kassa stuurde me terug naar de servicebalie
+ de winkel verwees me terug naar de klantenservice
+ eerst naar de balie verwezen, daarna weer ergens anders heen
- de kassa hielp me meteen verder
- ik werd in één keer goed geholpen aan de balie
# --- added (round 6: idea-grid probes) ---
# every department says it is not theirs
(gaan|ga|gaat|ging|gingen) (wij|we|ik|zij|ze|hij|jullie) ~1 (niet|nie) over ~6 (elke|iedere|volgende|andere|alle) (afdeling*|loket*|dienst*|instantie*|medewerker*|winkel*) | noneg
(elke|iedere|ieder|elk) (*afdeling|loket|dienst|instantie|*medewerker|filiaal) ~4 (zegt|zei|wijst|verwijst|stuurt|stuurde|zeggen) ~4 (andere|ander|volgende|elkaar|door|naar|niet|nie)
+ 'daar gaan wij niet over' zeggen ze bij elke afdeling
+ elke afdeling wijst naar een andere
- elke afdeling was goed bereikbaar
# --- added (round 7: industry probes) ---
# parties pointing at each other: "het depot zegt bel de afzender, de afzender
# zegt bel de vervoerder" (one pointing alone is a referral, not a runaround)
(zegt|zeggen|zei|zeiden|verwijst|verwees|verwijzen|verwezen) ~2 (bel|bellen|mail|mailen|contacteer|contacteren|vraag|naar) ~3 (afzender|vervoerder|verkoper|webshop|webwinkel|winkel|leverancier|fabrikant|netbeheerder|huisarts|ziekenhuis|gemeente|restaurant|bank|verzekeraar|zorgverzekeraar|provider|koerier|bezorger|bezorgdienst|pakketdienst|importeur|aannemer|verhuurder|woningcorporatie|apotheek|specialist|luchthaven|luchtvaartmaatschappij|maatschappij|airline|reisbureau|touroperator|monteur|installateur|energieleverancier|waterbedrijf|depot|sorteercentrum|postnl|dhl|dpd|gls|hoofdkantoor|vestiging|filiaal|incassobureau|belastingdienst|uwv|svb|notaris|garage|dealer|makelaar) ~8 (zegt|zeggen|zei|zeiden|verwijst|verwees|verwijzen|verwezen) ~2 (bel|bellen|mail|mailen|contacteer|contacteren|vraag|naar) ~3 (afzender|vervoerder|verkoper|webshop|webwinkel|winkel|leverancier|fabrikant|netbeheerder|huisarts|ziekenhuis|gemeente|restaurant|bank|verzekeraar|zorgverzekeraar|provider|koerier|bezorger|bezorgdienst|pakketdienst|importeur|aannemer|verhuurder|woningcorporatie|apotheek|specialist|luchthaven|luchtvaartmaatschappij|maatschappij|airline|reisbureau|touroperator|monteur|installateur|energieleverancier|waterbedrijf|depot|sorteercentrum|postnl|dhl|dpd|gls|hoofdkantoor|vestiging|filiaal|incassobureau|belastingdienst|uwv|svb|notaris|garage|dealer|makelaar)
+ het depot zegt bel de afzender, de afzender zegt bel de vervoerder
+ de huisarts zegt bel het ziekenhuis en het ziekenhuis zegt weer bel de huisarts
+ de bank zegt mail de verzekeraar, de verzekeraar zegt bel de bank
- bedankt voor de snelle hulp bij het overzetten van mijn nummer
- de bank zei bel de verzekeraar, en die heeft het meteen opgelost
# family: each person/department sends you to another team ("ieder verwees me naar een ander team")
(verwees|verwezen|verwijst|verwijzen|stuurde|stuurden|stuurt|sturen|gestuurd|doorverwezen|doorgestuurd|wees|wezen|doorgezet|doorverbonden|doorgeschakeld|overgezet|doorgegeven) ~4 naar (een|het|de) ~1 (ander|andere|volgende|nieuw|nieuwe|zoveelste) (team*|afdeling*|loket*|nummer*|medewerker*|collega*|persoon|dienst*|kantoor|filiaal|vestiging|balie*|contactperso*|aanspreekpunt*|behandelaar*|accountmanager*|lijn|partij|instantie*|agent*)
(ieder|iedereen|elk|elke|iedere|allemaal) ~3 (verwees|verwijst|verwezen|verwijzen|stuurde|stuurt|stuurden|schoof|schuift) ~4 (ander|andere|volgende|verder|door)
(verschillende|diverse|allerlei|zoveel|tig|talloze) (personen|*medewerkers|mensen|collega's|agents|*afdelingen|teams|loketten|diensten) | weight=0.5
# family: A says it belongs with B, B says A must do it
(winkel|klantenservice|klantendienst|helpdesk|servicedesk|*afdeling|filiaal|fabrikant|leverancier|monteur|verkoper|bank|verzekeraar|gemeente|hoofdkantoor|kantoor|dealer|installateur|vervoerder|afzender|koerier|webshop|netbeheerder|verhuurder) ~3 (zei|zeiden|zegt|zeggen|vond|vinden|beweert|beweerde|beweren) ~2 dat ~2 (de|het|die|ik|we|wij|u|je) ~1 (winkel|klantenservice|klantendienst|helpdesk|servicedesk|*afdeling|filiaal|fabrikant|leverancier|monteur|verkoper|bank|verzekeraar|gemeente|hoofdkantoor|kantoor|dealer|installateur|vervoerder|afzender|koerier|webshop|netbeheerder|verhuurder|bij) ~4 (moest|moet|moeten|moesten|hoort|hoorde|hoorden|zou|zal) | weight=0.5
(moest|moet|moeten|moesten) ~3 (bij|naar) (een|het|de) (ander|andere) (loket|*afdeling|balie|kantoor|filiaal|team|nummer|dienst|vestiging) | weight=0.5
+ ik heb met vijf mensen gesproken en ieder verwees me naar een ander team
(winkel|klantenservice|klantendienst|helpdesk|servicedesk|*afdeling|filiaal|fabrikant|leverancier|monteur|verkoper|bank|verzekeraar|gemeente|hoofdkantoor|kantoor|dealer|installateur|vervoerder|afzender|koerier|webshop|netbeheerder|verhuurder|huisarts|ziekenhuis|apotheek|garage) ~3 (zei|zeiden|zegt|zeggen|beweert|beweerde|beweren) ~2 dat ~8 (moest|moet|moeten|moesten|hoort|hoorde|hoorden) ~6 (winkel|klantenservice|klantendienst|helpdesk|servicedesk|*afdeling|filiaal|fabrikant|leverancier|monteur|verkoper|bank|verzekeraar|gemeente|hoofdkantoor|kantoor|dealer|installateur|vervoerder|afzender|koerier|webshop|netbeheerder|verhuurder|huisarts|ziekenhuis|apotheek|garage) ~2 (zei|zeiden|zegt|zeggen|beweert|beweerde|beweren) ~2 dat ~6 (moest|moet|moeten|moesten|hoort|hoorde|hoorden)
+ de verhuurder zegt dat de netbeheerder het moet regelen en de netbeheerder zegt dat de verhuurder moet betalen
+ ze stuurden me naar een ander loket, en daar weer naar de volgende afdeling
- de winkel zei dat de monteur morgen komt
- het team van de winkel heeft alles netjes geregeld
# family: referred to another team (verb at the end: "naar een ander team verwees")
naar (een|het|de) ~1 (ander|andere|volgende|nieuw|nieuwe|zoveelste) (team*|afdeling*|loket*|nummer*|medewerker*|collega*|persoon|dienst*|kantoor|filiaal|vestiging|balie*|contactperso*|aanspreekpunt*|behandelaar*|accountmanager*|partij|instantie*) ~2 (verwees|verwezen|verwijst|verwijzen|stuurde|stuurden|gestuurd|doorverwezen|doorgestuurd|doorverbonden|doorgeschakeld|doorgezet)
# family: A refers to B and B refers (back) to A
(verwijst|verwees|verwijzen|verwezen|stuurt|stuurde|stuurden|sturen) ~1 naar ~8 (en|terwijl|die|dat|waarna|daar) ~4 (verwijst|verwees|verwijzen|verwezen|stuurt|stuurde|stuurden|sturen) ~3 (naar|terug)
+ waarbij ieder mij naar een ander team verwees
+ de monteur verwijst naar de fabriek en de fabriek verwijst naar de monteur
- de klantenservice verwees me naar de handleiding en daarmee was het opgelost
# --- added (round 9b) ---
# "zette me over naar een collega"
(zette|zetten|zet|gezet) (me|mij|ons|u|je|ge) ~2 over ~3 (naar|aan|bij)
+ het callcenter zette me over naar een collega, en die zette me weer terug
- ik zette de bestelling over naar mijn nieuwe adres
# --- added (r11b: four-voices probes) ---
# transferred N times: "viermaal doorverwezen", "driemaal doorgezet"
(tweemaal|driemaal|viermaal|vijfmaal|zesmaal|zevenmaal|tienmaal|meermaals|herhaaldelijk|telkens) ~4 (doorverbonden|doorgeschakeld|doorgestuurd|doorverwezen|verwezen|doorgezet|overgezet|rondgestuurd)
# they keep putting me through: "ze blijven mij maar doorzetten"
(blijf|blijft|blijven|bleef|bleven) ~4 (doorverbinden|doorzetten|doorsturen|doorverwijzen|doorschakelen|doorschuiven|rondsturen|overzetten|verwijzen|afschuiven)
# a chain of destinations: "van de verkoop naar de technische dienst en vervolgens naar een externe partij doorgestuurd"
naar ~4 (vervolgens|daarna|nadien|dan|toen|uiteindelijk|weer) ~1 naar ~5 (doorgestuurd|doorverwezen|verwezen|gestuurd|doorverbonden|doorgeschakeld|doorgezet|overgezet|rondgestuurd)
(doorgestuurd|doorverwezen|verwezen|doorverbonden|doorgeschakeld|doorgezet|overgezet|doorgegeven) ~1 (naar|aan) ~4 (vervolgens|daarna|nadien|toen|uiteindelijk) ~2 (naar|aan)
# counted people along the way: "ik zit nu bij de derde collega" (half: needs the passing itself)
(tweede|derde|vierde|vijfde|zesde|zoveelste) (collega|*medewerker|*medewerkster|*afdeling|persoon|contactpersoon|agent|loket|team|behandelaar) | weight=0.5
(doorzetten|doorsturen|doorschakelen|rondsturen) | weight=0.5
+ ik ben deze week viermaal naar een andere contactpersoon verwezen
+ ze blijven mij maar doorzetten naar iemand anders
+ van de verkoopafdeling naar de technische dienst en vervolgens naar een externe partij doorgestuurd
+ telkens een ander aanspreekpunt, niemand houdt het dossier vast
- de derde medewerker van de dag was de vriendelijkste
- ze blijven mij maar mailen met aanbiedingen
# bounced around: "rondgekaatst", "van het ene loket naar het andere gekaatst"
(rondgekaatst|doorgekaatst|rondgeschoven|gepingpongd)
(gekaatst|kaatsen|kaatste|kaatsten|kaatst) | weight=0.5
+ ik werd van de ene dienst naar de andere gekaatst
+ rondgekaatst tussen de bank en de verzekeraar
- we hebben op het strand een balletje gekaatst
# --- added (r13b thesaurus pass) ---
# synonyms of "passed around": rondgekaatst, doorgekaatst, afgeschoven naar, rondgezonden; Flemish "van Pontius naar Pilatus"
(rondgekaatst|doorgekaatst|rondgeschoven|rondgezonden|rondgepingpongd|doorgepingpongd|heen-en-weer-gestuurd|rondgesjouwd|rondgezeuld)
pontius ~2 pilatus
(kaatsen|kaatst|kaatste|kaatsten|gekaatst|terugkaatsen|speelt|spelen|speelde|speelden|gespeeld|schuift|schuiven|schoof|schoven|gooien|gooit|gooide|gooiden) ~3 (bal|balletje) ~3 (terug|door|naar|over|heen)
(afgeschoven|doorgespeeld|doorgeschoven|doorgegooid|overgeheveld) ~3 (naar|op) ~3 (andere|collega|*afdeling|dienst|team|loket|winkel|filiaal|fabrikant|leverancier|klantenservice|klantendienst|helpdesk)
van (de|het|een) ene ~1 (*afdeling|loket|*medewerker|persoon|collega|dienst|filiaal|winkel|balie|nummer|kantoor|team|instantie|agent) ~2 naar (de|het) (andere|volgende)
(doorverbonden|doorgeschakeld|doorgezet|doorgestuurd|doorverwezen|overgezet) ~4 (en|maar) ~3 (weer|opnieuw|nogmaals) ~2 (doorverbonden|doorgeschakeld|doorgezet|doorgestuurd|doorverwezen|overgezet)
+ ik werd van Pontius naar Pilatus gestuurd
+ ze kaatsen de bal steeds naar elkaar terug
+ overal rondgekaatst zonder antwoord
+ van de ene afdeling naar de andere, niemand wist iets
- de bal werd tijdens de wedstrijd teruggespeeld
- de ene afdeling hielp me perfect
# "iedereen verwijst naar iemand anders", "van de een naar de ander"
(iedereen|ieder|elk|elke|iedere|steeds|telkens|weer|opnieuw|allemaal) ~3 (verwijst|verwijzen|verwees|verwezen|stuurt|sturen|stuurde|stuurden|schuift|schuiven|schoof|schoven) ~3 naar iemand anders
+ iedereen verwijst naar iemand anders
- ze verwees me naar iemand anders en die hielp me meteen
# nl14b: each channel says the other one must do it
volgens (de|het) (chat|winkel|klantenservice|helpdesk|*afdeling|servicedesk|filiaal|callcenter|webcare) ~8 volgens (de|het) (chat|winkel|klantenservice|helpdesk|*afdeling|servicedesk|filiaal|callcenter|webcare)
+ Volgens de chat moest ik naar de winkel, volgens de winkel kon het via de chat.

# --- added (nl14a paraphrase round) ---
# passed along to each other; sent on through several windows
aan elkaar ~2 (doorgegeven|doorgespeeld|doorgeschoven|doorgestuurd|overgedragen|doorverbonden|toegespeeld|toegeschoven)
(schoven|schuiven|schoof|schuift|speelden|spelen|speelde|speelt) ~3 aan elkaar door
(chatvenster*|chats|*afdelingen|*medewerkers|loketten|balies|collega's|personen|mensen) ~2 verder (gestuurd|verwezen|geschoven|gezet)
+ de medewerkers hebben me aan elkaar doorgespeeld
+ drie afdelingen verder gestuurd en nog geen antwoord
+ ze schoven me aan elkaar door en niemand wist het
- we hebben elkaar de groeten doorgegeven
- verder gestuurd worden is niet gebeurd
# nl15b: sent on to named departments / head office
(stuurden|stuurde|stuurt|sturen|gestuurd|verwezen|verwees|verwijzen|doorgestuurd) ~5 naar ~3 (hoofdkantoor|herstelafdeling|reparatieafdeling|serviceafdeling|klantendienst|servicedienst|hersteldienst|servicecentrum|centrale|boekhouding|facturatie|technische|werkplaats|atelier) | weight=0.5
+ van de winkel stuurden ze me naar de herstelafdeling en van daar terug naar de winkel
+ ze verwezen me naar het hoofdkantoor en daarna weer terug naar de winkel
- ik ben zelf naar het hoofdkantoor gereden om het op te halen
# --- added (nl18b inflection round) ---
# "bij elke afdeling zeiden ze dat ze er niet over gingen": the department first, the verb last
(elke|iedere|alle) (afdeling*|loket*|dienst*|instantie*|medewerker*|winkel*) ~8 (niet|nie|ni) over (gaan|ga|gaat|ging|gingen|gaat) | noneg
+ bij iedere dienst zeggen ze dat zij daar nie over gaan
# each party names the next in a "dat"-clause: "zei dat ik de afzender moest bellen, die zei dat ik de vervoerder moest bellen"
(zegt|zeggen|zei|zeiden|verwijst|verwees|verwijzen|verwezen) ~3 (afzender|vervoerder|verkoper|webshop|winkel|leverancier|fabrikant|netbeheerder|gemeente|bank|verzekeraar|zorgverzekeraar|provider|koerier|bezorger|pakketdienst|verhuurder|woningcorporatie|monteur|installateur|energieleverancier|depot|postnl|dhl|dpd|gls|hoofdkantoor|filiaal|garage|dealer) ~3 (bellen|mailen|contacteren|benaderen|bellen|vragen) ~8 (zegt|zeggen|zei|zeiden|verwijst|verwees|verwijzen|verwezen) ~3 (afzender|vervoerder|verkoper|webshop|winkel|leverancier|fabrikant|netbeheerder|gemeente|bank|verzekeraar|zorgverzekeraar|provider|koerier|bezorger|pakketdienst|verhuurder|woningcorporatie|monteur|installateur|energieleverancier|depot|postnl|dhl|dpd|gls|hoofdkantoor|filiaal|garage|dealer) ~3 (bellen|mailen|contacteren|benaderen|vragen)
+ de webshop zei dat we de koerier moesten mailen en de koerier zei dat we de webshop moesten mailen
+ we kwamen bij drie verschillende afdelingen terecht
# --- nl19b paraphrase-coverage round ---
# A points to B, B points back, with a comma only: "de bank verwijst naar de verzekeraar, de verzekeraar naar de bank"
(verwijst|verwees|verwijzen|verwezen|stuurt|stuurde|sturen|stuurden|wijst|wees|wijzen|wezen) naar ~6 (verwijst|verwees|verwijzen|verwezen|stuurt|stuurde|sturen|stuurden|wijst|wees|wijzen|wezen) ~2 (naar|terug)
# always the wrong department: "telkens zit ik bij de verkeerde afdeling"
(telkens|steeds|elke|iedere|ieder|altijd|constant|iedereen) ~12 (verkeerde|foute) (*afdeling|loket|balie|dienst|team|filiaal)
+ ik bel en steeds zit ik weer bij het verkeerde loket
+ de dealer wijst naar de importeur, de importeur wijst terug naar de dealer
- ik had zelf het verkeerde nummer gebeld, daarna ging alles goed

# --- nl-s8: sent back to the other party
(stuurt|stuurde|stuurden|sturen|verwijst|verwees|verwezen|verwijzen|gestuurd|verwezen) (me|mij|ons|je) ~2 terug naar ~2 (webshop*|winkel|*afdeling|klantenservice|bank|koerier|bezorger|bezorgdienst|fabrikant|leverancier|verkoper|helpdesk|balie|loket|verzekeraar|gemeente|huisarts|ziekenhuis|apotheek|postnl|provider|netbeheerder|vestiging|filiaal|hoofdkantoor|verhuurder|aannemer|installateur)
+ de bezorgdienst stuurt me steeds terug naar de webshop
+ de verzekeraar verwees ons terug naar de garage en de garage naar de verzekeraar, nee naar de aannemer
- de dokter stuurde me terug naar huis met rust

# s9: passed on like a ball: "ze speelden me door aan de tweede lijn", "die speelde me weer terug"
(speelde|speelden|speelt|spelen|kaatste|kaatsten|kaatst) (me|mij|ons|u) ~3 (door|terug|rond)
(me|mij|ons) ~2 (doorspeelde|doorspeelden|terugspeelde|terugspeelden|doorkaatste|terugkaatste)
(doorverbond|doorschakelde|doorschakelden) ~5 (andere|ander|weer|opnieuw|volgende|zoveelste|nogmaals|terug)
+ ze speelden me door aan de tweede lijn en die speelde me weer terug
+ de ene collega die me terugspeelde naar de andere, eindeloos
+ de telefoniste doorverbond me weer met een afdeling waar niemand opnam
- de chatbot doorverbond me direct met een medewerker die het oploste
- ze speelden mijn klacht meteen door aan de juiste afdeling, die het binnen een dag oploste
- de bal werd door de keeper teruggespeeld
+ eerst doorgeschakeld naar de ene afdeling en daarna weer terug
+ ik werd doorverbonden, en opnieuw doorverbonden, en nog een keer
+ hij zette me door naar sales, die me terugzette naar de receptie
- ik werd meteen doorverbonden met de juiste collega en die regelde het
- ik werd direct doorgeschakeld naar een monteur die het binnen een minuut oploste
# s9: sent on to "someone else", a round past all desks, back at the first one
(sturen|stuurt|stuurde|stuurden|verwijzen|verwijst|verwees|verwezen) ~3 (steeds|telkens|weer|alweer|opnieuw|keer) ~3 naar (iemand|een) (anders|ander)
(moet|moest|moeten|moesten) ~3 bij (een|iemand) (ander|anders) (zijn|wezen)
bij (een|iemand) (ander|anders) (moet|moest|moeten|moesten) (zijn|wezen)
(rondje|rondjes) ~3 (langs|via|over|door) ~2 (*afdelingen|loketten|instanties|*medewerkers|diensten|filialen|winkels|nummers|balies)
(terug|weer) ~4 (bij|naar) (de|het) eerste (*afdeling|loket|*medewerker|*medewerkster|nummer|winkel|filiaal|persoon|dienst|balie|lijn|instantie)
(terug|weer) ~2 bij de eerste (uitgekomen|beland|terechtgekomen|uit)
+ bij elke vraag sturen ze me weer naar iemand anders
+ iedereen zegt dat ik daarvoor bij een ander moet zijn
+ het werd een rondje langs alle loketten van het gemeentehuis
+ na drie doorverwijzingen kwam ik weer bij de eerste medewerker terecht — terug bij de eerste afdeling dus
+ uiteindelijk weer bij de eerste uitgekomen
- de medewerker hielp me zelf en stuurde niemand anders
- de eerste afdeling die ik belde hielp me meteen
+ bij elke dienst waar ik naartoe werd doorgeschakeld moest ik weer wachten
+ hoe vaak word ik nog doorverbonden voor iemand me helpt?
+ ik werd doorgezet naar de planning, waar ik alles opnieuw mocht vertellen
+ na het wachten doorgeschakeld naar een balie die al gesloten was
- ik werd doorverbonden met de monteur en die kwam dezelfde middag
# --- s10 paraphrase round ---
# put through without end: "ik word continu doorgeschakeld", "almaar doorverwezen"
(continu|constant|voortdurend|almaar|aldoor|onophoudelijk|eindeloos) ~3 (doorverbonden|doorgeschakeld|doorgezet|doorgestuurd|doorverwezen|overgezet|overgedragen) | weight=0.5
(zet|zetten) (je|me|mij|u|ons|ge|hem|haar) ~2 door ~2 naar
# handed yet another number: "daar gaven ze me weer het nummer van de klantenservice"
(gaf|gaven|geeft|geven|kreeg|kregen|krijg|krijgt) ~3 (weer|alweer|opnieuw|telkens|steeds|wederom) ~3 (nummer|telefoonnummer|doorkiesnummer|mailadres|nummertje)
# each party says the same about the other: "de netbeheerder zegt precies hetzelfde over jullie"
(zegt|zeggen|zei|zeiden|beweert|beweren|beweerde) ~3 hetzelfde over (jullie|hen|hun|ons|u|hem|haar|hullie|die|de|het)
# counted along: "drie chatmedewerkers verder", "vier afdelingen later"
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|tien|tig|zoveel) (chatmedewerkers|*medewerkers|*medewerksters|collega's|collegas|*afdelingen|agents|loketten|diensten|doorverbindingen) (verder|later)
# starting over after the transfer: "doorgeschakeld naar een collega die van voor af aan begon"; "toen zei de volgende ..."
(doorverbonden|doorgeschakeld|doorgezet|overgezet|doorgestuurd|doorverwezen) ~10 (voor|voren) af aan | weight=0.5
(toen|daarna|vervolgens|nadien) ~2 (zei|zegt|zeiden|vond|beweerde|vroeg) (de|het) (volgende|volgend|derde|vierde) | weight=0.5
+ doorgezet naar de technische dienst, en daar kon ik van voor af aan beginnen
+ eerst de kassa, toen doorgeschakeld, en daarna zei de volgende dat ik terug naar de winkel moest
- de monteur moest van voor af aan beginnen met de installatie
# passed on down a chain: "doorgestuurd naar Burgerzaken, daar naar Belastingen"
(doorgestuurd|doorverwezen|gestuurd|verwezen|doorverbonden|doorgeschakeld|doorgezet) ~1 naar ~3 (daar|daarna|vandaar|daaruit) ~3 naar
# A says B is responsible, B points on: "support zegt dat het restaurant verantwoordelijk is en het restaurant verwijst naar de app"
(zegt|zei|zeggen|zeiden|beweert|beweren) ~2 dat ~6 verantwoordelijk ~6 (verwijst|verwees|verwijzen|verwezen|wijst|wees|wijzen|stuurt|stuurde|sturen) ~2 (naar|door|terug)
(winkel|fabrikant|leverancier|klantenservice|klantendienst|helpdesk|verkoper|webshop|bank|verzekeraar|koerier|vervoerder|afzender|netbeheerder|energieleverancier|provider|restaurant|monteur|garage|dealer|verhuurder|gemeente|hoofdkantoor|filiaal) ~3 (zegt|zei|zeggen|zeiden|beweert|beweerde) ~2 dat ~8 (moet|moest|verantwoordelijk) ~8 (winkel|fabrikant|leverancier|klantenservice|klantendienst|helpdesk|verkoper|webshop|bank|verzekeraar|koerier|vervoerder|afzender|netbeheerder|energieleverancier|provider|restaurant|monteur|garage|dealer|verhuurder|gemeente|hoofdkantoor|filiaal) ~2 (zegt|zei|zeggen|zeiden|beweert|beweerde) ~2 dat ~6 (verantwoordelijk|moet|moest|schuld)

+ ik word continu doorgeschakeld en niemand pakt het op
+ almaar doorverwezen, van de ene naar de andere
+ de receptie zet je door naar planning, planning zet je door naar de monteur
+ bij de tweede lijn gaven ze me alweer een nummer om te bellen
+ de verzekeraar zegt exact hetzelfde over de garage
+ vier medewerkers later weet nog steeds niemand wie erover gaat
+ ik werd doorverwezen naar de gemeente, daar weer naar de provincie
+ de webwinkel zegt dat de vervoerder verantwoordelijk is en de vervoerder verwijst terug naar de webwinkel
+ de garage zegt dat ik bij de dealer moet zijn, de dealer zegt dat de garage verantwoordelijk is
- ik werd doorgeschakeld en toen was het in orde
- hij zei dat de monteur verantwoordelijk is voor de planning
- ze gaven me het nummer van de storingsdienst en daar werd ik meteen geholpen

# a chain of referrals: "de klantenservice verwijst naar de planning, de planning naar de monteur"
(verwijst|verwees|verwijzen|verwezen|stuurt|stuurde|stuurden) naar ~3 (de|het) ~1 naar (de|het|een)
+ De winkel verwijst naar de fabrikant, de fabrikant naar de winkel.
+ Het callcenter stuurde me naar de technische dienst, de technische dienst weer naar het callcenter.
+ De bank verwees naar het incassobureau, het incassobureau naar de bank.
- De tweede medewerker heeft het meteen opgelost.
- Hij stuurde de foto naar mijn zus.

# --- s11a paraphrase round (transfer_runaround) ---
# told to go to another department or person (subordinate order, verb last): "zei dat ik bij verkoop moest zijn"
(zei|zeiden|zegt|zeggen|volgens|antwoord|reactie|horen|verteld|gezegd|stuurde|mailde) ~6 (ik|u|je|we|wij) ~4 bij (de|het|een|mijn|m'n|onze|uw|hun) ~2 (afdeling*|collega*|verkoop|administratie|boekhouding|servicebalie|balie|loket|klantenservice|klantendienst|helpdesk|servicedesk|winkel|filiaal|hoofdkantoor|vestiging|receptie|technische|planning|monteur*|buitendienst|binnendienst) ~2 (moest|moet|moesten|moeten) ~1 (zijn|wezen|aankloppen|melden|navragen|vragen|regelen|claimen|informeren|bellen)
+ De medewerker zei dat ik voor die vraag bij de administratie moest zijn.
+ Ik kreeg als reactie dat ik daarvoor bij de klantenservice moest aankloppen.
+ De chat zei dat ik het bij de technische dienst moest melden.
- Ze zei dat ik bij de kassa moest betalen.
- Ik hoefde niet bij een andere afdeling te zijn, ze hielp me zelf.
# main clause: "volgens de winkel moet ik bij de bezorging zijn"; a quoted "daarvoor moet u bij een collega zijn"
(volgens|daarvoor|hiervoor|daarmee|hiermee) ~4 (moet|moest|moeten|moesten) (ik|u|je|we|wij|ge) ~1 bij (de|het|een|onze|uw|hun) ~2 (afdeling*|collega*|verkoop|administratie|boekhouding|servicebalie|balie|loket|klantendienst|helpdesk|servicedesk|filiaal|hoofdkantoor|vestiging|receptie|technische|planning|bezorging|buitendienst|binnendienst|expeditie|retouren|facturatie) ~2 (zijn|wezen|aankloppen|terecht)
+ Daarvoor moet u bij een collega zijn, zei ze, en die collega stuurde me weer verder.
+ Volgens de winkel moet ik bij de afdeling bezorging zijn.
- Morgen moet ik bij de tandarts zijn.
- Ik moet bij jullie zijn voor een nieuwe pas, dat klopt toch?
# asked to take it to another desk: "dat ik dat maar aan de servicebalie moest vragen"
aan (de|het|een) ~1 (servicebalie|informatiebalie|balie|kassa|collega|*afdeling|klantenservice|klantendienst|receptie|helpdesk|servicedesk|loket) ~2 (moest|moet|moesten|moeten) ~1 (vragen|navragen|melden|voorleggen|doorgeven)
+ De caissière zei dat ik dat maar aan de servicebalie moest vragen.
+ Volgens de man aan de telefoon moest ik het aan een collega van de andere afdeling voorleggen.
- Ik heb het aan de servicebalie gevraagd en ze hielpen me direct.
- Aan de kassa moest ik lang wachten.
# another number / department to call: "dat ik een ander nummer moest bellen"
(ander|andere) (nummer|telefoonnummer|servicenummer|*afdeling|lijn|loket|mailadres) ~2 (moest|moet|moesten|moeten|bellen|mailen|proberen)
(moet|moest|moesten|moeten) (ik|u|je|ge|we) ~2 (ander|andere) (nummer|telefoonnummer|servicenummer|*afdeling|lijn|loket) ~1 (bellen|proberen|mailen|zijn)
+ Ze zei dat ik een ander nummer moest bellen.
+ Daar moest ik een andere afdeling bellen, die me weer terugstuurde.
+ Dan moet u een ander nummer bellen, meneer.
- Ik heb een ander nummer gekregen voor mijn nieuwe telefoon.
- Het andere nummer dat ik had gekregen werkte prima.
# walked / driven back and forth between places
heen en weer ~3 (gelopen|gereden|gefietst|gereisd|gesjouwd|gerend|gebeld|gemaild|gependeld|gezeuld|lopen|rijden|bellen)
+ Ik ben twee keer heen en weer gelopen tussen apotheek en huisarts.
+ We hebben heen en weer gebeld tussen de winkel en de fabrikant.
- Het kind liep heen en weer door de winkel.
- Ik ben niet heen en weer gelopen, alles lag klaar.
# passed from hand to hand
(klacht|dossier|vraag|zaak|melding|ticket|telefoon|gesprek|verzoek|aanvraag|ik|me|mij|we|ons|probleem) ~3 van hand tot hand
+ Mijn klacht ging van hand tot hand en niemand loste iets op.
+ Het dossier wordt doorgegeven van hand tot hand.
- Het erfstuk ging van hand tot hand in onze familie, leuk verhaal.
- Ik gaf hem de hand tot afscheid.
# everyone says "not my department"
(iedereen|ieder|elke|iedere|allemaal|steeds|telkens|overal) ~4 niet (mijn|m'n|onze|hun|zijn|haar|z'n) (*afdeling|pakkie-an|terrein|taak|team) | noneg
+ Iedereen zegt: niet mijn afdeling.
+ Telkens kreeg ik te horen: niet onze afdeling, mevrouw.
- Dit is niet mijn afdeling, zei ze, maar ik regel het toch even voor u.
- Iedereen was vriendelijk.
# every employee says a colleague or someone else handles it
(elke|iedere|ieder|elk) (*medewerker|*medewerkster|*afdeling|collega|persoon|loket|dienst|winkel|filiaal) ~4 (zegt|zei|zeggen|zeiden|beweert) ~4 (collega|iemand|*afdeling) ~3 (erover|over|gaat|ging|moet|moest|verantwoordelijk)
+ Elke medewerker zegt dat een collega erover gaat.
+ Iedere afdeling zei dat een andere afdeling verantwoordelijk was.
- Elke medewerker zei dat ik goed geholpen werd.
- Iedere collega was vriendelijk en behulpzaam.
