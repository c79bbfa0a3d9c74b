# Staff don't know the product, can't answer, give wrong or contradictory
# information, can't work out how to fix it.
(incompetent*|onkundig*|onbekwaam*|ondeskundig*|amateur*|prutser*|geprutst|klungel*|beunhaas*|prutswerk|knoeiwerk|geknoei|kluns*|sukkels)
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~5 (geen|weinig) ~1 (idee|benul|verstand|kennis|kaas|flauw) | noneg
(had|hadden|heeft|hebben) (ze|zij|hij|die|de|het|men) ~2 (geen|weinig) ~1 (idee|benul|verstand|kennis|kaas) | noneg
(gebrek|tekort|gebrekkige|ontbrekende) ~2 (kennis|vakkennis|productkennis|deskundigheid|expertise|vakmanschap|kunde|knowhow|know-how)
niemand ~2 (wist|weet|wisten|snapte|snapt|begreep|begrijpt|kende|kent) | noneg
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|men|iemand) ~3 (wist|wisten|weet|weten) ~3 (niet|niets|niks|nergens) | noneg
(wist|wisten|weet) (ze|zij|hij|de|die|men) ~2 (niet|niets|niks|nergens) | noneg
(nooit|niet) van ~2 gehoord | noneg
(wist|wisten|weet|weten) ~3 (niks|niets) ~3 (product|producten|artikel|toestel|apparaat|abonnement|pakket|aanbod|*systeem|materie|zaken|*regels|voorwaarden) | noneg
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
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|jullie|men|is|werd|was|zijn|werden) ~6 (verkeerd*|fout|foutief|onjuist) ~2 (doorgegeven|ingevoerd|genoteerd|verwerkt|ingesteld|aangesloten|geinstalleerd|geleverd|gemonteerd|gefactureerd|berekend|uitgelegd|verteld|geadviseerd|geinformeerd|voorgelicht|gerepareerd|geadviseerd)
(verkeerde|foute|onjuiste|foutieve|verouderde|tegenstrijdige) ~2 (informatie|info|advies|antwoord*|uitleg|inlichtingen|instructies|instructie|aanwijzingen)
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij) ~3 (begreep|snapte|snapt|begrijpt|begrepen|snapten) ~3 (niets|niks|niet|geen) | noneg
# "didn't know how", "had no clue"
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|niemand|klantenservice|helpdesk|winkel|iemand|niemand|men|klantenservice|helpdesk) ~4 (niet|nie) (weten|wist|weet|wisten|snapt|snapte|snappen|snapten|kent|kende|kennen|begreep|begrijpt) ~2 (hoe|wat|waar|wanneer|waarom|welk|welke|hoeveel|of) | noneg
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~4 (snapte|snapt|snapten|begreep|begrijpt|wist|weet|wisten) ~2 (er|het|d'r) ~1 (geen|nul|niks|niets|nie) ~1 (bal|hol|jota|moer|snars|zier|barst|reet|fluit|ene|kloot|bout) | noneg
toeten ~2 blazen | noneg
(geen|nul|weinig) ~1 (kaas|verstand|kijk|weet|notie|benul|flauw|clue|idee) ~2 (van|gegeten|had|hadden|heeft|hebben) | noneg,weight=0.5
niemand ~4 (kon|konden|wist|wisten) ~3 (uitleggen|vertellen|zeggen|antwoorden|beantwoorden|antwoord|oplossen|vinden|helpen|maken|repareren) | noneg
(belde|belden|bellen|vroeg|vroegen|vragen|navragen|overleggen|overlegde|overlegden) ~4 (collega|collega's|baas|leidinggevende|hoofdkantoor|helpdesk|chef) ~6 (wat|hoe|om|hulp|raad) ~4 (moest|moesten|doen|werkt|werkte|zat|zit|oplossen)
wat (hij|ze|zij|die) (moest|moesten|moet|moeten) ~1 doen | weight=0.5
# wrong things done or told
(verkeerde|foute) ~3 (geinstalleerd|aangesloten|doorgeknipt|ingevoerd|genoteerd|gemonteerd|ingesteld|gerepareerd|doorgegeven|berekend|meegegeven|verwisseld|vervangen|geadviseerd|afgesteld|geprogrammeerd|geactiveerd|ingeschreven|overgezet|geprint|gemeten|mee|meegekregen|meegenomen|meegebracht|voorgeschreven|uitgeschreven|getrokken|geopereerd|gespoten|geverfd|geschilderd|geknipt|geboord|verwijderd|opgezegd)
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
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|die) ~3 (niks|niets) ~2 (kon|konden|wist|wisten) ~1 (vinden|oplossen|maken|repareren|ontdekken) | noneg
(gaven|gaf|geven|geeft|noemde|noemden|vertelde|vertelden|stuurde|stuurden|opgegeven|gegeven|doorgegeven) ~4 (verkeerde|foute|onjuiste|verkeerd|foutieve|incorrecte|achterhaalde|verouderde|ongeldig|ongeldige)
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
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|telefonist*|verkoper*|verkoopster*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|technicus|adviseur*|agent*|helpdesk*|klantenservice|dienst|*afdeling|callcenter*|winkel|personeel|team|support|chat|chatmedewerk*) ~4 (had|hadden|heeft|hebben) ~2 (geen|weinig|nul) ~2 (idee|benul|verstand|kennis|kaas|notie|kijk) | noneg
(ze|zij|hij|die|men|jullie|medewerk*|verkoper*|verkoopster*|dame|meneer|mevrouw|jongen|meisje|monteur*|adviseur*|agent*) ~3 (weten|wisten|weet|wist) ~2 zelf ~2 (niet|nie|niks|niets)
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
(ze|zij|hij|die|men|*medewerker|*medewerkster|monteur|verkoper|verkoopster|technieker|agent) ~2 (wist|wisten|weet|weten) ~3 (niet|nie) ~1 (hoe|wat|waar|welke|welk|waarom|wanneer) | noneg
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
(en|maar|ook) (wist|wisten|weet|weten) ~2 (niet|nie) (waarom|hoe|wat|waar) | noneg
+ die gast wist er de ballen van
+ de monteur kon het niet maken en wist niet waarom
- ik wist niet hoe de app werkte, maar ze legde het goed uit

# r8a: botched work ("er een potje van gemaakt")
(potje|zootje|zooitje|puinhoop|janboel|rommeltje|knoeiboel|klerezooi|soepzooi) van ~2 (gemaakt|maken|maakt|maakte|maakten)
(maakte|maakten|maakt|maken) er ~2 (potje|zootje|zooitje|puinhoop|janboel|rommeltje|knoeiboel|klerezooi|soepzooi) van
# r8a: staff had to google it / knew less than the customer
(hij|zij|ze|medewerk*|verkoper*|verkoopster*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|dame|meneer|man|vrouw|jongen|meisje|adviseur*|agent*|technicus) ~4 (googelen|googlen|googelde|googlede|gegoogeld|gegoogled|googlet|googelt|googlede)
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
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~4 (kwam|kwamen|komt|komen) ~1 er ~6 (niet|nie) ~1 uit | noneg
(snapte|snapten|begreep|begrepen|wist|wisten|snapt|begrijpt|weet|weten) ~1 er ~1 zelf ~1 (geen|niks|niets|nul) ~1 (bal|hol|jota|moer|snars|zier|barst|reet|fluit|kloot|bout|ballen|fuck|van) | noneg,weight=0.5
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|callcentermedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|caissière*|kassiere*|kassière*|dame|meneer|man|vrouw|jongen|meisje|jongeman|mevrouw|bedrijfsleider*|filiaalmanager*|filiaalleider*|manager*|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|nieuweling*|invalkracht*|accountmanager*|accountbeheerder*|vertegenwoordiger*|consulent*|klantadviseur*|hypotheekadviseur*|planner*|binnendienst|servicedesk*|specialist*|assistente|bezorger*|adviseur*|agent*|collega*|beveiliger*|beveiliging|barman|barvrouw|serveerster|ober|personeel*|vent|gast|kerel|juffrouw|receptionist*|baliemedewerkster|apotheker*|assistente|conducteur*|buschauffeur*|chauffeur*|steward*|stewardess*|tandarts*|arts|huisarts*|loketmedewerk*|helpdeskmedewerk*|webcare|ze|zij|hij|die|iemand|niemand|men|klantenservice|helpdesk) ~8 (stond|stonden|zat|zaten|bleef|bleven) ~6 te (puzzelen|prutsen|klooien|knoeien|hannesen|stuntelen|aanmodderen|aanklooien|rommelen|friemelen|gissen|gokken) | weight=0.5
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

# --- r11a (four-voices round 2) ---
# lacking expertise, formal: "het ontbreekt uw adviseur aan vakkennis"
(ontbreekt|ontbrak|ontbreken|schort|schortte|mankeert|mankeerde) ~5 aan (kennis|vakkennis|productkennis|deskundigheid|expertise|kunde|knowhow|vakmanschap|competentie*|basiskennis)
# "en had geen idee wat hij moest doen": the staff subject stated earlier
(en|maar) (had|hadden|heeft|hebben) ~2 (geen|weinig|nul) ~1 (idee|benul|verstand|kaas|notie|flauw|ervaring) | noneg
# idioms of helplessness: in the dark, hands in the hair, headless chicken
(tast|tasten|tastte|tastten|tastend) ~5 (duister|donker|blinde)
(zijn|z'n|haar|hun|d'r) handen in (het|zijn|z'n|haar|hun|d'r) haar
kip zonder kop
(mond|bek) vol tanden | weight=0.5
# staff could not solve it: "het lukt uw monteurs niet de storing te verhelpen"
(lukt|lukte|lukten|slaagt|slaagde|slaagden) ~3 (medewerk*|medewerkster*|verkoper*|verkoopster*|dame|meneer|mevrouw|jongen|meisje|man|vrouw|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|adviseur*|consulent*|agent*|assistente|apotheker*|receptionist*|telefonist*|helpdesk*|klantenservice|personeel|ze|zij|hij|die|men|jullie) ~4 (niet|nie|geen) ~6 (verhelpen|repareren|oplossen|herstellen|installeren|aansluiten|vinden|maken|instellen|activeren) | noneg
(medewerk*|medewerkster*|verkoper*|verkoopster*|dame|meneer|mevrouw|jongen|meisje|man|vrouw|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|adviseur*|consulent*|agent*|assistente|apotheker*|receptionist*|telefonist*|helpdesk*|klantenservice|personeel|ze|zij|hij|die|men|jullie) ~4 (lukt|lukte|lukten|slaagt|slaagde|slaagden) ~4 (niet|nie|geen) ~6 (verhelpen|repareren|oplossen|herstellen|installeren|aansluiten|instellen|activeren) | noneg
(kwam|kwamen|komt|komen) ~2 (niet|nie|geen|nergens) ~2 verder | noneg,weight=0.5
# can't work their own tools or products: "kon zijn eigen systeem niet bedienen"
(kende|kent|kenden|kennen|snapte|snapt|snapten|begreep|begrijpt|begrepen|bedienen|gebruiken|wist|weet) ~3 eigen ~1 (product|producten|*systeem|systemen|*regels|voorwaarden|tarieven|assortiment|procedures|procedure|*beleid|software|kassa|programma|*formulieren|apparatuur|abonnementen|pakketten) ~2 (niet|nie|amper|nauwelijks|totaal) | noneg
eigen ~1 (product|producten|*systeem|systemen|*regels|voorwaarden|tarieven|assortiment|procedures|procedure|*beleid|software|kassa|programma|*formulieren|apparatuur|abonnementen|pakketten) ~3 (niet|nie|amper|nauwelijks) ~1 (kende|kent|kenden|kennen|bedienen|gebruiken|snappen|snapte|snapten|begrijpen|begreep|vinden|uitleggen) | noneg
(kende|kent|kenden|kennen) ~3 (producten|product|assortiment|*regels|voorwaarden|tarieven|prijzen|aanbod|materie|vak|abonnementen) ~2 (niet|nie|amper|nauwelijks) | noneg
# answers that make no sense: "een antwoord dat nergens op sloeg"
(antwoord|antwoorden|uitleg|advies|reactie|informatie|info) ~3 nergens ~1 op ~1 (sloeg|slaat|sloegen|slaan|gebaseerd) | noneg
(antwoord|antwoorden|uitleg|advies|reactie|informatie|info) ~3 (sloeg|slaat|sloegen|slaan) nergens op | noneg
(antwoord|antwoorden|uitleg|advies|reactie|informatie|info) ~3 (onzin|nonsens|kolder|flauwekul|wartaal|kletskoek|quatsch|abracadabra)
# no answer to any question: "kon op geen enkele vraag een antwoord geven"
(kon|konden|kan|kunnen|wist|wisten) ~2 op ~1 geen ~1 (enkele|een|van|ene) ~10 (antwoord|antwoorden|reactie) | noneg
# wrongly answered, miscalculated
(verkeerd|fout|foutief|onjuist|incorrect) (beantwoord|geadviseerd|ingeschat|uitgerekend|geïnterpreteerd|geinterpreteerd)
(medewerk*|medewerkster*|verkoper*|verkoopster*|dame|meneer|mevrouw|jongen|meisje|man|vrouw|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|adviseur*|consulent*|agent*|assistente|apotheker*|receptionist*|telefonist*|helpdesk*|klantenservice|personeel|ze|zij|hij|die|men|jullie) ~4 (rekende|rekenden|berekende|berekenden|telde|telden|schatte|schatten|mat|maten) ~4 (verkeerd|fout|foutief|onjuist) | noneg
(beginnersfout*|kunstfout*|behandelfout*|inschattingsfout*|beoordelingsfout*)
(rekenfout*|rekenfouten) | weight=0.5
# staff who understood nothing of it: "snapte er niets van"
(medewerk*|medewerkster*|verkoper*|verkoopster*|dame|meneer|mevrouw|jongen|meisje|man|vrouw|monteur*|installateur*|technic*|technieker*|elektricien*|loodgieter*|stagiair*|adviseur*|consulent*|agent*|assistente|apotheker*|receptionist*|telefonist*|helpdesk*|klantenservice|personeel|ze|zij|hij|die|men|jullie) ~3 (snapte|snapt|snapten|begreep|begrepen|begrijpt|wist|wisten|kon|konden) ~1 er ~1 (niets|niks|geen|nie|ni|weinig) ~2 (van|mee) | noneg
# looking everything up: "moest bij alles in de handleiding kijken"
(moest|moesten|moet|moeten) ~4 (alles|elke|iedere|steeds|telkens|voortdurend|constant|continu|elk) ~4 (opzoeken|nazoeken|googelen|googlen|handleiding|gebruiksaanwijzing|handboek|naslagwerk) | noneg
+ Het ontbreekt de adviseur duidelijk aan productkennis.
+ De installateur keek een uur naar de meterkast en had geen idee wat hij moest doen.
+ Uw technici tasten nog altijd in het duister over de oorzaak.
+ Het lukte de monteur niet om de lekkage te verhelpen.
+ De kassamedewerker kon haar eigen kassa niet bedienen.
+ Zijn uitleg sloeg nergens op.
+ Hij kon op geen enkele vraag een fatsoenlijk antwoord geven.
+ De consulent rekende de toeslag verkeerd uit.
+ De medewerker snapte er zelf niets van.
+ Het meisje moest bij alles in de handleiding kijken.
- Ik snapte er niets van, maar de medewerker legde het rustig uit.
- Ik had geen idee hoe het werkte en kreeg een duidelijke uitleg.
- Ik weet zelf niet goed hoe ik de router moet instellen.
# no single employee could answer: "geen enkele medewerker kon mijn vraag beantwoorden"
geen ~4 (medewerk*|medewerkster*|verkoper*|verkoopster*|monteur*|installateur*|technic*|technieker*|adviseur*|consulent*|agent*|collega*|telefonist*|baliemedewerk*|helpdeskmedewerk*|klantenservicemedewerk*|personeelslid|bediende*) ~3 (kon|konden|wist|wisten|kan|kunnen|weet|weten) ~4 (beantwoorden|uitleggen|vertellen|antwoord|antwoorden|zeggen|verklaren) | noneg
# seemed not to know: "leek zelf niet te weten hoe"
(leek|leken|lijkt|lijken|scheen|schenen) ~3 (niet|nie|geen|niks|niets) ~2 (weten|snappen|begrijpen|kennen|benul|idee|kaas) | noneg
# clueless on all sides; more words for bungling
(weet|weten|wist|wisten) ~2 van geen kanten | noneg
(incapabel*|onkunde|ondeskundigheid|dilettant*|knoeier*|broddelwerk|geklungel|gestuntel|stuntelaar*|stuntelig*|klungelig*)
+ Geen enkele medewerker kon mijn vraag beantwoorden.
+ De bankmedewerker leek zelf niet te weten hoe een overschrijving werkt.
+ Die helpdesk weet van geen kanten.
+ De tandarts heeft de verkeerde kies getrokken.
- Geen enkele medewerker was onvriendelijk, alles werd goed uitgelegd.
# nobody managed to fix it: "niemand heeft het euvel kunnen verhelpen"
niemand ~6 (kunnen|weten) (verhelpen|repareren|oplossen|herstellen|vinden|uitleggen|vertellen|maken|beantwoorden|verklaren|verhelpen) | noneg
# inverted: "daar wist niemand waar het over ging"
(wist|wisten|weet|weten|snapte|snapt|begreep|begrijpt|kende|kent) niemand ~2 (waar|wat|hoe|welke|welk|wanneer|of|waarom) | noneg
# one time this, the other time that; one says this, the other that
(ene) keer ~6 (horen|zegt|zeggen|zei|zeiden|krijg|kreeg|hoor|hoorde|vertellen|vertelt|vertelde) ~15 (andere|volgende) keer | noneg
de ene (zegt|zei|zeggen|zeiden|vertelt|vertelde|beweert|beweerde|noemt|noemde) ~8 de (andere|ander) (dat|iets|weer|wat|het|juist|precies) | noneg
+ Geen van de drie medewerkers kon me vertellen hoe het zat.
+ Drie technici langs gehad en niemand heeft de storing kunnen verhelpen.
+ Op de afdeling wist niemand waar mijn vraag over ging.
+ De ene keer hoor ik dat de korting blijft, de andere keer dat hij vervalt.
+ De ene zegt dit, de andere dat.
- De ene keer ging het goed, de andere keer ook.

# --- r13a thesaurus pass ---
(onervaren*|groentje|groentjes) | weight=0.5
(verkeerd|fout|foutief|onjuist|scheef) (gemonteerd|aangesloten|geinstalleerd|ingesteld|afgesteld|opgemeten|ingevoerd|genoteerd|geprogrammeerd|opgehangen|gelegd)
# misspellings and register variants of incompetent / fumbling
(inkompetent*|incompetant*|incompentent*|imcompetent*|incompetend*|onkundigheid|knullig*|amateuristisch*|prutsers|klojo*|kneuzen|stuntelig*|stuntelen|stuntelde|stuntelden|gestuntel)
(geklooi|aangeklooid|aanklooien|klooide|klooiden|gehannes|aangehannest|hannesen|hannesde|hannesden|gemodder|aangemodderd|aanmodderen|moddert|modderde|modderden|geprutst|prutste|prutsten|prutsen|verprutst|verprutste|verprutsten)
# not capable / not competent
(niet|nie|weinig|allesbehalve|verre) ~2 (capabel|competent|bekwaam|deskundig|kundig|vakkundig|onderlegd|ingewerkt|opgeleid) | noneg
# did not know anything: subject is staff
(hij|zij|ze|die|*medewerker|*medewerkster|monteur|verkoper|verkoopster|men|niemand|agent|technieker|adviseur) ~2 (wist|wisten|weet|weten) van (niks|niets|nada|toeten)
(hij|zij|ze|die|*medewerker|*medewerkster|monteur|verkoper|verkoopster|men|adviseur|technieker) ~1 (snapte|snapten|begreep|begrepen|snapt|begrijpt) er ~2 (niks|niets|geen|bal|moer|zier|jota|hol) ~1 van | noneg
+ wat een knullige prutsers bij die winkel
+ de monteur heeft er een uur op lopen klooien en hannesen
+ de medewerkster was totaal niet capabel
+ de verkoper wist van niks
- ik wist van niks, maar de medewerker legde het keurig uit
- de monteur was zeer vakkundig en snel klaar
+ de monteur had de kraan verkeerd aangesloten

# nl14b: contradictory answers from different staff / nobody knows
(elke|iedere) (*medewerker|collega|adviseur|keer|persoon) ~4 (ander|anders|nieuw) ~1 (antwoord|verhaal|verhaaltje|bedrag|termijn)
niemand ~2 (lijkt|leek|schijnt) ~3 (weten|snappen|begrijpen) | noneg
(hij|ze|zij|medewerker*|*medewerkster|adviseur*|jongen|gast|man|vrouw|meneer|mevrouw|verkoper*|verkoopster) ~3 (snapte|snapt|snapten|begreep|begrijpt|begrepen|wist|wisten) ~3 er ~2 (niks|niets|nul|weinig) van | noneg
(iemand|medewerker*|jongen|gast|man|vrouw) die er ~2 (niks|niets|nul|weinig) van (snapte|snapt|begreep|begrijpt|wist|weet) | noneg
geen van (hen|allen|beiden|drieen|die) ~4 (wist|kon|snapte|begreep|kende) | noneg
(drie|twee|vier|verschillende) (verschillende|andere) ~1 (antwoorden|paden|gangpaden|bedragen|verhalen) ~6 (fout|verkeerd|klopte|juist|allemaal) | noneg
(blijkt|bleek) ~3 (het|dat) ~2 (mis|fout|verkeerd) te (hebben|zijn) | noneg
+ Elke medewerker gaf een ander antwoord op dezelfde vraag.
+ Niemand lijkt te weten hoe het zit.
+ Die jongen snapte er echt niks van.
+ Geen van hen wist hoe dat moest.
- De medewerker wist er alles van en hielp meteen.
# nl14b: three contradicting messages about the same case
(brief|mail|e-mail|mailtje|telefoontje|bericht|sms) dat ~10 (brief|mail|e-mail|mailtje|telefoontje|bericht|sms) dat ~10 (brief|mail|e-mail|mailtje|telefoontje|bericht|sms) dat | noneg
+ Ik kreeg een brief dat het klaar was, een mail dat het niet kon en een telefoontje dat het al geregeld was.

# --- added (nl14a paraphrase round) ---
# everyone gives a different figure; price promised unchanged but went up
(allemaal|iedereen|ieder|elke|elk|steeds|telkens) ~4 (verschillende|andere) ~1 (stand|meterstand|antwoord|verhaal|bedrag|informatie|uitleg|datum|prijs|info|termijn)
(maandbedrag|bedrag|prijs|kosten|tarief|rekening|factuur) ~4 (zou|zouden|blijft|bleef) ~2 (gelijk|hetzelfde|dezelfde|blijven) | weight=0.5
(factuur|rekening|maandbedrag|bedrag|prijs|kosten|tarief|maand) ~3 (steeg|stegen|gestegen|omhoog|hoger|duurder|verhoogd) | weight=0.5
+ de drie medewerkers noemden allemaal een verschillend bedrag, ieder een ander bedrag
+ mijn maandbedrag zou hetzelfde blijven, toch is de rekening omhoog gegaan
+ ze gaven allemaal een andere datum voor de monteur
- het bedrag blijft gelijk, prima
- mijn rekening is omhoog gegaan door de nieuwe btw
# nl15b: sold / advised the wrong item
(verkeerde|foute) ~3 (verkocht|aangeraden|geadviseerd|aangesmeerd|meegegeven)
(verkocht|verkochten|verkoopte|adviseerde|adviseerden|raadde|raadden) ~4 (verkeerde|foute)
# nl15b: cannot tell models apart
niet uit elkaar ~2 (houden|halen|hield|hielden) | noneg
# nl15b: manual / instructions for another model
(handleiding*|instructie*|uitleg|stappenplan|info|informatie) ~5 (ander|andere|verkeerde|verkeerd|fout|foute) ~2 (model|toestel|product|apparaat|type|router|modem|versie)
+ ze hebben me de verkeerde adapter verkocht
+ de verkoper kon de modellen niet uit elkaar houden
+ ik kreeg de handleiding van een totaal ander model router
- ik had zelf de verkeerde maat besteld, mijn fout
# --- nl16b ---
# nobody of several knew: "niet een wist hoe"
(niet|geen) (een|eentje|enkele) ~3 (wist|wisten|snapte|snapten|kon|konden|begreep|begrepen) ~3 (hoe|wat|waar|welke|of) | noneg
# one said the other was wrong
(zei|zeiden|zegt|zeggen|horen|gekregen) ~3 (dat|da) ~5 (mis|fout|ongelijk) (had|hadden|heeft|hebben|zat|zaten)
# moving goalposts: needed X, then needed Y
nodig (had|hadden|was|waren|heb|hebt) ~3 (toen|daarna|vervolgens|later|dan) ~5 nodig (had|hadden|was|waren|heb|hebt)
+ Vijf medewerkers bij de balie en niet een wist hoe je een retour verwerkt.
+ Kreeg te horen dat de vorige medewerker het mis had.
+ Eerst zei hij dat ik mijn paspoort nodig had, toen dat ik een uittreksel nodig had.
- Ze wist meteen hoe het moest, super.
- Ik gaf toe dat ik het mis had.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# lacking knowledge with the compound written apart: 'aan product kennis'
(ontbreekt|ontbrak|ontbreken|schort|schortte|mankeert|mankeerde) ~5 aan (product|vak|basis|technische) (kennis|kunde)
# split separable verb: 'knipten de verkeerde kabels door', 'sloot de foute draad aan'
(knipte|knipten|knipt|sloot|sloten|sluit|voerde|voerden|zette|zetten|stelde|stelden|gaf|gaven) ~2 (verkeerde|foute) ~2 (door|aan|in|mee)
+ de monteurs sloten de verkeerde leidingen aan
+ bij die winkel ontbreekt het de verkopers aan product kennis
# --- nl19b paraphrase-coverage round ---
# had to admit they did not know: "moest toegeven dat hij het ook niet wist"
(toegeven|toegegeven|gaf|gaven|erkende|erkenden|bekende|bekenden|erkennen) ~4 (hij|zij|ze|die|men) ~3 (niet|nie|niks|niets) (wist|wisten|weet|weten|kende|kenden|snapte|snapten|begreep|begrepen) | noneg
(ze|zij|hij|die|men) ~3 (ook|zelf) (niet|nie|niks|niets) (wist|wisten|weet|weten|snapte|snapten|begreep|begrepen) | noneg
# not a single member of staff knows: "geen enkele medewerker weet hoe"
geen (enkele|een|1|ene) (medewerk*|verkoper*|verkoopster*|personeelslid|monteur*|adviseur*|collega*|agent*|consulent*|telefonist*) ~3 (weet|wist|wisten|weten|kent|kende|snapt|snapte|begrijpt|begreep) | noneg
# ignorant staff: onwetend, clueless, slecht op de hoogte
(onwetend*|ongeinformeerd*|clueless|onkunde|onkundigheid|incompetentie|ondeskundigheid)
(slecht|niet|nauwelijks|totaal|amper|onvoldoende) ~1 op de hoogte ~2 (van|over) ~3 (eigen|product*|*regels|voorwaarden|aanbod|abonnement*|*systeem|tarieven|procedures|zaken) | noneg
+ de man achter de balie gaf uiteindelijk toe dat hij het niet wist
+ geen enkele verkoper kon me zeggen welke kabel erbij hoort
+ wat een onwetend personeel in die zaak
- ik gaf toe dat ik niet wist hoe het moest, de medewerker legde het rustig uit

# s9: contradicting themselves or each other, any tense: "ze spraken zichzelf tegen"
(spreekt|spreken|sprak|spraken) ~1 (zichzelf|elkaar) ~6 tegen
+ de twee adviseurs spraken elkaar aan de telefoon voortdurend tegen
+ hij sprak zichzelf in één gesprek twee keer tegen
- we spraken af dat hij morgen tegen de middag komt
- we spraken af om elkaar tegen vijf uur te zien
- ik sprak haar aan en ze hielp me meteen
# s9: no grasp of the subject: "geen enkele kennis van zaken"
(geen|weinig|nul|zonder) ~2 (kennis|verstand) van zaken | noneg
+ die jongen in de winkel had weinig verstand van zaken
+ geen greintje kennis van zaken bij de adviseur
- de adviseur had veel kennis van zaken en legde alles rustig uit
- een medewerker met verstand van zaken, eindelijk
# s9: the customer had to show staff their own tools: "moest uitleggen hoe hun eigen app werkt"
(uitleggen|uitgelegd|uitlegde|voordoen|voorgedaan|voordeed|tonen|getoond|toonde|aanwijzen|aangewezen|wees) ~3 (hoe|waar|wat) ~4 (hun|jullie|zijn|haar|z'n|d'r) eigen
+ ik heb de kassière moeten voordoen waar de kortingsknop op haar eigen kassa zit
+ uiteindelijk heb ik zelf uitgelegd hoe jullie eigen bestelsysteem werkt
- ik heb uitgelegd hoe ik het zelf al had geprobeerd
- de monteur legde geduldig uit hoe de thermostaat werkt
# s9: contradictions with the verb first: "toen zei de ander dat het wel kon"
(zei|zegt|zeiden|vertelde|vertelt|beweerde|beweert|meldde|meldt|wist|weet) de (ene|eerste) | weight=0.5
(zei|zegt|vertelde|vertelt|beweerde|beweert|meldde|meldt|wist|weet) (de|een|het) (andere|ander|tweede|derde|volgende|nieuwe) | weight=0.5
+ eerst zei de ene dat het gratis was, daarna beweerde de andere dat het geld kost
+ de eerste zei ja, een dag later zei de tweede nee
- toen zei de andere klant in de rij dat ik beter kon wachten
- de tweede monteur wist meteen wat er mis was
# s9: a technician who cannot get it working
(monteur*|technic*|technieker*|installateur*|elektricien*|loodgieter*|medewerk*|helpdesk*|specialist*|reparateur*|servicedesk*|niemand) ~4 (kreeg|kregen|krijgt|krijgen) ~8 (niet|nie|nooit) ~1 (werkend|gerepareerd|gemaakt|opgelost|gefixt|gefikst|verholpen) | noneg
(kreeg|kregen|krijgt|krijgen) (de|die|deze|onze) (monteur*|technic*|technieker*|installateur*|elektricien*|loodgieter*|medewerk*|specialist*|reparateur*) ~8 (niet|nie|nooit) ~1 (werkend|gerepareerd|gemaakt|opgelost|gefixt|gefikst|verholpen) | noneg
+ de installateur kreeg de warmtepomp na een hele dag nog niet werkend
+ na drie uur proberen kreeg de technicus de storing nog altijd niet verholpen
- de monteur kreeg de ketel binnen tien minuten werkend
- ik kreeg het zelf niet werkend, de helpdesk loste het meteen op
# s9: Flemish "bediende" (clerk) joins the staff nouns of the rules above
+ de bediende had geen flauw idee hoe het abonnement werkte
- de bediende wist meteen wat er moest gebeuren
# s9: idioms of being at a loss, with a third-person owner so the customer's own shock stays out
met (zijn|haar|z'n|d'r|hun) mond vol tanden
(hij|zij|ze|die|monteur*|technic*|technieker*|installateur*|medewerk*|bediende*|helpdesk*|klantenservice|verkoper*|verkoopster*|adviseur*|loodgieter*|elektricien*) ~8 (handen|handjes) in het haar
+ de adviseur stond met zijn mond vol tanden toen ik naar de kosten vroeg
+ de loodgieter zat na een uur zoeken met de handen in het haar
- ik stond met mijn mond vol tanden toen ik de rekening zag
- wij zitten met de handen in het haar sinds de verhuizing
# s9: plural and present of "moest navragen"; cannot find the cause; one branch says this, the other that
(moesten|moeten) ~4 (navragen|opzoeken|overleggen)
(kon|konden) ~3 (probleem|fout|oorzaak|storing|lek|lekkage|defect|euvel|mankement) ~2 (niet|nie|nergens) ~1 (vinden|ontdekken|achterhalen|lokaliseren|traceren|vaststellen) | noneg
(de|het) (ene|een) ~2 (zegt|zei|vertelt|vertelde|beweert|beweerde|zeggen|zeiden) ~5 (het|de) (andere|ander)
+ de medewerkers moesten alles eerst bij hun chef navragen
+ twee monteurs en ze konden de oorzaak niet vinden
+ het ene filiaal zegt dit, het andere weer iets heel anders
- de ene kassa was dicht, de andere open, prima geregeld
- de monteur kon de lekkage meteen vinden en dichten
# --- s10b paraphrase round ---
# which of the stories is true: "wie moet ik nu geloven?", "welk verhaal klopt?"
(wie|wat) moet ik ~2 (geloven|aannemen)
welk* (verhaal|uitleg|antwoord|informatie|versie) ~2 (klopt|kloppen|juist|geldt|gelden)
+ de ene zegt morgen, de andere volgende week, wie moet ik nu geloven?
+ drie medewerkers, drie antwoorden. welk verhaal klopt er nou?
+ welke versie klopt nu, bezorgd of retour?
- welke versie van de app heb ik nodig?
- wie moet ik bellen voor een afspraak?
# staff keying the customer's data in wrong: "hebben mijn adres verkeerd ingevoerd"
(jullie|ze|zij|hij|medewerker*|medewerkster*|klantenservice) (heeft|hebben|had|hadden) ~5 (verkeerd|fout|foutief|onjuist) ~2 (ingevoerd|genoteerd|ingevuld|geregistreerd|gezet|ingeboekt|verwerkt|overgenomen|gespeld|opgeschreven|doorgegeven|gekoppeld|aangemaakt|berekend|ingesteld)
+ ze hebben mijn adres alweer verkeerd ingevoerd
+ jullie hebben mijn IBAN fout overgenomen
- u heeft het zelf fout ingevuld, zei de medewerker
+ de medewerker had mijn naam verkeerd gespeld op het contract
- ik heb mijn adres verkeerd ingevuld, sorry
- heb ik het formulier verkeerd ingevuld?

# s11b: subordinate word order ("iemand die niks wist", "dat u zelf niet weet hoe")
(die|hij|zij|ze|personeel|medewerker*|monteur*|verkoper*) (niks|niets|nul) (wist|wisten|weet|weten|snapte|snapten|snapt) | noneg
(die|hij|zij|ze|personeel|medewerker*|monteur*|verkoper*) (echt|helemaal|totaal|werkelijk|gewoon|ook|compleet|absoluut) ~1 (niks|niets|nul) (wist|wisten|weet|weten|snapte|snapten|snapt) | noneg
(u|jullie|men) ~3 (niet|nie) (wist|wisten|weet|weten) ~1 (hoe|waar|welke|welk|waarom|wanneer) | noneg
+ ik kreeg een jongen aan de lijn die echt niks wist
+ ik heb het gevoel dat u zelf niet weet hoe uw eigen tarieven werken
+ een verkoper die echt helemaal niks snapte
- ik wist zelf ook niet hoe het moest, maar ze heeft het me rustig uitgelegd
- ik snapte er niks van tot de medewerker het uitlegde
- de nieuwe medewerker aan de lijn, die nergens van wist, moest alles opnieuw horen
- mijn moeder werd geholpen omdat ze niet wist hoe de kassa werkte
- de volgende medewerker, die van niets wist, vroeg alles opnieuw
+ daarna kreeg ik iemand die niks wist
# s11b: not knowing the difference / unfamiliar with own process / no expertise
(wist|wisten|weet|weten|kende|kent|snapte|snapt|zag|ziet) ~2 (niet|nie|geen) ~2 (het|de) verschil | noneg
(medewerker*|medewerkster*|monteur*|verkoper*|verkoopster*|adviseur*|personeel|hij|zij|ze|die|men) ~3 (onbekend|onwetend|onervaren) ~1 (met|over)
(geen|weinig|nul|nauwelijks|amper|gebrekkige|beperkte|minimale) ~2 (productkennis|vakkennis|deskundigheid|expertise|vakmanschap|materiekennis) | noneg
(erger|slechter) in plaats van beter
(alleen|enkel) ~2 (erger|slechter) (gemaakt|geworden)
(zat|zaten|stond|stonden|ging|gingen) ~6 te (googelen|googlen|gokken|prutsen|klungelen|aanrommelen|aanmodderen)
+ de monteur wist niet eens het verschil tussen de twee aansluitingen
+ de medewerker was totaal onbekend met de nieuwe regeling
+ het personeel heeft echt nul vakkennis
+ na zijn bezoek was het lek erger in plaats van beter
+ die installateur heeft het alleen maar erger gemaakt
+ de technicus zat een kwartier op zijn telefoon te googelen hoe het apparaat werkte
- ik was zelf onbekend met de regels, dat geef ik toe
- de adviseur had veel vakkennis en legde het verschil goed uit
