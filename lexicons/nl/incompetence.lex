# Staff don't know the product, can't answer, give wrong or contradictory
# information, can't work out how to fix it.
(incompetent*|onkundig*|onbekwaam*|ondeskundig*|amateur*|prutser*|geprutst|klungel*|beunhaas*|prutswerk|knoeiwerk|geknoei|kluns*|sukkels)
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~5 (geen|weinig) ~1 (idee|benul|verstand|kennis|kaas|flauw) | noneg
(had|hadden|heeft|hebben) (ze|zij|hij|die|de|het|men) ~2 (geen|weinig) ~1 (idee|benul|verstand|kennis|kaas) | noneg
(gebrek|tekort) aan (kennis|vakkennis|productkennis|deskundigheid|expertise)
niemand (wist|weet|wisten|snapte|snapt|begreep|begrijpt|kende|kent) | noneg
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|men|iemand) ~3 (wist|wisten|weet|weten) ~3 (niet|niets|niks|nergens) | noneg
(wist|wisten|weet) (ze|zij|hij|de|die|men) ~2 (niet|niets|niks|nergens) | noneg
(nooit|niet) van ~2 gehoord | noneg
(wist|wisten|weet|weten) ~3 (niks|niets) ~3 (product|producten|artikel|toestel|apparaat|abonnement|pakket|aanbod|systeem|materie|zaken|regels|voorwaarden) | noneg
(ene|eerste) ~2 (zei|zegt|zeiden|vertelde|vertelt|beweerde|beweert|meldde|noemde|gaf) | weight=0.5
(de|een|het) (andere|ander|tweede|derde|volgende|nieuwe) ~2 (zei|zegt|zeiden|vertelde|vertelt|beweerde|beweert|meldde|noemde|gaf|wist) | weight=0.5
wat is het nou
wie moet ik ~1 geloven
wie heeft er ~1 gelijk
weet iemand ~3 waar ~2 het over
(allemaal|iedereen|elke|iedere|alle|steeds|telkens|ieder|elk) ~4 (ander|andere|anders|verschillend|verschillende) ~1 (verhaal|verhalen|antwoord|antwoorden|bedrag|bedragen|stand|prijs|prijzen|datum|data|informatie|info|uitleg|advies|oplossing|termijn)
(verschillende|tegenstrijdige|wisselende|uiteenlopende) (antwoorden|verhalen|informatie|info|adviezen|bedragen|prijzen|data|uitleg|berichten|reacties|gangpaden|plekken|termijnen|datums)
geen (enkele|van) ~1 (klopte|klopt|klopten|kloppen|juist|correct|werkte) | noneg
(informatie|info|antwoord|advies|uitleg|zei|gezegd|verteld) ~4 (klopte|klopt|klopten|kloppen|bleek) ~2 (niet|niks|geen|onjuist|fout|verkeerd|achterhaald) | noneg
(had|hadden|heeft|hebben) (de|het|die|ze|zij|hij|jullie) ~1 het ~1 (fout|mis|verkeerd)
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|jullie|men|is|werd|was|zijn|werden) ~6 (verkeerd*|fout|foutief|onjuist) ~2 (doorgegeven|ingevoerd|genoteerd|verwerkt|ingesteld|aangesloten|geinstalleerd|geleverd|gemonteerd|gefactureerd|berekend|uitgelegd|verteld|geadviseerd|geinformeerd|voorgelicht|gerepareerd|geadviseerd)
(verkeerde|foute|onjuiste|foutieve|verouderde|tegenstrijdige) ~2 (informatie|info|advies|antwoord*|uitleg|inlichtingen|instructies|instructie|aanwijzingen)
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die) ~3 (begreep|snapte|snapt|begrijpt|begrepen|snapten) ~3 (niets|niks|niet|geen) | noneg
# "didn't know how", "had no clue"
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|niemand|klantenservice|helpdesk|winkel|iemand|niemand|men|klantenservice|helpdesk) ~4 (niet|nie) (weten|wist|weet|wisten|snapt|snapte|snappen|snapten|kent|kende|kennen|begreep|begrijpt) ~2 (hoe|wat|waar|wanneer|waarom|welk|welke|hoeveel|of) | noneg
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~4 (snapte|snapt|snapten|begreep|begrijpt|wist|weet|wisten) ~2 (er|het|d'r) ~1 (geen|nul|niks|niets|nie) ~1 (bal|hol|jota|moer|snars|zier|barst|reet|fluit|ene|kloot|bout) | noneg
toeten ~2 blazen | noneg
(geen|nul|weinig) ~1 (kaas|verstand|kijk|weet|notie|benul|flauw|clue|idee) ~2 (van|gegeten|had|hadden|heeft|hebben) | noneg,weight=0.5
niemand ~4 (kon|konden|wist|wisten) ~3 (uitleggen|vertellen|zeggen|antwoorden|beantwoorden|antwoord|oplossen|vinden|helpen|maken|repareren) | noneg
(belde|belden|bellen|vroeg|vroegen|vragen|navragen|overleggen|overlegde|overlegden) ~4 (collega|collega's|baas|leidinggevende|hoofdkantoor|helpdesk|chef) ~6 (wat|hoe|om|hulp|raad) ~4 (moest|moesten|doen|werkt|werkte|zat|zit|oplossen)
wat (hij|ze|zij|die) (moest|moesten|moet|moeten) ~1 doen | weight=0.5
# wrong things done or told
(verkeerde|foute) ~3 (geinstalleerd|aangesloten|doorgeknipt|ingevoerd|genoteerd|gemonteerd|ingesteld|gerepareerd|doorgegeven|berekend|meegegeven|verwisseld|vervangen|geadviseerd|afgesteld|geprogrammeerd|geactiveerd|ingeschreven|overgezet|geprint|gemeten|mee|meegekregen)
(bleek|bleken) ~3 (onzin|nonsens|onjuist|fout|verkeerd|gelogen|achterhaald|incorrect|flauwekul|kolder|quatsch)
(bleek|bleken|klopte|klopten) ~2 (niet|nie|helemaal) ~1 (waar|juist|correct|kloppen|te)
de ene ~12 de (andere|ander|volgende|tweede|derde) ~3 (zei|zegt|zeiden|zeggen|vertelde|vertelt|beweert|beweerde|noemde|noemt|ziet|zag|weet|wist|heeft|had|gaf|geeft|vond|vindt|stuurde)
(iedereen|elke|iedere|ieder) ~4 (zegt|zei|vertelt|vertelde|geeft|gaf|noemt|noemde) ~3 (wat|iets) (anders|ander)
(verkeerd|fout|foutief|onjuist) ~2 advies
misinformatie
tegenstrijdig*
tegengesteld*
spreken ~3 elkaar ~2 tegen
(ander|anders) ~1 (verhaal|antwoord)
(andere|nieuwe) (informatie|info|uitleg)
de (ene|een) ~6 de (andere|ander) ~2 (zei|zegt|zeggen|vertelde|vertelt|beweert|beweerde|noemde|noemt|gaf|geeft)
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|die) ~3 (niks|niets) ~2 (kon|konden|wist|wisten) ~1 (vinden|oplossen|maken|repareren|ontdekken) | noneg
(gaven|gaf|geven|geeft|noemde|noemden|vertelde|vertelden|stuurde|stuurden) ~3 (verkeerde|foute|onjuiste|verkeerd)
(kon|konden|wist|wisten) ~4 (geen|niet|nie) ~3 (antwoord|beantwoorden|uitleggen|vertellen|zeggen|verklaren|aangeven|antwoorden) | noneg
begreep ~3 niet ~3 wat ~3 bedoel* | noneg
(begreep|begrepen|snapte|snapten) ~3 (probleem|vraag|situatie|klacht) ~3 niet | noneg
moest ~4 (navragen|opzoeken|overleggen)
(slecht|niet|nauwelijks|onvoldoende) ~1 (opgeleid|ingewerkt|geinstrueerd) | noneg
geen ~2 opleiding | noneg
(maakte|maakten) ~3 erger
erger ~3 gemaakt
(gokte*|gokken)
(geen|weinig) (flauw|enkel|fluit|klein|blassen) ~1 (idee|benul|notie|vermoeden) | noneg
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|telefonist*|verkoper*|verkoopster*|monteur*|technicus|adviseur*|agent*|helpdesk*|klantenservice|dienst|afdeling|callcenter*|winkel|personeel|team|support|chat|chatmedewerk*) ~4 (had|hadden|heeft|hebben) ~2 (geen|weinig|nul) ~2 (idee|benul|verstand|kennis|kaas|notie|kijk) | noneg
(weten|wisten|weet) ~2 zelf ~2 (niet|nie|niks|niets)
(klopte|klopt|klopten) ~2 (niks|niets|geen|nie) van | noneg
(eerst|eerder) ~12 (nu|toen|daarna) ~3 (ineens|opeens|plotseling|plots)
(snapte|snapt|begreep|begrijpt|kende|kent|wist|weet) ~2 (het|de) verschil ~4 (niet|nie)
+ de medewerker had geen idee waar ik het over had
+ ik kreeg verkeerde informatie van de helpdesk
+ iedere medewerker vertelt weer een ander verhaal
+ de monteur wist ook niet hoe hij het moest oplossen
+ ze spreken elkaar steeds tegen
+ de ene medewerker zei dit, de andere zei precies het tegenovergestelde
- de medewerker wist precies wat er aan de hand was
- goede uitleg gekregen, probleem opgelost
- ik had geen idee dat dit kon, top
- ik wist niet dat jullie ook op zondag open zijn
- ik had de verkeerde kabel besteld, mijn fout
+ de technicus heeft de verkeerde kabel doorgeknipt
+ niemand kon me uitleggen wat het verschil was
# --- added (long-narrative round) ---
# everyone tells something different: "allemaal iets anders zeggen"
(allemaal|iedereen|elke|ieder|iedere|telkens|steeds|elkeen|weer) ~4 (iets|wat) anders ~2 (zeggen|zegt|zei|zeiden|vertellen|vertelt|vertelde|vertelden|verteld|beweren|beweert|beweerde|antwoorden|antwoordt|antwoordde) | noneg
(zegt|zei|zeggen|zeiden|vertelt|vertelde|beweert|beweerde) ~3 (telkens|steeds|keer|weer|allemaal) ~2 (iets|wat) anders | noneg
(twee|drie|vier|vijf|zes|meerdere|verschillende|tegenstrijdige|tegengestelde|andere|zoveel) (antwoorden|verhalen|verhaaltjes|versies|uitleggen|adviezen|verklaringen)
# first this, then that: "zei eerst dat..., daarna dat..."
(zei|zeiden|zegt|vertelde|vertelden|beweerde|beweerden|meldde|schreef|schreven) eerst ~1 dat | weight=0.5
(daarna|vervolgens|later|toen|nu|dan) ~2 dat ~6 (niet|nie|geen|pas|helemaal|toch|wel) | weight=0.5,noneg
# could not even look it up
(kon|konden|kan|kunnen) ~2 (niet|nie) ~2 (vinden|terugvinden|opzoeken|zien|nakijken|achterhalen) | weight=0.5,noneg
(ze|zij|hij|die|men|medewerker|medewerkster|monteur|verkoper|verkoopster|technieker|agent) ~2 (wist|wisten|weet|weten) ~3 (niet|nie) ~1 (hoe|wat|waar|welke|welk|waarom|wanneer) | noneg
(wist|wisten|weet|weten) ~3 (niet|nie) ~1 (hoe|welke|welk|waarom|wanneer) | noneg,weight=0.5
+ ik heb vier mensen gesproken die allemaal iets anders zeggen
+ de verkoper zei eerst dat hij op voorraad was, daarna dat hij helemaal niet meer geleverd wordt
+ drie tegenstrijdige antwoorden in één gesprek
+ de medewerker wist ook niet hoe hij dat moest nakijken
- de medewerker wist precies hoe het zat en legde het uit
- iedereen zei hetzelfde en het klopte
# --- added (mixed-genre round) ---
# inverted order: "welke voorwaarde precies, kon niemand mij vertellen"
(kon|konden|kan|kunnen|wist|wisten|weet) niemand ~2 (uitleggen|vertellen|zeggen|antwoorden|beantwoorden|aangeven|verklaren) | noneg
+ welke regel precies, kon niemand mij vertellen
# --- added (round 6: idea-grid probes) ---
# knew nothing about it (slang); no idea why
(wist|wisten|weet|weten) ~2 (er|het|d'r) ~2 (de|geen) (ballen|bal|klote|fuck|reet|donder|klap) ~1 van | noneg
(en|maar|ook) (wist|wisten|weet|weten) ~1 (niet|nie) (waarom|hoe|wat|waar) | noneg
+ die gast wist er de ballen van
+ de monteur kon het niet maken en wist niet waarom
- ik wist niet hoe de app werkte, maar ze legde het goed uit

# r8a: botched work ("er een potje van gemaakt")
(potje|zootje|zooitje|puinhoop|janboel|rommeltje|knoeiboel|klerezooi|soepzooi) van ~2 (gemaakt|maken|maakt|maakte|maakten)
(maakte|maakten|maakt|maken) er ~2 (potje|zootje|zooitje|puinhoop|janboel|rommeltje|knoeiboel|klerezooi|soepzooi) van
# r8a: staff had to google it / knew less than the customer
(hij|zij|ze|medewerk*|verkoper*|verkoopster*|monteur*|dame|meneer|man|vrouw|jongen|meisje|adviseur*|agent*|technicus) ~4 (googelen|googlen|googelde|googlede|gegoogeld|gegoogled|googlet|googelt|googlede)
(wist|weet|wisten|weten) ~3 minder ~2 dan (ik|mij|ikzelf|wij|ons)
+ Die installateur heeft er echt een potje van gemaakt, de leidingen lekken overal.
+ De verkoper moest het zelf googelen en wist uiteindelijk minder dan ik.
+ Ze maakten er een janboel van bij het overzetten van mijn nummer.
- Ik heb het zelf gegoogeld en het probleem was in twee minuten opgelost.

# --- r9a (implicit round) ---
# nobody had any idea / the faintest notion
niemand ~6 (enig|enige|flauw|het|een|maar) ~2 (idee|benul|notie|verstand|kaas|clue) | noneg
# misinformed: "verkeerd ingelicht", "fout voorgelicht", "slecht geadviseerd"
(verkeerd|fout|foutief|onjuist|slecht|gebrekkig|onvolledig|verkeerdelijk) ~1 (ingelicht|geinformeerd|voorgelicht|geadviseerd|geïnformeerd) | noneg
# could not work it out: "kwam er niet uit", "snapte er zelf geen bal van"
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~4 (kwam|kwamen|komt|komen) ~1 er ~6 (niet|nie) ~1 uit | noneg
(snapte|snapten|begreep|begrepen|wist|wisten|snapt|begrijpt|weet|weten) ~1 er ~1 zelf ~1 (geen|niks|niets|nul) ~1 (bal|hol|jota|moer|snars|zier|barst|reet|fluit|kloot|bout|ballen|fuck|van) | noneg,weight=0.5
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~8 (stond|stonden|zat|zaten|bleef|bleven) ~6 te (puzzelen|prutsen|klooien|knoeien|hannesen|stuntelen|aanmodderen|aanklooien|rommelen|friemelen|gissen|gokken) | weight=0.5
+ niemand in de winkel had ook maar enig idee hoe het apparaat werkte
+ de verzekeraar heeft me verkeerd ingelicht over de dekking
+ de monteur kwam er na een uur nog steeds niet uit
+ hij stond met het kastje te puzzelen en snapte er zelf geen bal van
- ik kwam er zelf niet uit, maar de medewerker hielp me direct
- de verkoper heeft me goed ingelicht over de verschillen
(kwam|kwamen|komt|komen) ~1 er ~6 (niet|nie) ~1 uit ~2 (hoe|wat|waarom|welke|welk|waar) (hij|zij|ze|die|men) | noneg
+ hij zocht een half uur in zijn systeem en kwam er gewoon niet uit hoe hij mijn adres moest wijzigen
- ik kwam er niet uit hoe ik mijn adres moest wijzigen, dus belde ik en zij regelde het
# had to ask a colleague about everything
(moest|moesten|moet|moeten) ~4 (alles|elke|iedere|steeds|telkens|voortdurend|constant|continu|elk) ~4 (aan|bij|na) (zijn|haar|hun|een|de|z'n|d'r|het) ~1 (collega|collega's|baas|leidinggevende|chef|hoofdkantoor|helpdesk|achterkant|backoffice) ~2 (vragen|navragen|checken|nagaan|overleggen|vroegen)
+ De adviseur moest alles aan zijn collega vragen.
- ik moest alles aan mijn collega vragen omdat ik nieuw ben, maar de winkel hielp goed
