# A promised callback, refund, fix, delivery or discount that never came;
# false promises.
# A promise alone weighs 0.7 ("zoals beloofd, top" is praise); a sign
# that it never came adds 0.3.  Both may sit in different
# sentences.
(beloofd|beloofde|beloofden|belooft|beloven|belofte|beloftes|toegezegd|toegezegde|toezegging|toezeggingen|toezei|toezeiden|garandeerde|garandeerden|gegarandeerd|bezworen|bezwoer|bezwoeren|verzekerde|verzekerden) | weight=0.7,noneg
# an agreed date or appointment is what late deliveries and no-show
# technicians are measured against: alone it is no promise broken
(afgesproken|afspraak) | weight=0.4,noneg
(zegde|zegden|zeggen|zegt) ~3 toe | weight=0.7
(verzekerde|verzekerden|verzekerd) (me|mij|ons|mijn|hem|haar|hen|u) | weight=0.7
(me|mij|ons|hem|haar|hen) (verzekerd|verzekerde) ~1 (dat|da) | weight=0.7
(teruggebeld|gebeld|gemaild|teruggestort|terugbetaald|opgelost|geleverd|bezorgd|vergoed|gecompenseerd|gerepareerd|opgehaald|gecrediteerd|overgemaakt|verzonden|opgestuurd|aangepast|hersteld|geregeld|gecorrigeerd|teruggedraaid|vervangen|aangesloten|geinstalleerd|langsgekomen|verwerkt) (zou|zouden) (worden|zijn|komen) | weight=0.7
(zou|zouden) ~5 (binnen|voor|uiterlijk|op|vandaag|vanochtend|vanmiddag|vanavond|vanmorgen|morgen|overmorgen|week|dezelfde|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) ~5 (geleverd|bezorgd|gerepareerd|opgelost|gestort|teruggestort|overgemaakt|klaar|langskomen|komen|teruggebeld|gebeld|terugbellen|verwerkt|vervangen|terugkrijgen|krijgen|ontvangen|horen|terug|hebben|oplossen|regelen|repareren|leveren|bezorgen|sturen|storten|terugbetalen) | weight=0.7
(zou|zouden|zal|zullen) ~6 (vast|gelijk|veranderen|omhoog|stijgen|gratis|kosteloos|inbegrepen) | weight=0.7
(zwart|schriftelijk|mail|mondeling) ~3 (beloofd|toegezegd|bevestigd|gegarandeerd|afgesproken) | noneg
(loze|valse|mooie|gebroken) ~2 belofte*
(zou|zouden|zal|zullen|ging|gingen) ~6 (terugbellen|teruggebeld|terugkoppelen|terugkomen|contact|bellen|mailen|opgelost|oplossen|geregeld|regelen|gestort|teruggestort|terugstorten|overgemaakt|overmaken|vergoed|vergoeden|terugbetaald|terugbetalen|gecrediteerd|crediteren|langskomen|opgestuurd|opsturen|verstuurd|versturen|nagestuurd|geleverd|bezorgd|gerepareerd|vervangen|aangepast|uitzoeken|uitgezocht|teruggebracht|komen|leveren|bezorgen|sturen|repareren) ~10 (nooit|niemand|niet|niets|niks|helaas|tevergeefs) | noneg
(gingen|ging|zouden|zou|zal|zullen) ~3 (terugkrijgen|terugbetalen|vergoeden|crediteren|terugstorten|terugbellen|bellen|mailen|terugkoppelen|langskomen|terugkomen|opsturen|sturen|storten|terugstorten|overmaken|regelen|oplossen) | weight=0.7
(zou|zouden) ~3 (teruggebeld|gebeld|gemaild|terugbellen|contact) | weight=0.7
(terug) (bellen|gebeld) ~6 (nooit|niet|niemand|niets|niks) | noneg
(niet|nooit|niemand) ~3 (teruggebeld|teruggemaild|terugbelde|terugbelden|teruggekoppeld|terugbellen) | noneg
(belde|belden|bellen|belt|bel|mailden|mailde|kwam|kwamen|komen|komt) ~3 (niet|nooit) ~2 terug | noneg
niemand ~2 (belde|belt|heeft|kwam|kwamen|komt|komen|neemt) ~3 (terug|teruggebeld|contact) | noneg
(terugbelverzoek*|terugbelafspraak*|terugbelbelofte*|terugbelnotitie*)
(wacht|wachten|wachtte|gewacht) ~5 (terugbelletje|telefoontje|teruggebeld|terugbellen|belletje)
(steeds|altijd|nog|nooit|niet) ~4 (teruggestort|terugbetaald|overgemaakt|gecrediteerd|vergoed|uitbetaald|teruggekregen) | noneg,weight=0.3
(terugbetaling|restitutie|*vergoeding|compensatie|creditering|tegoedbon|voucher|korting|cadeaubon|waardebon) ~6 (nooit|niet|uitgebleven|uit|nergens|steeds|altijd) | noneg,weight=0.7
(niet|nooit) ~3 (nagekomen|nakomen|waargemaakt|ingelost) | noneg
(kwam|kwamen|komen|komt) ~4 (afspraak|afspraken|belofte|beloftes|toezegging|woord) ~2 (niet|nooit) ~1 na | noneg
(houden|hielden|houdt|hield) ~3 (niet|nooit) ~2 aan ~3 (afspraak|afspraken|belofte|beloftes|woord|toezegging) | noneg
(zou|zouden) (tussen|om|voor) ~5 (komen|langskomen|bezorgen|leveren|bellen) | weight=0.7
(dat|dit) (is|was) ~3 (dagen|weken|maanden|dag|week|maand) (geleden|later|terug) | weight=0.3
# promises with a deadline: "binnen 5 werkdagen", they said
(binnen|uiterlijk) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien|24|48) (werkdagen|dagen|weken|uur|werkweken|maanden|dag|week|werkdag) ~4 (zeiden|zei|beloofd|toegezegd|gezegd|zou|zouden|gegarandeerd|verteld|gemeld|afgesproken|beweerden|beweerde) | weight=0.7
(zeiden|zei|beloofd|toegezegd|gezegd|gezegt|zou|zouden|gegarandeerd|verteld|gemeld|beweerden|beweerde|stond|meldde|meldden|schreef|schreven|mailde|mailden|aangegeven) ~6 (binnen|uiterlijk) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien) (werkdagen|dagen|weken|uur|werkweken|maanden|dag|week|werkdag) | weight=0.7
(zeiden|zei|gezegd|gezegt|verteld|beloofden|beloofde|vertelde|vertelden|verzekerde|verzekerden|bezwoer|bezwoeren) ~2 (dat|da|dak|da'k|datte) ~6 (zou|zouden|ging|gingen) ~4 (krijgen|terugkrijgen|ontvangen|terugbetaald|teruggestort|gestort|vergoed|opgelost|geregeld|gerepareerd|komen|langskomen|bellen|terugbellen|veranderen|gaan|werken|duren|kosten|zijn|worden|verrekend|verwerkt|aangepast|gecorrigeerd|toegepast|doorgevoerd|geactiveerd|gecrediteerd) | weight=0.7
(morgen|overmorgen|vandaag|volgende|binnen|zelfde) ~2 in huis | weight=0.7
(waar|wanneer) (blijft|blijven|komt|komen) ~4 (beloofde|toegezegde|afgesproken)
# signs it never came: 0.3, so that they never add up to a hit alone
(niet|nooit|nie|geen|nimmer) ~2 (verstuurd|verzonden|opgestuurd|toegestuurd|uitgevoerd|doorgevoerd|gecrediteerd|afgerond|plaatsgevonden|opgehaald|gebeurd|gekomen|ontvangen|gehoord|teruggebeld|gebeld|gestort|overgemaakt|teruggestort|langsgekomen|nagekomen|geleverd|bezorgd|gerepareerd|opgelost|gezien|binnen|verschenen|opgedaagd|geregeld|aangepast|verwerkt) | weight=0.3,noneg
nog (steeds|altijd) ~1 (niks|niets|geen|niet|nie|steeds) | weight=0.3,noneg
(later|verder|sindsdien|daarna) ~4 (nog|steeds) ~2 (niks|niets|niet|geen|nie) | weight=0.3,noneg
(dagen|weken|maanden|week|maand) zonder | weight=0.3,noneg
(ging|gingen|is|was|gaat) ~3 omhoog | weight=0.3
(bleek|blijkt|bleken) ~3 (niet|nie|anders|onwaar|gelogen|onzin) | weight=0.3,noneg
niemand ~2 (belde|belt|bel|kwam|kwamen|komt|komen|reageerde|reageert|heeft|is) | weight=0.3,noneg
nog geen ~2 (keer|enkele|cent|euro) | weight=0.3,noneg
(staat|stond|staan|stonden) ~2 (niet|nie|nergens) ~2 (op|in|bij) | weight=0.3,noneg
(al|inmiddels|ruim) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|acht|tien) (dagen|weken|maanden) | weight=0.3
afspraken ~2 (gemist|vergeten|overgeslagen) | weight=0.3
(is|zijn) (nu|inmiddels|intussen|ondertussen) ~2 (week|weken|dag|dagen|maand|maanden) | weight=0.3
(gelogen|leugen|leugens|loog|logen|voorgelogen) | weight=0.3
(reageren|antwoorden|reactie|antwoord|terugbellen|contact|bellen|terugkoppeling) ~3 binnen ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) (werkdagen|dagen|uur|weken|werkdag|dag) | weight=0.7
niemand ~2 (gezien|gekomen|geweest|verschenen|gehoord) | weight=0.3,noneg
(is|zijn) (nu|al|inmiddels|intussen) ~2 (half|kwart|uur|avond|middag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende) | weight=0.3
(het|'t) is (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) | weight=0.3
(factuur|rekening|afschrift|nota) ~4 (staat|stond) ~3 (gewoon|toch|alsnog|volle|hele|volledige) | weight=0.3
nog (steeds|altijd) ~2 (volle|hele|oude|dubbel|te|zelfde) | weight=0.3,noneg
+ ze beloofden me terug te bellen, maar niemand belde
+ ik zou binnen 24 uur teruggebeld worden, nooit gebeurd
+ mijn terugbetaling is nog steeds niet binnen
+ de toegezegde korting is nergens te bekennen
+ ze belden niet terug
- zoals beloofd werd ik de volgende dag teruggebeld, top
- de terugbetaling stond binnen twee dagen op mijn rekening
- de monteur zou pas volgende week komen, dat is prima
+ de toegezegde korting staat niet op mijn factuur
+ ze zouden binnen vijf werkdagen terugbellen, drie weken later nog niks
# --- added (holdout5 round) ---
# "we komen erop terug", strung along
(komen|kom|komt|kwam|kwamen|kome) ~2 (erop|daarop|hierop|erop|op) ~1 terug | weight=0.7
(erop|daarop|op) (terugkomen) | weight=0.7
(lijntje|lijn) ~2 (gehouden|houden|gehouwen|hield|hielden)
hand op het hart | weight=0.7
(plechtig|uitdrukkelijk|stellig|formeel) ~2 (beloofd|toegezegd|verzekerd|gezegd) | weight=0.7
(woord|afspraak|afspraken|belofte|beloftes) ~3 (niet|nie|nooit) ~1 (gehouden|nagekomen|nageleefd|gerespecteerd) | noneg
(belofte|beloftes|toezegging|toezeggingen) ~3 (gebroken|verbroken|lucht|wind) | noneg
(zogenaamd|zogezegd|zogezegde|zogenaamde) ~3 (terugbellen|terugbetaling|korting|*vergoeding|compensatie|cadeaubon|tegoedbon|monteur|levering|beloofde|toegezegde) | weight=0.7
# signs it never came: 0.3
(niks|niets|nada|noppes|nop) ~3 (gebeurd|gebeurde|ontvangen|gehoord|gezien|gekregen|binnen|teruggehoord|vernomen|gekomen|veranderd) | weight=0.3,noneg
(nooit|nie|nimmer) ~4 (gehoord|vernomen|teruggehoord|gezien|gedaan|bezorgd|geleverd|ontvangen|gekomen|gestort) | weight=0.3,noneg
(achteraf|alsnog|toch|gewoon|steeds|altijd) ~3 (betalen|betaald|aangerekend|gefactureerd|berekend|afgeschreven|incasso|geincasseerd|incasseren|aanmaning|ingehouden) | weight=0.3
erop terug te komen | weight=0.7
(niks|niets) waard ~2 (belofte|beloftes|toezegging)
(geen|nul) (bal|reet|moer) ~3 (gebeurd|ontvangen|gehoord|gezien|gekregen|teruggehoord|vernomen) | weight=0.3,noneg
(terugbetaling|restitutie|*vergoeding|compensatie|levering|annulering|creditnota|terugstorting|reparatie|vervanging) ~3 (bevestigd|goedgekeurd) | weight=0.7
(niet|nooit|nie|geen) ~2 (aangekomen|toegekomen|gearriveerd|uitbetaald|teruggekregen|kwam|kwamen|arriveerde) | weight=0.3,noneg
beloofd is beloofd | weight=0.7
+ 'we komen erop terug', zeiden ze, en daarna nooit meer iets van gehoord
+ ze hebben me maandenlang aan het lijntje gehouden
+ de verkoper beloofde gratis installatie, achteraf moest ik die toch betalen
- de verkoper beloofde gratis installatie en die kreeg ik ook
- ik kom er later op terug, eerst even mijn bonnetje zoeken
# --- added (long-narrative round) ---
# a reported promise: "gaf aan dat ik binnen 14 dagen een creditnota zou ontvangen": half
(gaf|gaven|meldde|meldden|schreef|schreven|liet|lieten) ~2 dat ~8 (zou|zouden) ~3 (ontvangen|krijgen|komen|terugbellen|bellen|leveren|geleverd|teruggestort|terugbetaald|opgelost|gerepareerd|langskomen|gebeld|bezorgd|ingaan|regelen|geregeld|verwerkt) | weight=0.5
# and never got it: half
(nooit|nie|niets|niks) ~2 (gekregen|ontvangen|gekomen|aangekomen|binnengekomen|doorgevoerd|ingegaan|toegepast) | weight=0.5,noneg
(staat|stond|zie|zag|merk|merkte|vind|vond) ~3 (niets|niks|geen|nergens) ~1 (van|spoor) | weight=0.5,noneg
+ uw collega gaf aan dat ik binnen 14 dagen een creditnota zou ontvangen. Ik heb die nooit gekregen.
+ er werd beloofd dat de korting automatisch zou ingaan. Op de factuur staat er niets van.
+ ze zeiden dat de monteur dinsdag zou komen. Er is nooit iemand gekomen.
- de monteur kwam zoals beloofd op dinsdag
- ze zei dat het pakket morgen zou komen en het kwam ook
# --- added (round 6: idea-grid probes) ---
# "X zou ik krijgen, die is nooit gekomen"
(zou|zouden) (ik|we|wij|u|je|ge) ~3 (krijgen|ontvangen|hebben|terugkrijgen) ~8 (nooit|niet|nie|niks|niets) ~3 (gekomen|ontvangen|gekregen|gezien|aangekomen|gebeurd|binnen) | noneg
(ik|we|wij|u|je|ge) (zou|zouden) ~3 (krijgen|ontvangen|hebben|terugkrijgen) ~8 (nooit|niet|nie|niks|niets) ~3 (gekomen|ontvangen|gekregen|gezien|aangekomen|gebeurd|binnen) | noneg
+ een bevestiging zou ik krijgen, die is nooit gekomen
+ ik zou een nieuwe pas ontvangen, heb ik nooit gezien
- ik zou een nieuwe pas ontvangen en die kwam de volgende dag
# --- added (round 6b: families from a fresh second probe set) ---
# "van hun beloftes komt niks terecht"
(belofte*|toezegging*|afspraak|afspraken) ~4 (komt|kwam|kwamen|komen) ~2 (niks|niets|nooit|nie|niet) ~1 terecht | noneg
(niks|niets|nooit) terecht ~3 van ~2 (belofte*|toezegging*|afspraak|afspraken) | noneg
+ van al die beloftes komt nooit iets terecht
- de afspraak kwam prima terecht bij de juiste monteur
# --- added (round 7: industry probes) ---
# promised every time: "ze beloven elke keer 'morgen'", "telkens weer toegezegd"
(beloven|belooft|beloofden|beloofde|zeggen|zegt|zeiden|roepen|toezeggen) ~2 (elke|iedere|telkens|steeds) ~4 (morgen|vandaag|volgende|straks|binnenkort|deze|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)
(telkens|steeds|weer|alweer|elke|iedere) ~2 (beloofd|beloven|belooft|toegezegd|beloofde|beloofden) ~6 (morgen|vandaag|volgende|straks|binnenkort|deze|week|dag)
# "beloofde levering binnen 24 uur": the promise with its term
(beloofde|beloofden|belooft|beloven|toegezegde|garandeerde|garandeert) ~6 (binnen|uiterlijk) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien) (werkdagen|dagen|weken|uur|werkweken|maanden|dag|week|werkdag) | weight=0.7
+ ze beloven elke keer 'morgen' en er komt niks
+ webshop beloofde levering binnen 24 uur, na zes dagen nog niks
+ telkens weer beloofd dat het volgende week geregeld is
- ze beloofden morgen te komen en kwamen netjes
- na twee weken niks aan de hand, alles werkt

# r8a: "nog steeds niemand (gesproken/gezien)" after a promise
nog (steeds|altijd) ~1 niemand | weight=0.3,noneg
# r8a: promised benefit never visible ("korting nergens te bekennen")
nergens ~1 (te|meer) ~1 (bekennen|zien|bespeuren|ontdekken|terug) | weight=0.3,noneg
# r8a: false promises as fine words
(mooie|loze|zoete) (praatjes|verhalen|verhaaltjes|woorden|beloftes) | noneg
praatjes voor de vaak
# r8a: reported promise in passive ("zeiden dat de bank voor het weekend geleverd werd")
(zeiden|zei|beloofden|beloofde|vertelden|vertelde|verzekerde|verzekerden|meldden|meldde|garandeerde|garandeerden) ~2 dat ~8 (geleverd|bezorgd|gerepareerd|opgelost|gestort|teruggestort|overgemaakt|langsgekomen|geregeld|geinstalleerd|aangesloten|vervangen|terugbetaald|vergoed|verwerkt|opgehaald) ~2 (werd|wordt|worden|werden|zou|zouden|was) | weight=0.7
# r8a: nothing heard since / no word of it
(daarna|sindsdien|vervolgens|nadien) ~2 (niets|niks|nooit) ~2 (meer|nog) ~3 (gehoord|gezien|vernomen|ontvangen) | weight=0.3,noneg
geen (bericht|berichtje|telefoontje|afmelding|afbericht) | weight=0.3,noneg
+ Allemaal mooie praatjes bij het afsluiten van het contract.
+ Ze zeiden dat de wasmachine voor vrijdag bezorgd werd. Vrijdag kwam en ging, geen bericht.
+ De welkomstbonus werd me toegezegd, maar hij is nergens te bekennen.
- Mijn bestelling is nergens te bekennen in de app, kunt u helpen zoeken?

# --- r9a (implicit round) ---
# quoted promise to be contacted: "u hoort morgen van ons", "we laten het vandaag weten"
(hoort|hoor|horen|hoorde) ~3 (morgen|overmorgen|vandaag|vanmiddag|vanavond|snel|spoedig|binnenkort|zsm|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende|deze|uiterlijk|binnen) ~3 (van|iets|meer|bericht) | weight=0.7
(laten|laat|lieten|liet) ~3 (morgen|overmorgen|vandaag|vanmiddag|vanavond|snel|spoedig|binnenkort|zsm|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende|deze|uiterlijk|binnen) ~3 (weten|horen) | weight=0.7
# the promise / guarantee was worth nothing
(belofte*|toezegging*|garantie|woord|afspraak|afspraken|beloofde) ~7 (niks|niets|geen|nul) ~2 (waard|waarde|voorstelde|voorstellen|betekende|betekent) | noneg
+ 'U hoort morgen van ons', zei de medewerker. Dat was twee weken geleden.
+ Ze beloofden dat de keuken voor de verhuizing klaar zou zijn, niks van waar.
+ Die toezegging van de winkel was dus helemaal niks waard.
- De monteur zei dat het voor vrijdag klaar zou zijn en dat was het ook.
- U hoort morgen van ons, stond in de mail, en inderdaad belde ze de volgende ochtend.

# --- r10a (four-voices round) ---
# formal promise wordings: "in het vooruitzicht gesteld", "aangekondigde terugbetaling", "zijn woord gegeven"
(vooruitzicht|aangekondigd|aangekondigde|verzekeringen) | weight=0.7,noneg
(woord|erewoord) ~2 (gegeven|gaf|gaven|geeft) | weight=0.7
(gaf|gaven|geeft|geven) ~2 (woord|erewoord) | weight=0.7
# a promise overridden: "ondanks de toezegging", "tegen de afspraak in"
(ondanks|ondank|spijts|niettegenstaande) ~3 (toezegging*|belofte*|afspraak|afspraken|garantie|verzekering*|beloofde|toegezegde|afgesproken)
tegen ~3 (afspraak|afspraken|belofte*|toezegging*) in | noneg
# quoted first-person promise: "'we bellen je vandaag nog terug'", "morgen kom ik"
(we|wij|ik) (bellen|bel|sturen|stuur|storten|stort|regelen|regel|komen|kom|lossen|los|mailen|mail) (je|u|jou|jullie|het|dat|morgen|vandaag|straks|zo) ~4 (terug|op|langs|vandaag|morgen|overmorgen|zsm|snel|straks|nog|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) | weight=0.7
(zegt|zei|zeiden|zeggen|gezegd|gezegt) ~1 (morgen|overmorgen|vandaag|vanmiddag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) ~1 (kom|komt|komen|bel|belt|bellen|breng|brengt) | weight=0.7
(zegt|zei|zeiden|zeggen|gezegd|gezegt) ~5 (komt|kom) ~2 (morgen|overmorgen|vandaag|vanmiddag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) | weight=0.7
# reported news of a date: "liet weten dat de bril vrijdag klaarlag"
(liet|lieten|laten|gemeld|gemaild) ~3 weten ~2 dat ~8 (morgen|overmorgen|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|binnen|klaar|klaarlag|klaarligt|terug|zou|zouden) | weight=0.7
# "komt goed", they said
(zegt|zei|zeiden|zeggen|beloven|beloofden|belooft|altijd|steeds) ~3 komt goed | weight=0.7
(komt|kwam) (nooit|niet|nie) goed | weight=0.3,noneg
# a promised discount or gift: "zei dat ik volgende keer korting kreeg"
(zei|zeiden|beloofde|beloofden|vertelde|vertelden) ~2 dat (ik|we|wij|je|u) ~5 (korting|gratis|cadeau|*vergoeding|tegoed|upgrade|bonus) ~2 (kreeg|kregen|krijg|krijgt) | weight=0.7
# signs it did not come
(tevergeefs|vergeefs) | weight=0.3
voor (niks|niets|noppes) | weight=0.3
tot op heden ~3 (niet|niets|niks|geen|nie) | weight=0.3,noneg
(waar|wanneer) (blijft|blijven|zijn|is) (ze|die|het|mijn|m'n|mn|de|dat) | weight=0.3
(dat|dit) (is|was) (vorige|afgelopen|vorig|verleden) (week|maand|jaar|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) | weight=0.3
(inmiddels|intussen|ondertussen|nu|al) (week|dag|maand) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes) | weight=0.3
(niemand|niet|nooit|nie) ~3 (opdagen|opgedaagd) | weight=0.3,noneg
(komt|kwam|kwamen|komen) (niet|nooit|nie) | weight=0.3,noneg
(weet|weten|wist|wisten) (ik|we|wij|ze|zij|hij|niemand) ~1 (niks|niets) van | weight=0.3,noneg
(nu|opeens|ineens|plots|plotseling|achteraf) ~2 (zeggen|zegt|beweren|beweert|blijkt) (ze|hij|zij|het|men) | weight=0.3
(volle|hele|volledige|normale) (prijs|bedrag|pond|tarief) | weight=0.3
(zit|zitten|zat|sta|staat|stond|ben|is) ~1 nog (steeds|altijd) | weight=0.3
(was|lag|stond|kwam|zat) er (niets|niks|niemand|geen) | weight=0.3,noneg
geen (upgrade|cadeau|creditnota|bevestiging|terugbelletje) | weight=0.3,noneg
(weigert|weigeren|weigerde|weigerden) ~4 te (voeren|uitvoeren|komen|nakomen|leveren|passen|toepassen|vergoeden|honoreren|geven) | weight=0.3
# false promises as an idiom
gouden bergen | noneg
+ bij het afsluiten beloofden ze gouden bergen
+ ondanks de toezegging van de planner heb ik de hele dag voor niks thuis gezeten
+ 'we bellen u morgen terug', zeiden ze. Dat was vorige week.
+ hij zegt morgen kom ik, en hij komt niet
+ de winkel liet weten dat de bril vrijdag klaar zou liggen; tot op heden niets
+ de verkoper gaf zijn woord dat het gratis was, nu zeggen ze dat ik moet betalen
- ik heb u mijn woord gegeven dat ik vrijdag betaal, en dat heb ik gedaan
- hij zei morgen kom ik, en hij kwam keurig om negen uur

# --- r13a thesaurus pass ---
# promise synonyms and misspellings
(zwoer|zwoeren|gezworen|toegezegt|toegezecht|beloofdt|belooofd|beloofde's|beloftens|garandeerden|gegarandeert|verzekert) | weight=0.7,noneg
(woordbreuk|luchtfietserij|luchtkastelen|holle|loos) ~2 (belofte*|toezegging*) | noneg
woordbreuk
# promise ignored: aan de laars lappen, niet waarmaken
(lappen|lapt|lapte|lapten|gelapt) ~5 (belofte*|afspraak|afspraken|toezegging*|woord) ~3 laars
(belofte*|afspraak|afspraken|toezegging*|woord) ~4 (aan|lapten|lapte|lappen|lapt) ~3 laars
(maakten|maakte|maken|maakt|maakten) ~3 (belofte*|toezegging*|woord|verwachtingen) ~2 (niet|nooit|nie) waar | noneg
(belofte*|toezegging*) ~3 (niet|nooit|nie) ~1 (waargemaakt|ingelost|gestand|nagekomen|nageleefd|gehonoreerd) | noneg
(niet|nooit|nie) ~3 (gestand|gehonoreerd|geeerbiedigd) ~2 (gedaan|doen) | noneg
+ ze zwoer dat ze me zouden terugbellen
+ ze lappen elke afspraak aan hun laars
+ de toegezegde korting werd nooit waargemaakt, echte woordbreuk
- ze hebben hun belofte keurig waargemaakt, alles op tijd
- ik zweer dat ik het formulier heb ingevuld

# nl14b: stated delivery term that was not met
(zou|zouden) ~6 binnen ~3 (dagen|weken|werkdagen|week) ~3 (worden|zijn) ~1 (geleverd|afgeleverd|bezorgd|geinstalleerd) | weight=0.5
(beloven|beloofden|beloofd|beloofde|toegezegd|zegden) ~5 (terugbellen|terugbelverzoek|terug|bellen) ~8 (niemand|nooit|niet|geen) | noneg
+ Ze beloven me al weken dat ze terugbellen, maar niemand belt.
+ Ze beloofden terug te bellen en er belde nooit iemand.
- Ze beloofden terug te bellen en dat deden ze ook.

# --- added (nl14a paraphrase round) ---
# "would call me" + "never heard anything"; written guarantee that did not hold
zou ~3 (me|mij|ons) ~4 (bellen|terugbellen|opbellen|mailen|terugmailen|terugstorten|storten|sturen|terugkomen|langskomen) | weight=0.7
nooit ~2 (iets|wat|niks|niets) ~1 van ~1 (gehoord|vernomen|gemerkt|gezien) | weight=0.3,noneg
(kwam|kwamen) ~2 nooit | weight=0.3,noneg
papier (stond|staat) ~2 dat ~8 (zou|zouden)
(schriftelijk|zwart) ~8 (zou|zouden) ~3 (blijven|staan|krijgen|komen|worden) | weight=0.7
(garandeerde|garandeerden|gegarandeerd|verzekerde|verzekerden|beloofde|beloofden) ~3 dat ~8 (zou|zouden) ~3 (blijven|stijgen|veranderen|kosten)
(maandbedrag|bedrag|prijs|kosten|tarief|rekening|factuur) ~4 (zou|zouden|blijft|bleef) ~2 (gelijk|hetzelfde|dezelfde|blijven) | weight=0.5
(factuur|rekening|maandbedrag|bedrag|prijs|kosten|tarief|maand) ~3 (steeg|stegen|gestegen|omhoog|hoger|duurder|verhoogd) | weight=0.5
+ ze zou me dezelfde middag terugbellen, ik heb er nooit meer iets van gehoord
+ op papier stond dat ik de korting een jaar zou houden
+ hij garandeerde dat de prijs gelijk zou blijven
+ het tarief zou hetzelfde blijven maar de factuur is gestegen
- ik zou graag willen bellen over mijn factuur
- de prijs blijft gelijk, fijn
# nl15b: promised free turned into a bill
(beloofde|beloofd|toegezegde|toegezegd) ~2 (gratis|kosteloze|kosteloos) ~8 (factuur|rekening|betalen|aangerekend|gefactureerd)
+ de beloofde gratis vervanging van de batterij werd uiteindelijk een factuur
+ het toegezegde gratis onderhoud werd toch aangerekend
- de reparatie was gratis, ik kreeg geen factuur
# --- nl16b ---
# told "iemand belt u terug", and the phone never rang
(horen|gezegd|gezegt|verteld|gemeld|zeiden|zei|beloofd|gekregen) ~3 (dat|da) ~4 (terugbelt|terugbellen|terugbelde|terugkomt|terugmailt|opbelt) | weight=0.7
(telefoon|gsm|mobiel|toestel|mobieltje) ~4 (nooit|niet|nie|geen) ~3 (gegaan|ging|overgegaan|gerinkeld|rinkelde|gerinkelt) | weight=0.3,noneg
+ Ze zeiden dat iemand me terugbelt, maar mijn telefoon is nooit gegaan.
- Ze zeiden dat iemand me terugbelt en dat gebeurde ook binnen het uur.
# --- added (nl18b inflection round) ---
# kept dangling, verb first: "ze houden ons al maanden aan het lijntje"
(houd*|hou|hield|hielden|gehouden) ~5 aan ~1 lijntje
+ jullie houden me al weken aan het lijntje
# a promise in the present tense, then nobody comes: "ze zeggen dat de monteur dinsdag komt ... er komt nooit iemand"
# (a weak cue: it needs the no-show, and "nooit" alone is not enough)
(zeggen|zegt|zeiden|zei|beloven|belooft|beloofden|beloofde) ~2 (dat|da) ~6 (komt|langskomt|stort|terugstort) | weight=0.25
er (komt|kwam|kwamen) nooit iemand | noneg,weight=0.5
er (komt|kwam|kwamen) niemand | noneg,weight=0.5
+ ze zeggen elke keer dat de bezorger morgen komt, maar er komt nooit iemand
# --- r19c paraphrase pass ---
# the deadline before the verb: "dat ze binnen 48 uur reageren", "binnen een week terugbellen"
(binnen|uiterlijk) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien) (werkdagen|dagen|weken|uur|werkweken|dag|week|werkdag) ~2 (reageren|reageert|antwoorden|antwoordt|terugbellen|terugbelt|terugkoppelen|teruggebeld|terugkomen|contact|beantwoord|opgelost|teruggestort|terugstorten|overgemaakt|geleverd|langskomen|gerepareerd|klaar) | weight=0.7
# a quoted promise to "you": "u krijgt 15% korting", "je krijgt een gratis maand"
(u|je|jij|ge) (krijgt|krijg|ontvangt|ontvang) ~4 (korting|gratis|*vergoeding|tegoed|cadeau|cadeaubon|bonus|compensatie|upgrade|geld|terugbetaling|creditnota) | weight=0.7
# the company now denies it: "daar wil niemand meer van weten", "ontkennen ze alles"
(wil|willen|wilde|wilden) ~3 (niemand|niks|niets) ~3 weten | weight=0.5,noneg
(ontkennen|ontkent|ontkende|ontkenden|ontkend) | weight=0.3
# the promise vanished: "toezegging is in de prullenbak beland", "belofte vergeten"
(belofte*|toezegging*|afspraak|afspraken) ~6 (prullenbak|prullenmand|vergeten|vergetelheid|verdwenen|vergeetboek) | noneg
# signs it never came: "zaterdag nog niks", "niets van terug te zien", "betekent: nooit"
nog (niks|niets|nie|geen) | weight=0.3,noneg
(niets|niks|spoor) van ~3 (te|terug) ~2 (zien|vinden|bekennen|merken) | weight=0.5,noneg
(blijkbaar|kennelijk|dus|betekent|betekende) ~3 nooit | weight=0.3,noneg
+ jullie beloofden een vergoeding, maar nu wil niemand er meer van weten
+ de toezegging van de verkoper is blijkbaar vergeten, op de factuur staat de volle prijs
+ 'u krijgt een gratis upgrade', zei de verkoper; op mijn rekening is daar niets van te zien
+ er stond dat ze binnen twee werkdagen terugbellen, dat is nu een week geleden
- u krijgt de korting bij de volgende factuur, zei ze, en die stond er netjes op

# s9: "alle beloftes ten spijt"
(belofte*|toezegging*|afspraak|afspraken|garantie*) ten spijt
+ alle mooie beloftes ten spijt is er nog steeds niemand geweest
+ de toezeggingen ten spijt stond de monteur weer niet voor de deur
- tot mijn spijt moet ik de afspraak verzetten
- het spijt me, maar ik kan morgen niet
# s9: the same promise again and again: "telkens zeggen ze dat het morgen geregeld is"
(telkens|steeds|altijd|elke|iedere|alweer|wederom|opnieuw) ~4 (zeggen|zegt|zeiden|zei|beloven|belooft|beloofden|beloofde|horen|hoor|hoorde|gehoord) ~6 (morgen|overmorgen|binnenkort|volgende)
+ elke keer zeggen ze dat het morgen geregeld is
+ telkens hoor ik dat de monteur volgende week komt
- ik zei tegen de kinderen dat we morgen naar oma gaan
- de winkel is morgen gesloten
# s9: Flemish future in the past, the customer as object: "ze gingen mij terugbellen"
(gingen|ging) (mij|me|ons|u) ~2 (terugbellen|bellen|contacteren|mailen|terugmailen|verwittigen|terugkoppelen)
+ ze gingen mij terugbellen, maar niks hoor
+ de winkel ging ons verwittigen als het binnen was, nooit iets gehoord
- ik ging haar bellen maar ze was al thuis
- ze gingen me helpen en dat deden ze ook meteen
# s9: a word broken, a promised thing that never came: "hun woord gebroken", "de beloofde vergoeding is uitgebleven"
(woord|belofte|beloftes|beloften|toezegging*) ~2 (gebroken|breken|brak|braken|verbroken|geschonden|schenden)
(breken|breekt|brak|braken|gebroken) ~3 (hun|zijn|haar|z'n|jullie|uw) (woord|belofte|beloftes|beloften|toezegging*)
(beloofde|toegezegde|afgesproken|beloofd|toegezegd) ~4 (uitgebleven|uitblijft|uitbleef|uitbleven)
+ ze hebben hun woord gebroken
+ de bank brak haar belofte over de rente
+ de beloofde tegemoetkoming is uitgebleven
- het scherm is gebroken, ik wil graag een nieuw
- ik heb woord gehouden en op tijd betaald
# --- s10 paraphrase round ---
# promised action with a gap: "jullie zouden het probleem zo snel mogelijk oplossen" (0.7: "een reset zou het oplossen" is no promise without a sign it never came)
(zou|zouden) ~6 (verhelpen|fixen|rechtzetten|repareren|navragen|terugmailen|uitzoeken|klaarliggen|klaarstaan|klaarleggen|langsbrengen|nasturen|ophalen) | weight=0.7
(zou|zouden) ~4 (zo|zsm|snel|spoedig|meteen|direct|onmiddellijk|vandaag|morgen|overmorgen|binnenkort|asap|dezelfde) ~4 (oplossen|regelen|terugstorten|vergoeden|terugbetalen|opsturen|terugkoppelen) | weight=0.7
(ging|gingen) ~6 (navragen|terugmailen|terugkoppelen|uitzoeken|nakijken|terugbellen|opsturen|nasturen) | weight=0.7
# a stated term: "zou een week duren", "jullie zeiden 3-5 werkdagen"
(zou|zouden) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|paar|enkele|hooguit|maximaal) (dag|dagen|werkdagen|week|weken|uur|maand) (duren|kosten|nodig)
(zeiden|zei|zegden|gezegd|gezegt) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|tien|veertien) ~1 (werkdagen|dagen|weken|werkweken) | weight=0.7
# a quoted promise: "'uw pakket wordt vandaag bezorgd'", "hoezo morgen geleverd?"
(wordt|worden) (vandaag|morgen|overmorgen|zsm|straks|vanmiddag|vanavond) ~2 (bezorgd|geleverd|opgelost|gerepareerd|teruggebeld|gebeld|verzonden|teruggestort|opgehaald|geinstalleerd) | weight=0.7
hoezo ~3 (vandaag|morgen|binnenkort|gratis|beloofd|bezorgd|geleverd|teruggebeld|opgelost) | weight=0.7
# a thing that would be in place: "de keuken die in maart geplaatst zou worden", "de banden zouden binnen zijn"
(geplaatst|gemonteerd|afgeleverd|opgeleverd|ingebouwd|aangelegd|klaargezet|klaargelegd|besteld|nabesteld) (zou|zouden) (worden|zijn) | weight=0.7
(zou|zouden) ~4 (binnen|klaar|binnengekomen) (zijn|liggen|staan) | weight=0.7
# signs it never came (0.3)
nog (steeds|altijd) (hetzelfde|kapot|stuk|defect) | weight=0.3,noneg
(kwam|kwamen|komt) ~2 pas ~4 (dagen|weken|na|later|erna|volgende|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) | weight=0.3
(het|dat|dat) (werd|werden|wordt) ~2 (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dagen|weken|maand|maanden|week) | weight=0.3
(wist|wisten|weet|weten) niemand ~1 (ervan|daarvan|iets|af) | weight=0.3,noneg
(komt|kwam|kwamen) er (niemand|nooit|geen) | weight=0.3,noneg
(staat|staan|stond|is|zijn|ligt|liggen) er ~4 nog (niet|nie) | weight=0.3,noneg
(blijken|blijkt|bleek|bleken) ~3 nog (niet|nie|steeds|altijd) | weight=0.3,noneg
(wacht|wachten|wachtte) ~3 (sinds|vanaf) | weight=0.3
afspraken ~2 (verzet|uitgesteld|verschoven|afgezegd|geannuleerd) | weight=0.3
+ jullie zouden mijn klacht zo snel als het kan oplossen, drie weken later nog steeds niks
+ de jongen ging het even navragen en terugkoppelen, niks meer van gehoord
+ er zou een nieuwe oplader voor me klaarliggen, maar bij de balie wist niemand ervan
+ de aanpassing zou een paar dagen duren, het is nu een maand later
+ ze zeiden 2 werkdagen, ik wacht sinds vorige maand
+ 'uw pakket wordt morgen bezorgd' zeiden ze, drie dagen later nog steeds niks
+ hoezo binnenkort geleverd, het is inmiddels week 6
+ de vloer die vorige week gelegd zou worden... de tegels zouden binnen zijn, maar ze blijken nog niet eens besteld
+ toegezegd was ophalen op maandag, het werd vrijdag
+ ik had de garantie dat het bed zaterdag bezorgd zou worden, het kwam pas dinsdag
- een reset zou het probleem oplossen, en dat deed het ook
- ze zeiden 2 werkdagen en het kwam na 2 werkdagen
- de monteur zou de reparatie ter plekke oplossen en dat is gelukt

# a postponement chain: "morgen werd overmorgen", "dinsdag werd vrijdag"
(morgen|overmorgen|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) werd ~1 (overmorgen|morgen|volgende|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|later)
# promised someone who never came: "een monteur beloofd die nooit verscheen"
(beloofd|toegezegd|beloofde|toegezegde|beloofden) ~6 (die|dat|maar) ~2 (nooit|niet|nie) ~2 (verscheen|verschenen|kwam|kwamen|arriveerde|opdaagde|opdaagden|gebeurde|gekomen|verschenen) | noneg
(beloftes|beloften) (beloftes|beloften)
+ Zaterdag werd dinsdag, en toen weer later.
+ Vrijdag werd maandag en maandag werd weer later.
+ Ze hebben een nieuwe pas beloofd die nooit kwam.
+ Beloften, beloften, en verder niks.
- De levering kwam twee dagen later dan gepland.
- Morgen is een betere dag om te bellen.

# s11b: failure cues that complete a promise ("toch een factuur", "geen pakket", "die heb ik nog niet")
toch ~6 (factuur|rekening|boete|nota|aanmaning|incasso|afgeschreven|geincasseerd|gefactureerd|aangerekend|geleverd|verstuurd|verzonden) | weight=0.3
geen (pakket|pakketje|levering|monteur|bezorger|technicus|polis|pas|retourlabel|creditnota|terugbetaling) | weight=0.3,noneg
(heb|hebben|had|hadden) (ik|we|wij) ~2 nog (niet|nie|niks|niets) | weight=0.3,noneg
(wacht|wachten|wachtte|wachtten) ~2 nog (steeds|altijd) ~2 op | weight=0.3
(niets|niks|nooit) ~3 (laten|laat|liet|lieten) horen | weight=0.3,noneg
(laten|laat|liet|lieten) ~4 (niets|niks|nooit) ~3 horen | weight=0.3,noneg
(sindsdien|daarna|nadien|vervolgens) ~2 (niks|niets|nada|stilte|radiostilte|niemand) | weight=0.3,noneg
(niets|niks) ~4 (*systeem|dossier|computer|notities|aantekening|registratie) | weight=0.3,noneg
(keer|maal|x) ~3 (beloofd|toegezegd|verzekerd|beloofde|beloofden|belooft) | weight=0.3
pas (in|na|om|rond|tegen|op) ~3 (week|weken|dagen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|middag|avond) | weight=0.3
(zou|zouden) ~3 (dagen|weken|maanden|week|maand|dag) geleden | weight=0.3
na (twee|drie|vier|vijf|zes|tien|2|3|4|5|6|7|8|9|10|14) (dagen|weken|maanden|werkdagen) ~3 (nog|steeds|niks|niets|geen|nooit) | weight=0.3,noneg
(eerst|toen) ~4 (iets|heel|compleet|totaal) anders | weight=0.3
+ Er werd me toegezegd dat het zonder kosten zou gaan, maar toch kwam er een factuur.
+ Ze zouden het vandaag bezorgen. Geen pakket.
+ Hij beloofde een kopie op te sturen, die heb ik nog niet.
+ Ik wacht nog steeds op het label dat jullie zouden sturen.
+ U stelde een nieuw toestel in het vooruitzicht en laat daar niets meer van horen.
+ De monteur zou terugkomen met het onderdeel. Sindsdien niks.
+ Ze beloofde een vervangend exemplaar, maar er staat niets van in het systeem.
+ Het is me al drie keer beloofd.
+ De levering was gegarandeerd voor kerst maar kwam pas in januari.
+ Het apparaat zou twee weken geleden klaar liggen.
+ Er zou naar gekeken worden, maar na vier dagen heb ik nog steeds niets.
+ Ze gaf me de garantie dat het deze week kwam, en nu zegt ze ineens iets anders.
- Toch ben ik tevreden, de factuur klopte.
- Ik heb nog niet besteld, ik twijfel nog.
- Ik wacht op uw offerte.
# s11b: promise forms ("gaf me de garantie dat", "bellen we u morgen", "zou er naar kijken", "zou het afhandelen")
(gaf|gaven|geeft|kreeg|kregen) ~2 (de|een|mij|me|ons) (garantie|zekerheid|toezegging) (dat|da) | weight=0.7
(bellen|bel|sturen|stuur|komen|kom|storten|stort|mailen|mail|regelen|regel) (we|wij|ik) (je|u|jou|jullie|het) ~2 (morgen|vandaag|volgende|straks|binnen|deze|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) | weight=0.7
(zou|zouden) ~4 (naar|ernaar|daarnaar|hiernaar) (kijken|gekeken) | weight=0.7
(zei|zeiden|beloofde|beloofden|verzekerde|verzekerden|vertelde|vertelden) ~2 dat ~6 (zou|zouden) ~3 (afhandelen|afgehandeld|regelen|uitzoeken|rechtzetten|corrigeren|aanpassen|doorgeven|stopzetten|annuleren|terugdraaien|staan|liggen) | weight=0.7
(zou|zouden) ~6 (bestellen|halen|ophalen|opzoeken|uitzoeken|nakijken|navragen|checken|controleren|regelen|overleggen) ~3 (en|dan) ~1 (terugkomen|langskomen|terugbellen|nabellen|terugkoppelen) | weight=0.7
+ Ze zei dat ze het persoonlijk zou afhandelen, toch kwam er weer een aanmaning.
+ De monteur zei: bellen we u morgen, maar niemand belde.
+ De helpdesk zou er met spoed naar kijken. Sindsdien niks.
+ Hij zou een onderdeel bestellen en dan terugkomen, maar daar heb ik nooit meer iets van gehoord.
- De monteur zei dat hij morgen zou terugkomen, en dat deed hij ook.
- Ze zou ernaar kijken en belde een uur later al terug met een oplossing.
- Ik wacht nog op mijn nieuwe pas, maar die zou pas volgende week komen, dus geen probleem.
- de kast kwam vijf dagen na de afgesproken datum
- mijn geld is nog niet teruggestort, wanneer mag ik het verwachten?
