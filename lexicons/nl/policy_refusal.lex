# Help refused "because of policy / rules / terms / the system"; a return,
# warranty or refund policy not honoured; "there is nothing I can do".
# Sequences are anchored on the rule, document or verb word; where a
# position is "(niet|geen)" the Flemish "nie" is listed too, which also
# keeps the anchor off those very common words.
(beleid*|bedrijfsbeleid|retourbeleid|retourenbeleid|ruilbeleid|terugbetalingsbeleid|annuleringsbeleid|garantiebeleid|restitutiebeleid|coulancebeleid|klantbeleid|kortingsbeleid|veiligheidsbeleid|winkelbeleid|servicebeleid|acceptatiebeleid|compensatiebeleid|vergoedingsbeleid|identificatiebeleid|prijsbeleid|standaardbeleid|voucherbeleid|huisbeleid|bedrijfspolicy|policy) | weight=0.5,noneg
(volgens|vanwege|tegen|conform|wegens|ons|onze|hun) ~2 (beleid*|bedrijfsbeleid|retourbeleid|retourenbeleid|ruilbeleid|terugbetalingsbeleid|annuleringsbeleid|garantiebeleid|restitutiebeleid|coulancebeleid|klantbeleid|kortingsbeleid|veiligheidsbeleid|winkelbeleid|servicebeleid|acceptatiebeleid|compensatiebeleid|vergoedingsbeleid|identificatiebeleid|prijsbeleid|standaardbeleid|voucherbeleid|huisbeleid|policy) | noneg
(is|was|zijn) (het|ons|hun|nu|gewoon|helaas) ~2 (beleid*|bedrijfsbeleid|retourbeleid|ruilbeleid|garantiebeleid|standaardbeleid|policy) | noneg
(volgens|tegen|conform|vanwege|wegens) (de|onze|hun|jullie|uw|een|het|die) ~1 (regels|regel|clausule|bepaling|artikel|voorwaarden|procedure|procedures|richtlijnen|protocol|protocollen|huisregels|bedrijfsregels|reglement|regelgeving|wet|wetgeving|privacywet|voorschriften|spelregels|contract|overeenkomst|polis|regeltjes) | noneg
(staat|stond|staan|stonden) ~3 in (de|het|ons|onze|hun|jullie|uw|die) ~1 (voorwaarden|regels|reglement|contract|huisregels|beleid|protocol|richtlijnen|handboek|procedure|overeenkomst|polis|kleine) | noneg
op grond van (de|het|artikel|onze|hun|uw|die|ons)
regels zijn regels | noneg
(afspraak|nee) is (afspraak|nee) | weight=0.5,noneg
zo zijn de (regels|voorschriften|afspraken) | noneg
(de|het) (regels|regel|protocol) (zijn|is) ~2 eenmaal | noneg
volgens (protocol|procedure|voorschrift) | noneg
volgens het boekje | noneg
regels ~3 niet toe | noneg
(huisregel*|bedrijfsregel*|clausule*|regelgeving|voorschriften) | noneg
kleine lettertjes | weight=0.5,noneg
algemene voorwaarden | weight=0.5,noneg
(avg|gdpr|privacywet*|privacyregels) | weight=0.5,noneg
# "the system doesn't allow it"
(systeem|computer|'systeem|software|programma) ~8 (toe|toestaat|toestond|toelaat|toeliet|accepteert|blokkeert|weigert|vergrendelt|vergrendeld|geblokkeerd|nee|onmogelijk) | noneg
(in|volgens) (het|ons|hun) systeem ~5 (niet|geen|nie|onmogelijk) | noneg
(niet|geen|nie|onmogelijk) ~4 (in|volgens|via) (het|ons|hun|jullie) (systeem|computersysteem) | noneg
computer zegt nee | noneg
# "there is nothing I can do"
(kan|kon|kunnen|konden) ~3 (niets|niks) ~2 (voor|aan|mee|meer|doen) | noneg
(niets|niks) aan ~1 (doen|veranderen) | noneg
(niets|niks) ~3 (kon|kan|konden|kunnen|mocht|mag|mogen) ~1 (doen|betekenen|beginnen) | noneg
(handen|handjes) ~2 gebonden | noneg
('dat|dat|dit|zo) (is|zijn) ~2 (de|onze|het) (regel|regels|procedure|werkwijze|voorschrift|protocol|beleid) | noneg
# not allowed to / would not take back, change, help ...
(nemen|namen|neemt|mocht|mag|mogen|mochten|konden|kon|kan|kunnen|wilden|wilde|willen|wil|wou) ~4 (niet|geen|nie) ~3 (aan|terug|aanpassen|wijzigen|veranderen|terugnemen|aannemen|ruilen|omruilen|omzetten|annuleren|vergoeden|terugbetalen|verkopen|accepteren|matchen|verplaatsen|overschrijven|overdragen|uitbetalen|verlengen|openen|meenemen|passen|inleveren|terugbrengen|retourneren|repareren|vervangen|kwijtschelden|crediteren|terugstorten|omboeken|doorvoeren|uitzonderen|toepassen|inwisselen|gebruiken|helpen|meegeven|leveren|verstrekken|uitgeven|afgeven|versturen|verzenden|binnenlaten|ophalen|afhalen|binnen|instappen|inchecken|boarden|betreden|binnenkomen|laten|doorlaten|uitvoeren|tekenen|afsluiten|opzeggen|pinnen|betalen) ~10 (omdat|want|vanwege|zonder|tenzij|aangezien|volgens|regels|beleid|voorwaarden|systeem|protocol) | noneg
zonder ~4 (afspraak|bon|kassabon|aankoopbewijs|verpakking|doos|pinbon|pinpas|legitimatie|identiteitsbewijs|machtiging|factuur|label|etiket|pas|klantenkaart|klantenpas|ledenpas|paspoort|id|rijbewijs|garantiebewijs|toestemming|handtekening) ~6 (niet|geen|nie|niks|niets|nooit|weigerde|weigerden|weigert) | noneg
(niet|geen|nie|niks|niets) ~6 zonder ~2 (afspraak|bon|kassabon|aankoopbewijs|verpakking|doos|pinbon|legitimatie|identiteitsbewijs|machtiging|factuur|label|etiket|klantenkaart|paspoort|rijbewijs|garantiebewijs|toestemming) | noneg
(weigerde|weigerden|weigert|wilde|wilden|mocht|mochten|kon|konden) ~8 (geen|zonder) (machtiging|toestemming|volmacht) | noneg
(geen|zonder) (machtiging|toestemming|volmacht) ~4 (weigerde|weigerden|niet|geen|helpen|geholpen|spreken|praten|gegevens) | noneg
(mocht|mochten|mag|mogen) ~4 (niet|nie) ~3 (aanpassen|wijzigen|veranderen|terugnemen|aannemen|ruilen|omruilen|omzetten|annuleren|vergoeden|terugbetalen|verkopen|accepteren|matchen|verplaatsen|overschrijven|overdragen|uitbetalen|verlengen|openen|meenemen|passen|inleveren|terugbrengen|retourneren|kwijtschelden|crediteren|omboeken|toepassen|inwisselen|geven|doorverbinden) | noneg
dat (ze|zij|we|wij|hij|men|u) ~5 (niet|geen|nie) ~5 (mogen|mocht|mochten|toegestaan|bevoegd) | noneg
(we|wij|ze|zij) (mogen|mag|mochten|mocht) ~2 (geen|niet|nie) | noneg
(mogen|mag|mochten|mocht) (we|wij|ze|zij) ~2 (geen|niet|nie) | noneg
(voldoe*|'voldoe*) ~3 (niet|nie) ~3 (criteria|voorwaarden|eisen|regels|normen|richtlijnen|vereisten) | noneg
(om|vanwege|wegens|uit) (veiligheidsredenen|privacyredenen|privacy-redenen|veiligheidsoverwegingen|privacyoverwegingen|privacy|veiligheid|compliance|beleidsredenen|'veiligheidsredenen|'privacyredenen|'om|fraudepreventie|identificatieredenen) | noneg
(om|vanwege|wegens|uit) (juridische|interne|administratieve|wettelijke|technische) (redenen|gronden) | noneg
(om|vanwege|wegens|uit) (de|het|'de|'het) (veiligheid|privacy|hygiene|regels|verzekering|protocol|beleid|voorschriften|wet) | noneg
(garantie*|bedenktermijn|bedenktijd|retourrecht|voorwaarde*|regeling|korting|actie|voucher|coulance|herroepingsrecht|verzekering|dekking|aanbieding|tegoedbon) ~4 (geldt|gold|gelden|golden|toepassing) ~2 (niet|nie) | noneg
(garantie*|bedenktermijn|bedenktijd|retourrecht|voorwaarde*|regeling|korting|actie|voucher|coulance|herroepingsrecht|verzekering|dekking|aanbieding|tegoedbon) ~3 (niet|nie) ~1 (geldt|gold|gelden|golden|toepassing) | noneg
(valt|viel|vallen|vielen) ~3 (niet|nie) onder | noneg
(valt|viel|vallen) ~3 (niet|buiten|nie) ~2 (garantie*|voorwaarden|dekking|regeling|coulance|polis) | noneg
buiten ~2 (garantie*|voorwaarden|dekking|garantieperiode|garantietermijn|retourtermijn) | noneg
(boven|vanaf|onder) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~6 (moet|moeten|mag|mogen|kan|kunnen|niet|alleen|verplicht) | weight=0.5,noneg
(moest|moet|moesten|moeten|eisten|eiste|vereist|verplicht|nodig|zonder) ~4 (kassabon|bon|aankoopbewijs|verpakking|doos|pinbon|pinpas|legitimatie|identiteitsbewijs|machtiging) | weight=0.5,noneg
(maximum|maximaal|max) ~3 (volgens|beleid|regels|toegestaan) | noneg
mag ik ~1 (niet|nie) ~2 (beslissen|aanpassen|vergoeden|terugbetalen|ruilen|wijzigen|geven) | noneg
niet toegestaan | noneg
(verboden|niet-toegestaan|ontoelaatbaar) ~3 (volgens|regels|beleid|voorwaarden) | noneg
('dat|dat|dit|het) (is|was) ~1 (niet|nie) ~1 (ons|het|hun) (beleid*|regel|regels|protocol|procedure|werkwijze) | noneg
(is|was) ~2 (ons|hun|het) (beleid|bedrijfsbeleid|standaardbeleid) | noneg
(mag|mogen|mocht|mochten) ~2 (alleen|slechts|uitsluitend|pas) ~3 (met|tot|binnen|tenzij|mits|voor|na|als|indien|onder) | noneg
(kan|kunnen|kon) (alleen|slechts|uitsluitend|pas) ~2 (met|tot|binnen|tenzij|mits|na|vanaf|indien) ~4 (kassabon|bon|aankoopbewijs|pas|legitimatie|afspraak|verpakking|factuur|uur|dagen|dag|weken|maanden|vertrek|aankoop|machtiging|toestemming)
(dat|dit|'dat) (doen|mogen|kunnen|verkopen|accepteren|ruilen|nemen) (we|wij) ~2 (niet|nie) | noneg
(niet|geen|nie) ~2 (onder|via) ~1 (garantie|verzekering|dekking|coulance) | noneg
(garantie*|claim|retour*|ruil|omruilen|terugbetaling|restitutie|annulering|vergoeding|coulance|aanvraag|verzoek|bezwaar) ~5 (geweigerd|afgewezen|afgewimpeld|weigerden|weigert|weigeren|weigerde|afgekeurd|niet-ontvankelijk) | noneg
(garantie*|claim|retour*|ruil|omruilen|terugbetaling|restitutie|annulering|vergoeding|coulance) ~5 (niet|nie) ~1 (mogelijk|toegestaan|gehonoreerd|geaccepteerd) | noneg
(weigerde|weigerden|weigert|weigeren|geweigerd) ~6 (garantie|retour|terugnemen|ruilen|omruilen|terugbetalen|terugbetaling|restitutie|vergoeden|repareren|annuleren|refund|nemen|betalen|aannemen|accepteren|wijzigen|aanpassen|omzetten) | noneg
(retour|terugsturen|ruilen|omruilen|retourneren|annuleren|terugbrengen|omzetten|omboeken) ~3 (kan|mag|kon|mocht|is|was) ~2 (niet|nie|meer) | noneg
(kan|mag|kon|mocht) ~2 (niet|nie) ~3 (retour|terugsturen|ruilen|omruilen|retourneren|terugbrengen|annuleren|teruggenomen|terugnemen) | noneg
geen ~1 (uitzondering|uitzonderingen|coulance|retour|retouren) | noneg
(uitzondering|uitzonderingen) ~3 (niet|nie|geen) ~2 (mogelijk|toe|maken|gemaakt) | noneg
(termijn|retourtermijn|bedenktijd|garantietermijn|garantieperiode|ruiltermijn|bedenktermijn|garantie|opzegtermijn|annuleringstermijn) ~3 (verstreken|verlopen|voorbij|afgelopen|over|overschreden|overschreed) | noneg
(niet|geen|nie) ~1 (bevoegd|bevoegdheid|mandaat) | noneg
(zei|zeiden|zegt|zeggen) ~4 (beleid|regels|regel|protocol|procedure|'beleid|'regels|'protocol|voorwaarden) | noneg
(antwoord|reactie) (was|is) ~2 (beleid|regels|regel|protocol|procedure|voorwaarden) | noneg
(uw|jullie|u) ~1 (regels|protocollen|procedures|voorschriften) ~1 (heeft|hebt|hebben|hanteert|hanteren|volgt|volgen)
# "maar één keer per jaar" (the "maar" opens a clause, so it leads)
maar (een|1|twee|2|drie|3) (keer|x|maal) per (jaar|maand|week|dag|klant|persoon) | noneg
(regels|regeltjes|protocol|voorschrift|procedures|voorwaarden) ~2 (zeiden|zei|zegt|zeggen|aldus) | noneg
nu eenmaal ~2 (zo|regel|beleid|regels|procedure) | noneg
(niet|nie) ~1 (geaccepteerd|aanvaard|goedgekeurd|toegestaan|gehonoreerd|ingewilligd) ~3 (omdat|want|vanwege|aangezien|wegens) | noneg
(is|was) (beleid|bedrijfsbeleid|standaardbeleid|protocol|procedure|huisregel) | noneg
# --- paraphrase families added (holdout4 round) ---
(uitverkoop*|sale-artikel*|saleartikel*|actieartikel*|afgeprijsd*|opruimingsartikel*|outletartikel*|koopje*) | weight=0.5,noneg
(kon|kan|mocht|mag|konden|kunnen|mogen|mochten) ~2 (niet|nie) ~6 (uitverkoop*|sale|actieartikel*|afgeprijsd*|aanbieding|opruiming*|actie) | noneg
(niet|nie|geen) ~3 van ~1 (afwijken|afwijkt|afweek|afweken|afgeweken) | noneg
coulance* | weight=0.5,noneg
daar (doen|doet|deden) (ze|we|wij|zij|jullie) ~2 (niet|nie) aan | weight=0.5,noneg
(gold|geldt|gelden|golden) (alleen|enkel|uitsluitend|slechts) | noneg
# hiding behind / invoking the rules
(verschuilen|verschuilt|verschool|verscholen|verschuilden|beroepen|beroept|beriep|beriepen|beroepend|verwijzen|verwijst|verwees|verwezen) ~3 (achter|op|naar) ~3 (regels|regeltjes|regel|protocol|protocollen|procedure|procedures|voorschriften|beleid|bedrijfsbeleid|voorwaarden|reglement|contract|polis|lettertjes|clausule|wet|avg|gdpr|systeem|computer|richtlijnen) | noneg
(houden|houdt|hield|hielden) zich ~3 aan ~2 (regels|regeltjes|regel|protocol|protocollen|procedure|procedures|voorschriften|beleid|bedrijfsbeleid|voorwaarden|reglement|contract|polis|lettertjes|clausule|wet|avg|gdpr|systeem|computer|richtlijnen) | noneg
regeltje* | weight=0.5,noneg
voet bij stuk | weight=0.5,noneg
nul op het rekest | weight=0.5,noneg
(star|starre|strikt|strikte|rigide|bureaucratisch*|bureaucratie|regelneef*|regelneverij|regeltjesfetisj*) | weight=0.5,noneg
# insurance / warranty not paying out
(garantie*|verzekering*|polis|dekking|verzekeraar*) ~3 (dekt|dekken|dekte|dekten|vergoedt|vergoeden|vergoedde|betaalt|geldt) ~3 (niet|nie|geen|niks|niets) | noneg
(keert|keerde|keren|keerden|uitgekeerd) ~3 (niet|nie|niks|niets|geen) ~1 uit | noneg
(wordt|werd|worden|werden) ~3 (niet|nie) ~2 (vergoed|gedekt|uitgekeerd|terugbetaald|gecrediteerd) | noneg
# only a voucher / only in writing / only after N months
(alleen|enkel|slechts|maar) ~2 (tegoedbon|tegoedbonnen|voucher|vouchers|waardebon|cadeaubon|creditnota|tegoed|spaarpunten) | noneg
(kan|kon|mag|mocht|kunnen|mogen) (alleen|enkel|uitsluitend|slechts) ~2 (schriftelijk|aangetekend|per|telefonisch|persoonlijk) | noneg
(moet|moest|moeten|moesten) ~4 (klant|lid|abonnee) (zijn|wezen|worden|geweest) | noneg
(minimaal|minstens) ~3 (maanden|jaar|jaren) ~2 (klant|lid|abonnee) | noneg
# not allowed by the boss / head office
(mag|mocht|mogen|mochten) ~3 (niet|nie) van (hogerhand|boven|de|mijn|het|onze|m'n) ~1 (baas|manager|chef|leidinggevende|directie|hoofdkantoor|hogerhand|bedrijf|management|centrale) | noneg
van hogerhand | noneg
(kan|kon|konden|kunnen) (u|je|jou|me|mij|ons) ~2 (niet|nie) ~2 (helpen|verderhelpen) | weight=0.5,noneg
+ ze zei dat het ons beleid is en dat ze niets kon doen
+ retourneren mag niet meer na 14 dagen volgens de regels
+ daar kan ik niks aan doen, zei de medewerker
+ het systeem laat het niet toe, aldus de klantenservice
+ mijn garantieclaim werd afgewezen
+ zonder kassabon wilden ze het niet terugnemen
+ dat staat in de voorwaarden, zei ze, dus omruilen kan niet
- ik heb jullie privacybeleid gelezen, prima
- het retour verliep soepel
- ik mag niet klagen, alles prima geregeld
- zonder problemen omgeruild, dank
+ ze verschuilen zich achter de algemene voorwaarden
+ de verzekering keert niet uit, aldus de polis
+ ik kreeg alleen een tegoedbon, geen geld
- wat is jullie retourbeleid voor cadeaus?
- de verzekering heeft alles netjes vergoed
+ ruilen mocht niet want het was een uitverkoopartikel
- ik heb een leuk koopje gevonden in de uitverkoop
# --- added (long-narrative round) ---
# "omdat de regels het niet toelaten", "het beleid staat dat niet toe"
(regels|regel|beleid|voorwaarden|protocol|procedure|systeem|reglement|wet|polis|contract|huisregels|richtlijnen) ~3 (niet|nie|geen) ~1 (toelaten|toelaat|toeliet|toelieten|toestaan|toestaat|toestond|toestonden|toe|toegestaan) | noneg
(omdat|want|aangezien|vanwege|wegens) ~1 (de|het|onze|hun|jullie|die) (regels|regeltjes|beleid|voorwaarden|protocol|procedure|procedures|reglement|huisregels|richtlijnen|polisvoorwaarden|leveringsvoorwaarden|voorschriften) | noneg
# a coupon, card or warranty refused: "weigerde mijn kortingsbon"
(weigerde|weigerden|weigert|weigeren|geweigerd) ~4 (bon|kortingsbon|kortingscode|tegoedbon|cadeaubon|waardebon|voucher|coupon|kortingscoupon|klantenkaart|spaarkaart|spaarpunten|zegels|aanbieding|garantie|retour|garantiebewijs|cadeaukaart|giftcard) | noneg
# "in de winkel doen we niets met retouren"
(niets|niks) ~2 (met|aan) ~1 (retouren|retour|ruilen|omruilen|garantie|garantiezaken|klachten|reparaties|terugbetalingen|ruilingen) | noneg
# "geen telefonische bestellingen meer mogelijk"
geen ~2 (bestellingen|retouren|ruilingen|uitzonderingen|restituties|terugbetalingen|reserveringen|wijzigingen|annuleringen|betalingen) ~2 (mogelijk|toegestaan|aangenomen|geaccepteerd|verwerkt) | noneg
# "niet gedekt omdat ik het te laat gemeld had"
(niet|nie) (gedekt|verzekerd|vergoed|uitgekeerd|geaccepteerd|goedgekeurd|gehonoreerd) ~2 (omdat|want|aangezien|vanwege|wegens) | noneg
+ ze kon me niet helpen omdat de regels het niet toelaten
+ de kassamedewerker weigerde mijn kortingsbon
+ ze doen in de winkel niets met retouren
+ er zijn geen telefonische bestellingen meer mogelijk
+ mijn schade is niet gedekt omdat ik het te laat gemeld had
- de regels werden me rustig uitgelegd en de retour was geen probleem
- de kassière accepteerde mijn bon zonder moeite
# --- added (mixed-genre round) ---
# "dat kan alleen bij een jaarcontract"
(dat|het|dit) (kan|mag|kon|mocht|gaat) (alleen|uitsluitend|enkel|pas) (bij|met|na|als|indien|binnen|vanaf|mits) | noneg
+ een extra gebruiker? 'dat kan alleen bij een jaarcontract'
