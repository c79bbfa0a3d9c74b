# Refused a manager, supervisor or anyone with authority; told no one else
# can be reached.
# The refusal often follows in the next sentence ("Ik vroeg naar een
# leidinggevende. Die was er niet."), which a sequence cannot span; but the
# weights of a tag add up over the whole text, so asking for a manager is
# half a hit, and a refusal or an absent manager the other half.
# The manager himself refusing something ("de bedrijfsleider weigerde de
# retour") is no refusal to escalate, so the manager is never the subject
# of a refusal here.
#
# asked for someone higher: half
(vroeg|vroegen|gevraagd|vraag|verzocht|verzoek|eiste|eisten|wilde|wou|wilden|wil|vragen|verlangde|vroegen|naar) ~3 (naar|om|een|de|zijn|haar|hun|met|bij|uw|jullie) ~2 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|meerdere|directeur*|verantwoordelijke|overste|hoofd|hogere|teamlead) | weight=0.5
(wilde|wou|wilden|wil|vroeg|vroegen|gevraagd|verzocht|eiste) ~4 iemand ~2 (hoger|boven|hogerop|anders|met|die) ~3 (spreken|organisatie|bevoegdheid|bevoegdheden|mandaat|zeggenschap|beslissen|beslist|bevoegd|beslissing|haar|hem|jou|u) | weight=0.5
(wie|bij) ~6 (beslist|bezwaar|beslissen|escaleren|hoger|klagen) | weight=0.5
(hogerop|escalatie|escaleren|opschalen|geescaleerd) | weight=0.5
# refused, unreachable, absent: half
(weigerde|weigerden|geweigerd|weigert) | weight=0.5,noneg
(niet|nie|geen) ~1 (mogelijk|bereikbaar|aanwezig|beschikbaar|nodig|doorverbinden|doorverbonden|doorgeven|doorgeschakeld|doorschakelen|doorgezet|doorzetten|doorgestuurd) | weight=0.5,noneg
(dat|het|'t) (kan|kon|ging|gaat|mocht|mag) ~1 (niet|nie) | weight=0.5,noneg
(zijn|is|was|waren) er ~2 (niet|nooit|nie) ~2 (voor|bij) ~1 (klanten|mensen|particulieren|telefoontjes|iedereen|gewone) | weight=0.5,noneg
(succes|sterkte) (daarmee|ermee) | weight=0.5
(nemen|neemt|namen) ~2 geen ~1 (telefoontjes|telefoon|gesprekken|klanten) | weight=0.5,noneg
(chat|gesprek|verbinding) ~3 (afgesloten|beeindigd|verbroken|gesloten) | weight=0.5
niemand anders | weight=0.5,noneg
(die|hij|zij|ze) (was|is|zijn|waren|zou|zouden) er ~3 (niet|nie|nooit) | weight=0.5,noneg
(het|'t) ~1 met (haar|hem|mij|ons|hen) ~1 (moest|moet|moesten|moeten) ~1 (doen|stellen) | weight=0.5
niemand (sorry|helaas|hoor) | weight=0.5,noneg
(doorverbinden|doorverbonden|doorschakelen|doorgezet|doorzetten|verbinden|verbonden) ~3 (manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|afdelingschef*|baas|directie|directeur*|management|hoofdkantoor|leiding) | weight=0.5
# a refusal and the escalation in one clause: whole
(niet|geen|nooit|weigerde|weigerden|weigert|geweigerd|niemand|nie) ~6 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|meerdere|directeur*|afdelingshoofd*|bedrijfsleider*|filiaalmanager*|filiaalleider*|storemanager*|hogerop|escaleren|geescaleerd|doorzetten|overste) | noneg
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|directeur*|afdelingshoofd*|bedrijfsleider*|filiaalmanager*|filiaalleider*|overste|verantwoordelijke) ~4 (was|is|waren|zijn|zat|had|hadden|zit) ~3 (niet|nie|nooit|afwezig|pauze|vakantie|vergadering|bezet|vrij|onbereikbaar|ziek|weg|overleg|gesprek|bespreking|meeting) | noneg
(manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|filiaalmanager*) ~3 (niet|nie|nooit|geen) ~1 (bereikbaar|beschikbaar|aanwezig|spreken|te) | noneg
(er|is|was) ~2 (niemand|geen) ~3 (hoger|boven|hogers) | noneg
niemand (hoger|boven) | noneg
niemand (met|bij) wie | noneg
(ik|zij|hij|ze) ~2 (ben|is|was) ~1 (de|het) (hoogste|eindverantwoordelijke|enige|laatste)
(ik|zij|hij|ze) ~2 (de|het) (hoogste|eindverantwoordelijke) ~3 (was|is|ben)
(de|het) hoogste ~4 (spreken|bereiken|krijgen|kon|kunt|kan)
(kan|kon|kunt|mag|mocht) ~3 (niet|nergens|nie) ~3 hogerop | noneg
hogerop ~3 (niet|geen|onmogelijk|nie) | noneg
(wie|bij) ~6 (beslist|bezwaar|terecht|klagen|escaleren|beslissen|hoger) ~4 niemand | noneg
(doorverbinden|doorverbonden|doorzetten|doorschakelen) ~5 (kon|kan|mocht|mag|wilde|wou|wilden) ~2 (niet|nie) | noneg
(kon|kan|mocht|mag|wilde|wou|wilden|weigerde|weigerden) ~3 (doorverbinden|door|doorzetten) ~5 (manager*|leidinggevende*|teamleider*|supervisor*|hoger|iemand|collega) | noneg
(verbind|verbinden|verbindt) ~2 (niet|nie) door | noneg
klacht ~3 (indienen|neerleggen|melden|doorzetten) ~6 (kan|kon|mag|mocht|ging|gaat|is|was) ~2 (niet|nie|onmogelijk) | noneg
daar (doen|doe) (wij|we|ik) ~1 (niet|nie) aan | noneg,weight=0.5
(genegeerd|negeerde|negeerden|weggewuifd|afgewimpeld) | weight=0.5
(klacht|klacht*|klagen|beklag) ~6 (bij|over|aan|tegen) ~3 (baas|hogerhand|manager|leidinggevende|chef|afdelingschef*|meerdere|bedrijfsleider|directeur) | weight=0.5
(niet|nie) voor (klanten|gewone|particulieren) | weight=0.5,noneg
iemand ~3 (die|met) ~4 (zeggen|macht|gaat|beslist|bevoegd|bevoegdheid|verantwoordelijk|zeggenschap|beslissen|mandaat) | weight=0.5
nee ~2 (zei|zegt|zeiden|antwoordde|was) | weight=0.5
(nooit|niet|nie) ~2 aan de (telefoon|lijn) | weight=0.5,noneg
(afgewezen|afgewimpeld) | weight=0.5,noneg
(door|doorzetten|doorgezet|escaleren|geescaleerd|voorleggen|voorgelegd) ~4 (naar|aan|bij) ~2 (manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|afdelingschef*|baas|directeur*|meerdere) | weight=0.5
# --- added (holdout4 round) ---
iemand (hoger|hogers|hogerop|boven) | weight=0.5
(hoger|hogere) (niveau|echelon|instantie) | weight=0.5
(er|is|was|zijn) ~2 (geen|niemand) ~2 (manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|afdelingschef*|baas) ~3 (aanwezig|beschikbaar|bereikbaar|te|in|vandaag) | noneg
(manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|afdelingschef*|baas|directeur*) ~3 (wilde|wou|wilden|weigerde|weigerden) ~4 (komen|spreken|praten|bellen|terugbellen|woord) | noneg
+ ik vroeg naar een leidinggevende maar die was er niet, zei ze
+ ze weigerde me door te verbinden met een manager
+ er is niemand anders die u kan helpen, ook geen leidinggevende
+ een teamleider spreken was volgens hem niet mogelijk
+ ik vroeg om een manager. Dat kon niet, zei ze.
- de leidinggevende heeft het meteen opgelost
- ik heb de manager gesproken en alles is geregeld
- de bedrijfsleider weigerde de retour, regels zijn regels
# --- added (holdout5 round) ---
# Flemish and other titles of someone in charge, asked for: half
(vroeg|vroegen|gevraagd|vraag|vragen|wilde|wou|wilden|wil|eiste|eisten|verzocht|kan|kon|mag|mocht|kunt|zou) ~3 (naar|om|een|de|den|ne|uw|jullie|zijn|haar|hun|ik|we) ~2 (zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) | weight=0.5
(kan|kon|mag|mocht|kunt|zou) (ik|we|wij) ~3 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~2 (spreken|bellen|zien|bereiken|hebben|krijgen) | weight=0.5
# talking to the one in charge was not allowed / did not happen
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~4 (spreken|erbij|halen|roepen|bereiken|bellen|praten|doorverbinden|doorverbonden|zien) ~3 (mocht|mag|kon|kan|ging|gaat|lukte|lukt|zat|was|is) ~2 (niet|nie|er) | noneg
(mocht|mag|kon|kan|kreeg|krijg|kregen|lukte|lukt) ~3 (niet|nie|nooit|geen) ~4 (met|bij|naar) ~2 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) | noneg
(nooit|niet|nie|geen) ~3 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~3 (gesproken|gezien|bereikt) | noneg
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~4 (heeft|had|hebben|hadden) ~1 (het|t) ~1 (druk) | weight=0.5
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~4 (doet|deed|doen) ~1 (geen|nie|niet) ~2 (klantcontact|klanten|telefoontjes|gesprekken|telefoon) | noneg
# nobody with more authority
(meer|hogere|voldoende) (bevoegdheid|bevoegdheden|zeggenschap|mandaat|beslissingsbevoegdheid) | weight=0.5
(geen|niet|nie|nooit|onmogelijk|niemand) ~6 (meer|hogere) (bevoegdheid|bevoegdheden|zeggenschap|mandaat) | noneg
(geen|niemand) ~2 (*afdeling|loket|instantie|persoon|dienst) ~2 voor | weight=0.5,noneg
(boven) (haar|hem|mij|hen|die|zijn|hun) ~2 (staat|stond|zit|niemand|geen) | weight=0.5
(escaleer|escaleert|escaleerde|escaleerden|opschalen|opgeschaald|hogerop) ~4 (niet|nie|geen|onmogelijk|weigerde|weigerden|nooit) | noneg
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~4 aan de (lijn|telefoon) ~3 (mocht|mag|kon|kan|ging|gaat|lukte|lukt|kwam|wilde|wou) ~2 (niet|nie|nooit) | noneg
(nooit|niet|nie|geen) ~3 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~2 te (spreken|zien|bereiken|pakken) | noneg
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~4 (heeft|had) ~1 het ~1 te druk | weight=0.5
(wilde|wou|wilden|wil|vroeg|vroegen|gevraagd|eiste|eisten|verzocht) ~4 iemand van (het|de) (management|directie|leiding|hoofdkantoor) | weight=0.5
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~3 (liet|lieten|laat) ~2 (zich|zijn|haar) ~2 (niet|nie|nooit) ~1 (zien|horen|gezien) | noneg
(wou|wilde|wilden|wouden|mocht|kon|konden|weigerde|weigerden) ~3 (niet|nie|me|mij|ons) ~3 (doorverbinden|doorverbonden|doorzetten|doorschakelen) ~4 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) | noneg
(mocht|mag|kon|kan|kreeg|konden|mochten) ~3 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|filiaalverantwoordelijke*|ploegbaas|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|teamcoach|floormanager*) ~2 (niet|nie|nooit) ~2 (spreken|zien|bellen|bereiken|te) | noneg
geen sprake van | weight=0.5,noneg
niemand (komt|kwam|verscheen) | weight=0.5,noneg
(die|hij|zij) ~2 (kwam|komt) ~2 (niet|nie|nooit) ~2 (opdagen|kijken|naar|af) | weight=0.5,noneg
+ Kan ik uw overste spreken? Nee, die neemt geen telefoontjes aan.
+ de manager erbij halen mocht niet van haar
+ ik kreeg nooit de zaakvoerder te spreken
+ er is niemand met meer bevoegdheid, zei hij
- de zaakvoerder kwam zelf kijken en regelde het meteen
- ik heb de teamleider gesproken, zij heeft het opgelost
# --- added (mixed-genre round) ---
# the manager asked for is always "in a meeting": "die is in gesprek"
(die|hij|zij|ze) (is|was|zit|zat|zou) ~2 (gesprek|vergadering|overleg|bespreking|onbereikbaar|afwezig|meeting) | weight=0.5,noneg
+ ik vroeg om de manager. elke keer: 'die is in gesprek'
# --- added (round 6: idea-grid probes) ---
# asked for someone with decision power / a talk with management: half
(beslissingsbevoeg*|tekeningsbevoeg*) | weight=0.5
(eis|eist|eisen|vraag|vroeg|vroegen|wil|wilde|wou|verzocht|verzoek) ~3 (gesprek|afspraak|onderhoud|contact) ~3 (met|bij) ~2 (manager*|leidinggevende*|teamleider*|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|directeur*|directie|management|leiding|hoofdkantoor|zaakvoerder*|verantwoordelijke) | weight=0.5
# the complaint is not passed on to head office / management
(doorgeven|doorsturen|doorspelen|voorleggen|escaleren|doorzetten) ~3 (aan|naar|bij) ~2 (hoofdkantoor|directie|management|leiding|manager*|leidinggevende*|hogerhand) | weight=0.5
(dat|dit) (doen|doet|deden|deed) (ze|wij|we|zij|hij|jullie) ~1 (niet|nie|nooit) | weight=0.5,noneg
# nobody to complain to: no complaints department, no appeal
(geen|nergens|niet) ~3 (klachtenafdeling*|klachtendienst*|klachtenlijn*|klachtenloket*|escalatieteam*|escalatieafdeling*|klachtenfunctionaris*) | noneg
(nergens|niet|nie|geen) ~3 (beroep|bezwaar) ~2 (kon|kan|kunt|mogelijk|aantekenen|instellen|gaan|maken) | noneg
(kon|kan|kunt|mocht|mag|konden) ~3 (nergens|niet|nie) ~2 (beroep|bezwaar) | noneg
(beslissing|besluit|oordeel) ~4 (definitief|onherroepelijk|finaal) | weight=0.5
(geen|nergens|niet|nie|onmogelijk) ~6 hoger (op|opnemen|leggen|aankaarten|neerleggen) | noneg
(verder|hoger) (kom|kwam|geraak|geraakt|raak|kan|kon) (je|ik|u|ge|we) ~1 (niet|nie|nooit) | weight=0.5,noneg
(kan|kunt|kon) ~1 (u|je|ge|ik) ~2 (niet|nie) (mee|mee) ~1 (bellen|spreken|praten) | weight=0.5,noneg
+ er is geen klachtenafdeling, dus je kunt nergens heen
+ tegen die beslissing kon ik nergens in beroep
+ geen enkele manier om dit hoger op te nemen
+ ik vroeg een gesprek met de directie, dat doen ze niet
- de klachtenafdeling heeft mijn klacht binnen een week opgelost
- ik heb bezwaar gemaakt en dat werd netjes behandeld
# --- added (round 6b: families from a fresh second probe set) ---
(hoger|hogerop) ~6 (kom|kwam|geraak|geraakt|raak|kunt|kan|kon) (je|ik|u|ge|we|men) ~3 (niet|nie|nooit) | noneg
+ hoger dan de balie kom je hier niet
- hoger dan twintig graden komt de verwarming niet

# r8a: "my manager will tell you the same" — escalation pre-empted
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|meerdere|directeur*|afdelingsleider*|afdelingshoofd*) ~3 (gaat|zal|zou|gaan|zullen|zouden|kan|kon) ~4 (hetzelfde|niks|niets) ~2 (zeggen|vertellen|antwoorden|doen|veranderen|zeggen) | noneg
# r8a: separable "verbind ... door" to an authority
(verbind|verbindt|verbond|verbonden|verbinden) ~4 door ~3 (manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|afdelingschef*|baas|meerdere|directeur*|afdelingsleider*|afdelingshoofd*) | weight=0.5
# r8a: more authority titles
(vroeg|vroegen|gevraagd|verzocht|wilde|wou|wilden|eiste|eisten|kon|kan|mocht|mag) ~6 (wijkmanager*|filiaalbeheerder*|winkelbeheerder*|districtmanager*|areamanager*|afdelingsleider*|winkelleider*|vestigingsleider*|vestigingsmanager*|regiomanager*|locatiemanager*|ploegleider*|dienstleider*|shiftleider*|verantwoordelijke|hogerop) | weight=0.5
(weigerde|weigerden|weigert|geweigerd|wilde|wou) ~4 (erbij|bij) ~2 (te|halen|roepen|gehaald|geroepen) | weight=0.5
# r8a: management does not speak to customers
(directie|management|leiding|manager*|leidinggevende*|teamleider*|baas|chef|afdelingschef*|bedrijfsleider*) ~3 (spreekt|spreken|staat|staan|belt|bellen|praat|praten|ontvangt|ontvangen) ~2 (geen|niet|nie|nooit) ~2 (klanten|consumenten|particulieren|burgers|woord) | noneg
+ Mijn leidinggevende zal u precies hetzelfde vertellen, zei de medewerkster.
+ Ik vroeg of de afdelingsleider kon komen, ze weigerde hem erbij te halen.
+ De directie spreekt geen klanten, kreeg ik te horen.
- De afdelingsleider kwam meteen en heeft alles netjes opgelost.
# --- added (round 9b: described refusals to escalate) ---
# the manager "doesn't come out for that"
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|afdelingshoofd*|directeur*|directie|zaakvoerder*|verantwoordelijke) ~3 (komt|kwam|komen|kwamen) ~2 (niet|nie|nooit) | noneg
# "daar kom je niet bij": out of reach; needs company
(kom|kwam|geraak|geraakt|raak|kan|kunt) (je|u|ge|jij|ik|men) ~1 (niet|nie|nooit) (bij|aan|tussen|door) | noneg,weight=0.5
+ kon ik de chef even spreken? nee, de chef komt niet naar voren voor zoiets
+ doorverbinden met de directie? daar kom je niet bij
+ de manager kwam niet, hij had geen zin
- de chef kwam meteen en loste het op
- de directie heeft me zelf teruggebeld

# --- added (r10 nl10b: four-voice probes) ---
# the request for someone in charge was turned down, in any register:
# "mijn verzoek om een leidinggevende werd van tafel geveegd / niet gehonoreerd"
(verzoek|vraag|verzocht|gevraagd|vroeg|vroegen|aandringen|wens|eis|eiste) ~8 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|hogerhand|meerdere) ~8 (geweigerd|afgewezen|tafel|weggewuifd|genegeerd|onthouden|ontzegd|afgewimpeld|afgeketst|weggelachen|gepasseerd) | noneg
(verzoek|vraag|verzocht|gevraagd|vroeg|vroegen|aandringen|wens|eis|eiste) ~8 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|overste|verantwoordelijke|zaakvoerder*|directie|management|leiding|hogerhand|meerdere) ~8 (niet|nie|nooit) ~2 (gehonoreerd|ingewilligd|toegestaan|ingegaan|doorgegeven) | noneg
# kept from putting it before the one in charge: "de mogelijkheid onthouden om het aan een verantwoordelijke voor te leggen"
(onthouden|ontzegd|geweigerd|belet|verhinderd|tegengehouden|onmogelijk|verboden) ~6 (aan|bij|naar|met) ~2 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|hogerhand|meerdere) ~2 (voor|te|spreken|praten|voorleggen|doorverbinden|bereiken|komen|klagen) | noneg
# the one in charge does not take customers, in subordinate order: "dat het management geen klanten te woord staat"
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|hogerhand|meerdere) ~2 (geen|niet|nie|nooit) ~2 (klanten|klant|consumenten|particulieren|burgers|mensen|publiek|bezoekers) ~3 (woord|spreekt|spreken|staat|staan|ontvangt|ontvangen|belt|bellen|praat|praten|helpt|helpen) | noneg
# nobody from higher up: "nooit iemand van hogerhand aan de lijn"
(nooit|niet|nie|geen|niemand) ~4 hogerhand | noneg
iemand van hogerhand | weight=0.5
# must not be disturbed: half, with the ask
(niet|nie|nooit) gestoord ~1 (mocht|mag|kon|kan|worden|wil|wilde|wenst|wenste) | weight=0.5,noneg
(mocht|mag|wil|wilde|wenst|wenste) ~2 (niet|nie) ~1 gestoord | weight=0.5,noneg
# the talk or the manager asked for without an ask verb: "ff een baas spreken?", "gesprek met de directie"
(ff|effe|efkes|eventjes|eens|es) ~1 (een|de|uw|jullie|je|ne|den|jouw) (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|hogerhand|meerdere) ~1 (spreken|bellen|bereiken) | weight=0.5
gesprek (met|bij) ~2 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|overste|verantwoordelijke|zaakvoerder*|uitbater*|diensthoofd*|winkelverantwoordelijke*|eindverantwoordelijke|hoofdverantwoordelijke|winkelchef*|afdelingsmanager*|storemanager*|directie|management|leiding|hogerhand|meerdere) | weight=0.5
# a flat no: "nee hoor", "botweg nee", "niet aan de orde"
(nee|neen) (hoor|sorry|helaas|mevrouw|meneer|meneertje|mevrouwtje|madam) | weight=0.5,noneg
(botweg|resoluut|pertinent|kortweg|categorisch|simpelweg|keihard|kortaf) (nee|neen) | weight=0.5,noneg
niet aan de orde | weight=0.5,noneg
+ mijn verzoek om een leidinggevende werd van tafel geveegd
+ ik verzocht om de afdelingschef, hetgeen mij werd geweigerd
+ hem werd verteld dat het management geen klanten te woord staat
+ je krijgt daar nooit iemand van hogerhand aan de lijn
+ ff een baas spreken? nee hoor, kan niet
+ ik vroeg naar de filiaalmanager maar die mocht niet gestoord worden
- mijn verzoek om een leidinggevende werd meteen ingewilligd, zij kwam binnen een minuut
- de terugbetaling werd geweigerd, ik heb daarna een mail aan de directie gestuurd
- ik had een gesprek met de manager en alles is geregeld
# --- added (r13b thesaurus pass) ---
# more words for "someone with authority": teamcoach, coordinator, floormanager, storemanager, winkelmanager, bovenbaas, eigenaar, CEO, hoofd van de winkel
(vroeg|vroegen|gevraagd|verzocht|eiste|eisten|wilde|wou|wilden|verlangde|vroegen) ~3 (naar|om|een|de|den|ne|zijn|haar|hun|met|bij|uw|jullie) ~2 (teamcoach*|coordinator*|floormanager*|shiftmanager*|storemanager*|winkelmanager*|winkelchef*|bovenbaas|hoofdbaas|eigenaar|eigenares|ceo|afdelingsmanager*|servicemanager*|operationsmanager*|klantenservicemanager*|supervisoren|kassachef*|zaakvoerster|bedrijfsleidster|filiaalhouder*) | weight=0.5
(teamcoach*|coordinator*|floormanager*|shiftmanager*|storemanager*|winkelmanager*|winkelchef*|bovenbaas|hoofdbaas|eigenaar|eigenares|afdelingsmanager*|servicemanager*|klantenservicemanager*|kassachef*|filiaalhouder*) ~4 (niet|nie|nooit|geen) ~2 (bereikbaar|beschikbaar|aanwezig|spreken|te|gestoord|halen|roepen) | noneg
(kon|kan|mocht|mag|wilde|wou|wilden|weigerde|weigerden) ~4 (niet|nie|nooit|geen) ~4 (teamcoach*|coordinator*|floormanager*|shiftmanager*|storemanager*|winkelmanager*|winkelchef*|bovenbaas|hoofdbaas|eigenaar|eigenares|afdelingsmanager*|servicemanager*|klantenservicemanager*|kassachef*|filiaalhouder*) | noneg
# "I'm the end of the line": eindstation, laatste instantie, het houdt hier op
(ik|zij|hij|ze|dit|dat) ~3 (het|de) (eindstation|eindpunt) | weight=0.5
(ik|zij|hij|ze|dit|dat) ~3 de laatste instantie | weight=0.5
(houdt|stopt|eindigt) ~3 (hier|mij|haar|hem) ~1 (op|verder) | weight=0.5
# "would not escalate / pass on": weigerde op te schalen, wilde het niet hogerop leggen
(weigerde|weigerden|weigert) ~4 (op|voor) te (schalen|leggen)
(weigerde|weigerden|weigert) ~4 te escaleren
+ ik vroeg naar de floormanager maar die kon ik niet spreken
+ de winkelchef was niet bereikbaar, zei het meisje
+ hij weigerde het op te schalen naar zijn teamcoach
- de storemanager kwam meteen en loste het op
- ik sprak de eigenaar en die was heel vriendelijk
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|bedrijfsleider*|filiaalmanager*|afdelingshoofd*|directeur*|zaakvoerder*|verantwoordelijke|teamcoach*|winkelchef*|storemanager*) ~3 (had|heeft|hadden|hebben) ~1 geen (tijd|zin) ~2 (voor|om) | noneg
(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|bedrijfsleider*|filiaalmanager*|afdelingshoofd*|directeur*|zaakvoerder*|verantwoordelijke|teamcoach*|winkelchef*|storemanager*) ~1 geen (tijd|zin) (had|heeft|hadden|hebben) ~1 voor | noneg
+ ze zei dat de teamleider geen tijd had voor mij

# nl14b: manager asked for, unreachable or refused
(manager*|managers|leidinggevende*|baas|chef|teamleider*) ~3 (krijg|krijgt|kreeg|kun|kunt|kan) ~3 (je|u|ik|jij) ~2 (niet|nooit|nie) ~3 (lijn|spreken|gesproken|te) | noneg
(manager*|leidinggevende*|baas|chef|teamleider*|bedrijfsleider*) ~5 (lachte|lachten|grinnikte|proestte) | weight=0.5
(die|ze|zij) (nemen|neemt|namen|nam) ~1 (niet|nooit|nie|geen) ~1 (op|aan|telefoontjes) | weight=0.5,noneg
(leidinggevende*|manager*|chef|baas|bedrijfsleider*) ~6 (die|en) ~2 (was|is|had|zat) ~2 (pauze|afwezig|vrij|weg) | noneg
(leidinggevende*|manager*|chef|baas|bedrijfsleider*) ~6 die (was|is) er (niet|nie) | noneg
(manager*|leidinggevende*|baas|chef|teamleider*|supervisor*) (gevraagd|geeist|geëist|verzocht) | weight=0.5
+ Managers krijg je hier niet aan de lijn.
+ Ik vroeg om de manager maar die nemen niet op.
- Ik heb de manager meteen te spreken gekregen.

# --- added (nl14a paraphrase round) ---
# no appeal anywhere; nobody to talk to
(beroep|bezwaar|hogerop|escaleren) ~6 (nergens|niemand) | noneg
niemand (die|met|om|bij) ~4 (spreken|praten|klagen|escaleren) | noneg
+ ik vroeg waar ik bezwaar kon maken, antwoord: nergens
+ er is niemand met wie ik hierover kan praten
+ niemand om mee te spreken, alleen een bandje
- ik heb met niemand anders gesproken, de eerste hielp me al
- niemand hoeft te praten over de prijs
# nl15b: manager not called in
(manager*|bedrijfsleider*|leidinggevende*|chef|baas|verantwoordelijke|supervisor*|teamleider*|filiaalleider*) ~4 (wilden|wilde|wou|wouden|konden|kon|mochten|mocht|willen|kunnen|wil) ~3 (niet|nie) ~3 (roepen|halen|bijhalen|bijroepen|erbij|bellen|storen) | noneg
# nl15b: manager supposedly in a meeting
(manager*|bedrijfsleider*|leidinggevende*|chef|baas|verantwoordelijke|teamleider*) ~6 (vergadering|overleg|onbereikbaar|afwezig) | weight=0.5
(zogezegd|zogenaamd|zogezegde|zogenaamde|blijkbaar) ~6 (vergadering|overleg|onbereikbaar|afwezig) | weight=0.5
+ de bedrijfsleider wilden ze er niet bij roepen, die zat zogezegd in vergadering
+ de manager zat zogenaamd de hele dag in overleg
- de manager kwam er meteen bij en loste het op
# --- nl16b ---
# manager unavailable: at lunch, takes no calls
(manager*|leidinggevende*|teamleider*|supervisor*|chef|baas|bedrijfsleider*|filiaalmanager*|verantwoordelijke) ~10 (was|is|zat|zit|waren|zaten) ~3 (lunchen|lunchpauze|lunch|middagpauze|koffiepauze) | noneg
(manager*|leidinggevende*|teamleider*|supervisor*|chef|baas|bedrijfsleider*|filiaalmanager*|verantwoordelijke|overste) ~8 (geen|nooit|niet) ~1 (telefoontjes|gesprekken|oproepen|klanten|calls) ~2 (aan|aannemen|aanneemt|woord|spreken) | noneg
+ Ik vroeg naar de leidinggevende, die was aan het lunchen.
+ Toen ik naar de chef vroeg, zei ze dat die geen telefoontjes aanneemt.
- De manager kwam meteen na zijn lunch naar me toe en loste het op.
# the manager may / will not be given, called or fetched
(leidinggevende*|manager*|chef|baas|supervisor*|teamleider*|verantwoordelijke|filiaalverantwoordelijke|winkelverantwoordelijke|bedrijfsleider*|filiaalmanager*|filiaalhouder*|afdelingshoofd*|directeur*) ~2 (niet|nie) ~2 (mocht|mag|mochten|mogen|kon|kan|konden|wilde|wilden|wou|wouden|wil|willen|ging|gaan) ~1 (geven|doorverbinden|roepen|halen|erbij|bellen|storen|spreken) | noneg
(wilde|wilden|wou|wouden|mocht|mochten|weigerde|weigerden) ~2 (de|het|haar|zijn|hun|een) (leidinggevende*|manager*|chef|baas|supervisor*|teamleider*|verantwoordelijke|filiaalverantwoordelijke|winkelverantwoordelijke|bedrijfsleider*|filiaalmanager*|filiaalhouder*|afdelingshoofd*) ~1 (niet|nie) ~1 (roepen|halen|erbij|geven|bellen|storen|doorverbinden) | noneg
(leidinggevende*|manager*|chef|baas|supervisor*|teamleider*|verantwoordelijke|filiaalverantwoordelijke|bedrijfsleider*|filiaalmanager*) ~6 niet ~1 (beschikbaar|bereikbaar|aanwezig) | noneg
+ ze wouden de winkelverantwoordelijke niet erbij halen, die had het te druk
+ hij zei dat hij zijn teamleider niet mocht storen
+ Ik vroeg de verantwoordelijke te spreken, maar die was volgens haar "niet beschikbaar".
- de filiaalmanager kwam meteen naar de balie en loste alles op

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# verb at the end: 'toen ik om een manager vroeg'
(om|naar) (een|de|uw|jullie|je|hun|haar|zijn) ~1 (manager*|leidinggevende*|teamleider*|supervisor*|chef|baas|bedrijfsleider*|filiaalmanager*|afdelingshoofd*|winkelchef*|afdelingsleider*) (vroeg|vroegen|vraag|vragen|verzocht|verzochten) | weight=0.5
# subordinate: 'zei ze dat dat niet kon'
(dat|het|'t) (niet|nie|ni) (kan|kon|ging|gaat|mocht|mag) | weight=0.5,noneg
# 'hogerhand' written apart
(nooit|niet|nie|geen|niemand) ~4 (hoger|hogere) hand | noneg
+ toen we naar een leidinggevende vroegen, zei hij dat dat niet ging
+ ze kon niemand van hoger hand bereiken, zei ze
# --- nl19b paraphrase-coverage round ---
# nobody with any authority / say: "niemand met enige bevoegdheid"
(niemand|geen) ~3 (bevoegdheid|bevoegdheden|beslissingsbevoegdheid|mandaat|zeggenschap|beslissingsrecht) | noneg
# asked "to be put through to" someone in charge, passive: a half that needs the refusal
(doorverbonden|doorgeschakeld|doorgezet|overgezet|doorgestuurd) (te|kon|kan|mocht|mag|wilde|zou) (worden|werden|word) ~3 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|directie|verantwoordelijke) | weight=0.5
# want / asked to speak the one in charge, a half that needs the refusal
(wil|wilde|wou|willen|wilden|eis|eiste|graag) ~3 (je|jouw|uw|de|een|jullie|ne|den|die|deze) ~1 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|afdelingschef*|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|afdelingsleider*|directeur*|verantwoordelijke) ~1 (spreken|bellen|hebben|zien) | weight=0.5
# the one in charge split: "hoofd van de afdeling", "baas van de winkel"
(hoofd|baas|chef|leiding|eigenaar) van (de|het|die|deze|dat|jullie) ~1 (*afdeling|winkel|filiaal|klantenservice|zaak|tent|vestiging|dienst|bedrijf|callcenter|helpdesk|boel) ~3 (spreken|bellen|bereiken|roepen|halen|erbij|gevraagd|vroeg|vragen) | weight=0.5
# the one in charge "is er niet" / "hebben we niet": the refusal half
(die|hij|zij|ze) (is|was|zijn|waren) er (niet|nie|ni|nooit) | weight=0.5,noneg
(die|zo'n|zoiets|zulke) (hebben|heeft|hadden|had) (we|wij|ze|zij|jullie|hier) (niet|nie|ni|geen) ~2 (klanten|klant|publiek|consumenten|particulieren|u|jou|jullie|mensen) | weight=0.5,noneg
vergeet (het|dat|dit) (maar|nou|dan) | weight=0.5,noneg
+ er was niemand met zeggenschap die ik kon bereiken
+ ik wil uw leidinggevende spreken. die is er niet, zei ze
+ ik vroeg of ik doorverbonden kon worden met de teamleider, dat kon niet
- ik werd doorverbonden met de teamleider en die heeft het opgelost
# --- s10 paraphrase round ---
# not allowed to take it higher: "ik mocht mijn klacht niet bij een hoger niveau neerleggen"
(niet|nie|nergens|geen) ~5 (hoger|hogere) (niveau|echelon|instantie|hand|orgaan) | noneg
# a manager was not "given": "een manager wilde ze niet geven / erbij halen"
(manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|baas|filiaalmanager*|afdelingshoofd*) ~2 (wilde|wilden|wou|wouden|konden|kon|mocht) (ze|hij|zij|men|u|ik) ~1 (niet|nie) ~2 (geven|halen|roepen|erbij|laten|doorverbinden|bellen|bereiken) | noneg
# asked for the boss, got a no: "twee keer gevraagd naar de chef, twee keer nee"
(gevraagd|vroeg|vroegen|verzocht|geeist|eiste) ~3 (naar|om) ~2 (manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|baas|filiaalmanager*|afdelingshoofd*|directeur*|directie) ~5 (nee|neen|geweigerd|afgewimpeld|afgewezen|weggewuifd) | noneg
# kept at the first line
(houden|hielden|hield|houdt|gehouden|vastgehouden) ~4 eerste lijn
(niet|nooit|nie) ~2 (verder|voorbij|hoger) ~2 (dan|de) ~1 eerste lijn | noneg
# nowhere to take it: "er is geen afdeling waar je terechtkan als de klantenservice niets doet"
(geen|nergens) ~2 (*afdeling|instantie|loket|klachtenafdeling|klachtencommissie|ombudsman|plek|persoon|orgaan) ~3 (waar|bij) ~3 (terecht|terechtkan|terechtkunt|terechtkon|klagen|escaleren|hogerop) | noneg
# "the boss won't tell you anything else"
(manager*|leidinggevende*|teamleider*|supervisor*|bedrijfsleider*|chef|baas|die|hij|zij) ~4 (niks|niets) anders ~2 (vertellen|zeggen|zeggen|doen|beslissen) | noneg
+ ik mocht het niet aan een hogere instantie voorleggen
+ een teamleider wilden ze niet bellen, zei de medewerkster
+ drie keer gevraagd om de bedrijfsleider en steeds nee
+ ze hielden me netjes aan de eerste lijn vast en verder kwam ik niet
+ ik kom nooit verder dan de eerste lijn
+ er is nergens een klachtenafdeling waar je terechtkunt
+ ik wilde de manager, maar volgens de kassier ging die mij ook niks anders vertellen
- ik werd door de eerste lijn meteen geholpen
- de manager kon me niet direct helpen maar belde een uur later terug
- ik heb gevraagd naar de chef en die kwam meteen

# asked for the complaints department or committee (half), and told
# it/they cannot be reached by phone or in person (half)
(vroeg|vroegen|gevraagd|verzocht|verzoek|wilde|wou|wilden|eiste|eisten|vraag) ~5 (klachtenafdeling*|klachtencommissie*|klachtendienst*|klachtenfunctionaris*|klachtenlijn*|escalatieteam*|escalatieafdeling*) | weight=0.5
(die|ze|zij|hij) ~2 (niet|nooit|nie) ~1 (telefonisch|persoonlijk|rechtstreeks|direct) ~1 (bereikbaar|benaderbaar|aanspreekbaar|te) | weight=0.5,noneg
+ Ik vroeg naar de klachtenafdeling, die zijn niet telefonisch bereikbaar volgens hem.
+ Ik wilde de klachtencommissie spreken; die was niet rechtstreeks te bereiken zei ze.
+ Toen ik om de bedrijfsleider vroeg, zei ze dat hij niet persoonlijk aanspreekbaar is.
- De teamleider was gelukkig direct beschikbaar en hielp me goed.
- De klachtenafdeling heeft me binnen een dag netjes teruggebeld.

# s11b: subordinate order "zei dat die er niet was", "die bestaat niet voor klanten", "die is druk"
(die|hij|zij|ze) er ~1 (niet|nie|nooit) (is|was|zijn|waren) | weight=0.5,noneg
(die|dat|zoiets|zo'n) ~2 (niet|nie) (bestaat|bestaan|bestond) | weight=0.5,noneg
(bestaat|bestaan|bestond) ~2 (niet|nie) ~2 voor (klanten|klant|huurders|bewoners|consumenten|leden|particulieren) | weight=0.5,noneg
(niet|nie|nooit) voor (huurders|bewoners|consumenten|leden|patienten|reizigers|burgers|kopers) | weight=0.5,noneg
(die|hij|zij|ze) (is|was|zit|zat|had|heeft) ~2 (druk|bezig) | weight=0.5,noneg
(die|hij|zij|ze|directie|management) (doet|doen|deed|deden) geen ~2 (gesprekken|afspraken|klantcontact|klantgesprekken|telefoontjes) | weight=0.5,noneg
(directie|management|leiding|manager*|leidinggevende*|directeur*|bedrijfsleider*) ~2 (niet|nooit|nie) ~1 (reageert|reageren|reageerde|ingaat|ingaan|antwoordt) | weight=0.5,noneg
+ Ik vroeg naar de manager, maar hij zei dat die er niet was.
+ Ik vroeg om een teamleider en hoorde dat zoiets niet bestaat voor klanten.
+ Mag ik de directeur spreken? Die is niet voor bewoners, zei ze.
+ Ik wilde de filiaalchef spreken, maar die was te druk, volgens het meisje.
- Hij zei dat hij er niet was toen het pakket kwam.
- Dat product bestaat niet meer, zei de verkoper.
# s11b: asking for managers by compound titles, and verb-final asks
(om|naar) ~3 (bedrijfsleider*|filiaalmanager*|afdelingshoofd*|afdelingsmanager*|wijkmanager*|vestigingsmanager*|directeur*|directie|management) ~2 (gevraagd|verzocht|geeist|aangevraagd) | weight=0.5
senior (*medewerker|*medewerkster|behandelaar|collega|adviseur|agent|jurist) | weight=0.5
+ Ik heb gevraagd om een gesprek met de vestigingsmanager, maar dat werd afgehouden.
+ Ik heb om de afdelingsmanager gevraagd, maar dat werd afgehouden.
+ Ik heb om contact met de directie gevraagd, de directie reageert niet op klanten.
+ Mijn verzoek om een senior behandelaar werd afgewezen.
- Ik heb om de bedrijfsleider gevraagd en hij kwam meteen.
- Een senior medewerker heeft me uitstekend geholpen.
# s11b: brush-offs after asking
(afgehouden|afgescheept|afgepoeierd|afgeketst) | weight=0.5
nee dus | weight=0.5,noneg
(dat|dit|het) (wilde|wou|wilden|wouden|mocht|mochten|konden) ~3 (niet|nie) | weight=0.5,noneg
(wil|mag|kan) (je|u|jij) ~2 (niet|nie) ~1 of (mag|wil|kan) (je|u|jij) ~1 (niet|nie) | weight=0.5,noneg
+ Ik vroeg naar de bedrijfsleider en werd afgescheept met een folder.
+ Kan ik uw supervisor spreken? Nee dus.
+ Ik vroeg om het te escaleren maar dat wilde de medewerker niet.
+ Ik vraag al drie keer om een leidinggevende: wil je niet of mag je niet?
- Ik werd afgescheept met een kortingsbon voor het late pakket.
- Niet doorgeschakeld en niet afgescheept, maar meteen geholpen.
- Nee dus, dat pakket is er nog steeds niet.
