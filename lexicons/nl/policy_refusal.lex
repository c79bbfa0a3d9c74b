# Help refused "because of policy / rules / terms / the system"; a return,
# warranty or refund policy not honoured; "there is nothing I can do".
# Sequences are anchored on the rule, document or verb word; where a
# position is "(niet|geen)" the Flemish "nie" is listed too, which also
# keeps the anchor off those very common words.
(beleid*|bedrijfsbeleid|retourbeleid|retourenbeleid|ruilbeleid|terugbetalingsbeleid|annuleringsbeleid|garantiebeleid|restitutiebeleid|coulancebeleid|klantbeleid|kortingsbeleid|veiligheidsbeleid|winkelbeleid|servicebeleid|acceptatiebeleid|compensatiebeleid|vergoedingsbeleid|identificatiebeleid|prijsbeleid|standaardbeleid|voucherbeleid|huisbeleid|bedrijfspolicy|policy) | weight=0.5,noneg
(volgens|vanwege|tegen|conform|wegens|ons|onze|hun) ~2 (beleid*|bedrijfsbeleid|retourbeleid|retourenbeleid|ruilbeleid|terugbetalingsbeleid|annuleringsbeleid|garantiebeleid|restitutiebeleid|coulancebeleid|klantbeleid|kortingsbeleid|veiligheidsbeleid|winkelbeleid|servicebeleid|acceptatiebeleid|compensatiebeleid|vergoedingsbeleid|identificatiebeleid|prijsbeleid|standaardbeleid|voucherbeleid|huisbeleid|policy) | noneg
(is|was|zijn) (het|ons|hun|nu|gewoon|helaas) ~2 (beleid*|bedrijfsbeleid|retourbeleid|ruilbeleid|garantiebeleid|standaardbeleid|policy) | noneg
(volgens|tegen|conform|vanwege|wegens) (de|onze|hun|jullie|uw|een|het|die) ~1 (*regels|regel|clausule|bepaling|artikel|voorwaarden|procedure|procedures|richtlijnen|protocol|protocollen|huisregels|bedrijfsregels|reglement|regelgeving|wet|wetgeving|privacywet|voorschriften|spelregels|contract|overeenkomst|polis|regeltjes) | noneg
(staat|stond|staan|stonden) ~3 in (de|het|ons|onze|hun|jullie|uw|die) ~1 (voorwaarden|*regels|reglement|contract|huisregels|*beleid|protocol|richtlijnen|handboek|procedure|overeenkomst|polis|kleine) | noneg
op grond van (de|het|artikel|onze|hun|uw|die|ons)
*regels zijn *regels | noneg
(afspraak|nee) is (afspraak|nee) | weight=0.5,noneg
zo zijn de (*regels|voorschriften|afspraken) | noneg
(de|het) (*regels|regel|protocol) (zijn|is) ~2 eenmaal | noneg
volgens (protocol|procedure|voorschrift) | noneg
volgens het boekje | noneg
*regels ~3 niet toe | noneg
(huisregel*|bedrijfsregel*|clausule*|regelgeving|voorschriften) | noneg
kleine lettertjes | weight=0.5,noneg
algemene voorwaarden | weight=0.5,noneg
(avg|gdpr|privacywet*|privacyregels) | weight=0.5,noneg
# "the system doesn't allow it"
(*systeem|computer|software|programma) ~8 (toe|toestaat|toestond|toelaat|toeliet|accepteert|blokkeert|weigert|vergrendelt|vergrendeld|geblokkeerd|nee|onmogelijk) | noneg
(in|volgens) (het|ons|hun) *systeem ~5 (niet|geen|nie|onmogelijk) | noneg
(niet|geen|nie|onmogelijk) ~4 (in|volgens|via) (het|ons|hun|jullie) (*systeem|computersysteem) | noneg,weight=0.5
computer zegt nee | noneg
# "there is nothing I can do"
(kan|kon|kunnen|konden) ~3 (niets|niks) ~2 (voor|aan|mee|meer|doen) | noneg
(niets|niks) aan ~1 (doen|veranderen) | noneg
(niets|niks) ~3 (kon|kan|konden|kunnen|mocht|mag|mogen) ~1 (doen|betekenen|beginnen) | noneg
(handen|handjes) ~2 gebonden | noneg
(dat|dit|zo) (is|zijn) ~2 (de|onze|het) (regel|*regels|procedure|werkwijze|voorschrift|protocol|*beleid) | noneg
# not allowed to / would not take back, change, help ...
(nemen|namen|neemt|mocht|mag|mogen|mochten|konden|kon|kan|kunnen|wilden|wilde|willen|wil|wou) ~4 (niet|geen|nie) ~3 (aan|terug|aanpassen|wijzigen|veranderen|terugnemen|aannemen|ruilen|omruilen|omzetten|annuleren|vergoeden|terugbetalen|verkopen|accepteren|matchen|verplaatsen|overschrijven|overdragen|uitbetalen|verlengen|openen|meenemen|passen|inleveren|terugbrengen|retourneren|repareren|vervangen|kwijtschelden|crediteren|terugstorten|omboeken|doorvoeren|uitzonderen|toepassen|inwisselen|gebruiken|helpen|meegeven|leveren|verstrekken|uitgeven|afgeven|versturen|verzenden|binnenlaten|ophalen|afhalen|binnen|instappen|inchecken|boarden|betreden|binnenkomen|laten|doorlaten|uitvoeren|tekenen|afsluiten|opzeggen|pinnen|betalen) ~10 (omdat|want|vanwege|zonder|tenzij|aangezien|volgens|*regels|*beleid|voorwaarden|*systeem|protocol) | noneg
zonder ~4 (afspraak|bon|kassabon|aankoopbewijs|verpakking|doos|pinbon|pinpas|legitimatie|identiteitsbewijs|machtiging|factuur|label|etiket|pas|klantenkaart|klantenpas|ledenpas|paspoort|id|rijbewijs|garantiebewijs|toestemming|handtekening) ~6 (niet|geen|nie|niks|niets|nooit|weigerde|weigerden|weigert) | noneg
(niet|geen|nie|niks|niets) ~6 zonder ~2 (afspraak|bon|kassabon|aankoopbewijs|verpakking|doos|pinbon|legitimatie|identiteitsbewijs|machtiging|factuur|label|etiket|klantenkaart|paspoort|rijbewijs|garantiebewijs|toestemming) | noneg
(weigerde|weigerden|weigert|wilde|wilden|mocht|mochten|kon|konden) ~8 (geen|zonder) (machtiging|toestemming|volmacht) | noneg
(geen|zonder) (machtiging|toestemming|volmacht) ~4 (weigerde|weigerden|niet|geen|helpen|geholpen|spreken|praten|gegevens) | noneg
(mocht|mochten|mag|mogen) ~4 (niet|nie) ~3 (aanpassen|wijzigen|veranderen|terugnemen|aannemen|ruilen|omruilen|omzetten|annuleren|vergoeden|terugbetalen|verkopen|accepteren|matchen|verplaatsen|overschrijven|overdragen|uitbetalen|verlengen|openen|meenemen|passen|inleveren|terugbrengen|retourneren|kwijtschelden|crediteren|omboeken|toepassen|inwisselen|geven|doorverbinden) | noneg
dat (ze|zij|we|wij|hij|men|u) ~5 (niet|geen|nie) ~5 (mogen|mocht|mochten|toegestaan|bevoegd) | noneg
(we|wij|ze|zij) (mogen|mag|mochten|mocht) ~2 (geen|niet|nie) | noneg
(mogen|mag|mochten|mocht) (we|wij|ze|zij) ~2 (geen|niet|nie) | noneg
voldoe* ~3 (niet|nie) ~3 (criteria|voorwaarden|eisen|*regels|normen|richtlijnen|vereisten) | noneg
(om|vanwege|wegens|uit) (veiligheidsredenen|privacyredenen|privacy-redenen|veiligheidsoverwegingen|privacyoverwegingen|privacy|veiligheid|compliance|beleidsredenen|fraudepreventie|identificatieredenen) | noneg
(om|vanwege|wegens|uit) (juridische|interne|administratieve|wettelijke|technische) (redenen|gronden) | noneg
(om|vanwege|wegens|uit) (de|het) (veiligheid|privacy|hygiene|*regels|verzekering|protocol|*beleid|voorschriften|wet) | noneg
(garantie*|bedenktermijn|bedenktijd|retourrecht|voorwaarde*|regeling|korting|actie|voucher|coulance|herroepingsrecht|verzekering|dekking|aanbieding|tegoedbon) ~4 (geldt|gold|gelden|golden|toepassing) ~2 (niet|nie) | noneg
(garantie*|bedenktermijn|bedenktijd|retourrecht|voorwaarde*|regeling|korting|actie|voucher|coulance|herroepingsrecht|verzekering|dekking|aanbieding|tegoedbon) ~3 (niet|nie) ~1 (geldt|gold|gelden|golden|toepassing) | noneg
(valt|viel|vallen|vielen) ~3 (niet|nie) onder | noneg
(valt|viel|vallen) ~3 (niet|buiten|nie) ~2 (garantie*|voorwaarden|dekking|regeling|coulance|polis) | noneg
buiten ~2 (garantie*|voorwaarden|dekking|garantieperiode|garantietermijn|retourtermijn) | noneg
(boven|vanaf|onder) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~6 (moet|moeten|mag|mogen|kan|kunnen|niet|alleen|verplicht) | weight=0.5,noneg
(moest|moet|moesten|moeten|eisten|eiste|vereist|verplicht|nodig|zonder) ~4 (kassabon|bon|aankoopbewijs|verpakking|doos|pinbon|pinpas|legitimatie|identiteitsbewijs|machtiging) | weight=0.5,noneg
(maximum|maximaal|max) ~3 (volgens|*beleid|*regels|toegestaan) | noneg
mag ik ~1 (niet|nie) ~2 (beslissen|aanpassen|vergoeden|terugbetalen|ruilen|wijzigen|geven) | noneg
niet toegestaan | noneg
(verboden|niet-toegestaan|ontoelaatbaar) ~3 (volgens|*regels|*beleid|voorwaarden) | noneg
(dat|dit|het) (is|was) ~1 (niet|nie) ~1 (ons|het|hun) (beleid*|regel|*regels|protocol|procedure|werkwijze) | noneg
(is|was) ~2 (ons|hun|het) (*beleid|bedrijfsbeleid|standaardbeleid) | noneg
(mag|mogen|mocht|mochten) ~2 (alleen|slechts|uitsluitend|pas) ~3 (met|tot|binnen|tenzij|mits|voor|na|als|indien|onder) | noneg
(kan|kunnen|kon) (alleen|slechts|uitsluitend|pas) ~2 (met|tot|binnen|tenzij|mits|na|vanaf|indien) ~4 (kassabon|bon|aankoopbewijs|pas|legitimatie|afspraak|verpakking|factuur|uur|dagen|dag|weken|maanden|vertrek|aankoop|machtiging|toestemming)
(dat|dit) (doen|mogen|kunnen|verkopen|accepteren|ruilen|nemen) (we|wij) ~2 (niet|nie) | noneg
(niet|geen|nie) ~2 (onder|via) ~1 (garantie|verzekering|dekking|coulance) | noneg
(garantie*|claim|retour*|ruil|omruilen|terugbetaling|restitutie|annulering|*vergoeding|coulance|aanvraag|verzoek|bezwaar) ~5 (geweigerd|afgewezen|afgewimpeld|weigerden|weigert|weigeren|weigerde|afgekeurd|niet-ontvankelijk) | noneg
(garantie*|claim|retour*|ruil|omruilen|terugbetaling|restitutie|annulering|*vergoeding|coulance) ~5 (niet|nie) ~1 (mogelijk|toegestaan|gehonoreerd|geaccepteerd) | noneg
(weigerde|weigerden|weigert|weigeren|geweigerd) ~6 (garantie|retour|terugnemen|ruilen|omruilen|terugbetalen|terugbetaling|restitutie|vergoeden|repareren|annuleren|refund|nemen|betalen|aannemen|accepteren|wijzigen|aanpassen|omzetten) | noneg
(retour|terugsturen|ruilen|omruilen|retourneren|annuleren|terugbrengen|omzetten|omboeken) ~3 (kan|mag|kon|mocht|is|was) ~2 (niet|nie|meer) | noneg
(kan|mag|kon|mocht) ~2 (niet|nie) ~3 (retour|terugsturen|ruilen|omruilen|retourneren|terugbrengen|annuleren|teruggenomen|terugnemen) | noneg
geen ~1 (uitzondering|uitzonderingen|coulance) | noneg
(uitzondering|uitzonderingen) ~3 (niet|nie|geen) ~2 (mogelijk|toe|maken|gemaakt) | noneg
(termijn|retourtermijn|bedenktijd|garantietermijn|garantieperiode|ruiltermijn|bedenktermijn|garantie|opzegtermijn|annuleringstermijn) ~3 (verstreken|verlopen|voorbij|afgelopen|over|overschreden|overschreed) | noneg
(niet|geen|nie) ~1 (bevoegd|bevoegdheid|mandaat) | noneg
(zei|zeiden|zegt|zeggen) ~4 (*beleid|*regels|regel|protocol|procedure|voorwaarden) | noneg
(antwoord|reactie) (was|is) ~2 (*beleid|*regels|regel|protocol|procedure|voorwaarden) | noneg
(uw|jullie|u) ~1 (*regels|protocollen|procedures|voorschriften) ~1 (heeft|hebt|hebben|hanteert|hanteren|volgt|volgen)
# "maar één keer per jaar" (the "maar" opens a clause, so it leads)
maar (een|1|twee|2|drie|3) (keer|x|maal) per (jaar|maand|week|dag|klant|persoon) | noneg
(*regels|regeltjes|protocol|voorschrift|procedures|voorwaarden) ~2 (zeiden|zei|zegt|zeggen|aldus) | noneg
nu eenmaal ~2 (zo|regel|*beleid|*regels|procedure) | noneg
(niet|nie) ~1 (geaccepteerd|aanvaard|goedgekeurd|toegestaan|gehonoreerd|ingewilligd) ~3 (omdat|want|vanwege|aangezien|wegens) | noneg
(is|was) (*beleid|bedrijfsbeleid|standaardbeleid|protocol|procedure|huisregel) | noneg
# --- paraphrase families added (holdout4 round) ---
(uitverkoop*|sale-artikel*|saleartikel*|actieartikel*|afgeprijsd*|opruimingsartikel*|outletartikel*|koopje*) | weight=0.5,noneg
(kon|kan|mocht|mag|konden|kunnen|mogen|mochten) ~2 (niet|nie) ~6 (uitverkoop*|sale|actieartikel*|afgeprijsd*|aanbieding|opruiming*|actie) | noneg
(niet|nie|geen) ~3 van ~1 (afwijken|afwijkt|afweek|afweken|afgeweken) | noneg
coulance* | weight=0.5,noneg
daar (doen|doet|deden) (ze|we|wij|zij|jullie) ~2 (niet|nie) aan | weight=0.5,noneg
(gold|geldt|gelden|golden) (alleen|enkel|uitsluitend|slechts) | noneg
# hiding behind / invoking the rules
(verschuilen|verschuilt|verschool|verscholen|verschuilden|beroepen|beroept|beriep|beriepen|beroepend|verwijzen|verwijst|verwees|verwezen) ~3 (achter|op|naar) ~3 (*regels|regeltjes|regel|protocol|protocollen|procedure|procedures|voorschriften|*beleid|bedrijfsbeleid|voorwaarden|reglement|contract|polis|lettertjes|clausule|wet|avg|gdpr|*systeem|computer|richtlijnen) | noneg
(houden|houdt|hield|hielden) zich ~3 aan ~2 (*regels|regeltjes|regel|protocol|protocollen|procedure|procedures|voorschriften|*beleid|bedrijfsbeleid|voorwaarden|reglement|contract|polis|lettertjes|clausule|wet|avg|gdpr|*systeem|computer|richtlijnen) | noneg
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
(*regels|regel|*beleid|voorwaarden|protocol|procedure|*systeem|reglement|wet|polis|contract|huisregels|richtlijnen) ~3 (niet|nie|geen) ~1 (toelaten|toelaat|toeliet|toelieten|toestaan|toestaat|toestond|toestonden|toe|toegestaan) | noneg
(omdat|want|aangezien|vanwege|wegens) ~1 (de|het|onze|hun|jullie|die) (*regels|regeltjes|*beleid|voorwaarden|protocol|procedure|procedures|reglement|huisregels|richtlijnen|polisvoorwaarden|leveringsvoorwaarden|voorschriften) | noneg
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
# --- added (round 5: systematic map of expressions) ---
# rules without an article: "vanwege interne regels", "in het contract staat"
(vanwege|wegens|volgens|conform|door) (interne|strikte|strenge|nieuwe|bepaalde|geldende|wettelijke|europese|onze|hun|die) ~1 (*regels|regelgeving|voorschriften|richtlijnen|procedures|protocollen|bepalingen|voorwaarden|eisen|veiligheidsregels|privacyregels|huisregels) | noneg
in (de|het|ons|onze|hun|uw|jullie) ~1 (voorwaarden|contract|reglement|huisregels|polis|overeenkomst|*beleid|kleine|algemene|polisvoorwaarden) ~2 (staat|stond|staan|stonden) | noneg
(contract|polis|reglement|overeenkomst|voorwaarden|*beleid|protocol|wet) (zegt|zei|zeggen|schrijft) | noneg
(annuleringsvoorwaarden|retourvoorwaarden|garantievoorwaarden|polisvoorwaarden|leveringsvoorwaarden|actievoorwaarden|verkoopvoorwaarden|gebruiksvoorwaarden|reisvoorwaarden|vervoersvoorwaarden|boekingsvoorwaarden|huurvoorwaarden|abonnementsvoorwaarden|contractvoorwaarden) | weight=0.5,noneg
(hielden|hield|houden|houdt|gehouden) (me|mij|ons|mijn|m'n) ~2 aan (de|het|mijn|m'n|hun|ons) ~1 (opzegtermijn|contract|termijn|voorwaarden|*regels|looptijd|minimale|contractduur|boete|opzegvergoeding) | noneg
(dus|helaas) (pech|jammer) | weight=0.5,noneg
(krijg|kreeg|krijgen|kregen) ~2 (niets|niks|geen) ~2 (terug|vergoed|geld|*vergoeding|restitutie|cent) | weight=0.5,noneg
# warranty: not recognised, too short, "forget it"
(erkennen|erkent|erkende|erkenden|honoreren|honoreert|honoreerde|honoreerden|accepteren|accepteert|accepteerde|accepteerden) ~3 (garantie*|claim|retour|voucher|tegoedbon|cadeaubon|verzekering|aanspraak) ~2 (niet|nie|ni) | noneg
(garantie*|claim|afspraak|voucher|tegoedbon) ~4 (nooit|niet|nie|ni) ~1 (honoreren|honoreert|erkennen|nakomen|gehonoreerd|erkend|nagekomen|accepteren|geaccepteerd) | noneg
(garantie*|termijn|retourtermijn|bedenktijd) ~3 (maar|slechts|enkel|alleen) ~3 (maand|maanden|jaar|dagen|weken|dag) | weight=0.5,noneg
(garantie*|retour*|ruilen|terugbetaling|*vergoeding|refund|korting|coulance) ~4 vergeet (het|dat|die|t) ~1 maar | noneg
zonder ~4 (kon|kan|konden|kunnen) (ik|u|je|we|wij) ~3 (vergeten|fluiten|schudden) | noneg
# deadlines passed, late by a day
(deadline|bezwaartermijn|meldtermijn|klachttermijn|reclamatietermijn|indieningstermijn|retourperiode|ruilperiode|garantieperiode|bedenkperiode|annuleringsperiode|aanvraagtermijn|inschrijftermijn|wijzigingstermijn|uiterste) ~3 (verstreken|verlopen|voorbij|afgelopen|over|overschreden) | noneg
te laat ~2 (gemeld|aangevraagd|ingediend|geretourneerd|teruggestuurd|aangemeld|geclaimd|opgezegd|ingeleverd|teruggebracht|geannuleerd) ~4 (geen|niet|nie|niets|niks|weigerde|weigerden|afgewezen) ~2 (*vergoeding|vergoed|terug|uitkering|uitgekeerd|geld|restitutie|garantie|mogelijk|geaccepteerd|behandeld|dekking|gedekt) | noneg
te laat (voor|met) ~2 (bedenktijd|termijn|retourtermijn|garantie|retour|deadline|aanvraag|claim|annulering|melding|ruil|opzegging) | noneg
(kun|kan|kunt|kon|mag|mocht|mogen) (je|u|men|ik|we) ~1 (niets|niks|geen|niet|nie) ~1 meer ~2 (wijzigen|annuleren|veranderen|aanpassen|omboeken|retourneren|ruilen|terugsturen|opzeggen|inleveren) | noneg
# no returns, no money back
(nemen|neemt|namen) ~2 (geen|niets|niks|nie|niet) ~3 terug | noneg
(geld|terugbetaling|restitutie|refund|ruilen|retour|*vergoeding) ~3 (niet|nie|nooit|ni) bij | noneg
(weigerde|weigerden|weigert|weigeren|geweigerd) ~5 (geld|bedrag|aankoopbedrag|kosten|borg|aanbetaling|waarborg|centen) ~3 (terug|uit|terugstorten|teruggeven|uitbetalen) | noneg
(wordt|worden|werd|werden) ~2 (niet|nie|nooit) ~1 (geruild|teruggenomen|terugbetaald|omgeruild|gerestitueerd|geretourneerd|gecrediteerd|terugbetaald) | noneg
(kan|kunnen|kon) ~4 (niet|nie|ni) ~1 (geruild|teruggenomen|terugbetaald|omgeruild|geretourneerd|gecrediteerd|teruggestuurd|geannuleerd) | noneg
(om|vanwege|wegens|uit) (hygienische|gezondheids|veiligheids|fiscale|boekhoudkundige|verzekeringstechnische|praktische|logistieke|beleidsmatige|organisatorische|contractuele|hygiene) (redenen|overwegingen|gronden|eisen) | noneg
(alleen|enkel|uitsluitend|slechts) ~3 (terug|terugstorten|teruggestort|terugbetaald) ~3 (op|naar|via) ~3 (oorspronkelijke|originele|dezelfde|zelfde|gebruikte) | noneg
(wilden|wouden|mochten) ~3 (geen|nie|niet) ~2 (refund|terugbetaling|restitutie|*vergoeding|compensatie|coulance|uitzondering|creditnota|tegemoetkoming) | noneg
(wilde|wou|mocht) (ze|hij|zij|men) ~2 (geen|niet|nie) ~2 (refund|terugbetaling|restitutie|*vergoeding|compensatie|coulance|uitzondering|creditnota|tegemoetkoming) | noneg
# the system, the till, "technically impossible"
(*systeem|computer|kassa|software|programma|scherm|terminal|pinautomaat|computersysteem|kassasysteem) ~3 (laat|liet|wil|wilde|accepteert|accepteerde|neemt|nam|pakt|pakte|slikt|slikte|geeft|gaf|biedt|bood) ~4 (niet|nie|ni|geen) | noneg
(*systeem|computer|kassa|software|programma|computersysteem) ~3 (kan|kon) ~3 (niet|nie|geen) ~1 aan | noneg
technisch (niet|nie) ~1 (mogelijk|haalbaar|toegestaan|lukt|kan) | noneg
(lukt|lukte|kan|kon) technisch (niet|nie|ni) | noneg
technisch onmogelijk | noneg
computer says no | noneg
# nothing to be done: Flemish "ni", "het is wat het is", "helaas geen mogelijkheid"
(kan|kunnen|kon|konden|mag|mogen|mocht|mochten) (ik|we|wij) ~2 (ni|nie|niet) ~1 (veranderen|wijzigen|aanpassen|beslissen|toestaan|goedkeuren) | noneg
(helaas|sorry|spijt) ~3 (geen|nie|niet) ~1 (mogelijkheid|optie|mogelijk|uitzondering|ruimte|speelruimte|coulance) | noneg,weight=0.5
(dat|dit|da) (mag|mocht|kan|kon) ik (niet|nie|ni) ~1 (doen|maken|geven|beslissen|veranderen|aanpassen|toestaan|goedkeuren|regelen) | noneg
# the boss / head office decided
(mag|mocht|mogen|mochten) ~3 (niet|nie|ni|geen) ~2 van (zijn|haar|hun|mn|m'n|z'n|d'r|de|mijn|onze|het) ~1 (baas|bazen|manager|chef|leidinggevende|directie|hoofdkantoor|management|bedrijfsleider|filiaalmanager|teamleider|supervisor|leiding|eigenaar|franchisenemer|centrale) | noneg
(beslissing|besluit|instructie|opdracht|order|orders|richtlijn|bevel) van (het|de|hun|onze|mijn|hogerhand|boven|bovenaf) ~1 (management|directie|hoofdkantoor|leiding|baas|manager|hogerhand|bovenaf|bedrijf|centrale|leidinggevende) | noneg
(leidinggevende|baas|manager|chef|directie|hoofdkantoor|management|bedrijfsleider|teamleider|supervisor|leiding) ~3 (staat|stond|laat|liet|keurt|keurde) ~3 (niet|nie|ni) ~1 (toe|goed) | noneg
(hoofdkantoor|directie|management|leiding|bovenaf|hogerhand|centrale|bedrijf|baas) ~3 (heeft|hebben|is|werd) ~2 (bepaald|besloten|beslist|voorgeschreven|verboden|ingevoerd|afgeschaft) | noneg
van (bovenaf|boven) ~3 (besloten|bepaald|beslist|opgelegd|verboden|voorgeschreven|gekomen) | noneg
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~3 (mag|mogen|mocht|mochten|kan|kon) (dat|het|dit|da) ~1 (niet|nie|ni) | noneg
# exceptions refused
(weigerde|weigerden|weigert|weigeren|geweigerd|afgewezen) ~4 (coulance*|uitzondering*|tegemoetkoming|compensatie|schikking|regeling|compromis) | noneg
(niet|nie|nooit|niemand|niks|niets|nergens) ~4 (uitzondering|uitzonderingen|uitzonderingetje) | noneg
(coulance|uitzondering|korting|*vergoeding|compensatie|refund|terugbetaling|ruilen|retour) ~2 (zit|zat|zitten) ~2 (niet|nie|ni) ~1 in | noneg
voor iedereen ~2 (doen|moeten|gelden|geldt) | noneg
# documents, account holder, ID
(niet|nie|geen|weigerde|weigerden) ~8 (omdat|want|aangezien) ~6 op ~1 naam | noneg
(geen|niet|nie) ~2 (rekeninghouder|accounthouder|contracthouder|contractant|abonnementhouder|hoofdhuurder|hoofdgebruiker|verzekeringnemer|polishouder|gemachtigd|gemachtigde|geautoriseerd|gerechtigd) | noneg
geen (bon|kassabon|bonnetje|aankoopbewijs|factuur|legitimatie|pinpas|afspraak|doos|verpakking|ticket|label|machtiging|*formulier) ~1 geen (ruil|retour|geld|terugbetaling|service|toegang|hulp|reparatie|garantie|pakket|medicijnen|korting) | noneg
(mocht|mochten|mag|mogen|kon|konden|wilden|wouden|weigerde|weigerden|werd|werden|niet|nie|geen) ~8 (omdat|want|aangezien|vanwege) ~5 (geen|niet|nie|ontbrekend|ontbrekende|zonder) ~2 (id|id-kaart|identiteitskaart|legitimatie|identiteitsbewijs|paspoort|rijbewijs|bon|kassabon|aankoopbewijs|afspraak|machtiging|volmacht|toestemming|doos|verpakking|factuur|ticket|reservering|pinpas|klantenkaart|ledenpas|garantiebewijs) | noneg
zonder ~3 (*formulier|*formulieren|document|documenten|papieren|papierwerk|bewijs|bewijsstuk|uittreksel|verklaring|attest|doktersbriefje|klantnummer|ordernummer|referentienummer|dossiernummer) ~6 (niet|geen|nie|niks|niets|nooit|niemand|weigerde|weigerden|weigert) | noneg
# quotas, payment means, combining, entry
(maximaal|maximum|max|maximale|hooguit|hoogstens|slechts|maar) ~3 per (klant|persoon|huishouden|bestelling|adres|kaart|gezin|account) | noneg
(accepteren|accepteert|accepteerden|accepteerde|nemen|neemt|namen) ~2 (geen|niet|nie) ~3 (contant|contanten|cash|pin|pinpas|creditcard|creditcards|biljetten|briefjes|munten|cheques|maaltijdcheques|cadeaubon|cadeaubonnen|bonnen|vouchers|tegoedbon|betaalkaart|amex) | noneg
(geen|niet|nie) ~2 (contant|cash|contanten|creditcard*|cheques) ~3 (aangenomen|geaccepteerd|aannemen|accepteren|mogelijk) | noneg
(korting*|actie*|code*|voucher*|bon|bonnen|aanbieding*|coupon*|cadeaubon*|tegoedbon*) ~4 (niet|nie) ~2 (gecombineerd|combineren|samen|stapelen|gestapeld|opgeteld|inwisselbaar|toegepast|toepassen) | noneg
(mag|mogen|mocht|mochten) (je|u|men) ~4 (niet|nie|ni|geen) ~1 (in|binnen|mee|meenemen|instappen|aan|annuleren|ruilen|retourneren|wijzigen|pinnen|parkeren|combineren|terugbrengen|inleveren|boeken|reserveren|afhalen) | noneg
(kunt|kun) (je|u) ~2 pas (na|vanaf|nadat|als) | noneg
(je|u) (kunt|kan|kun) ~2 pas (na|vanaf|nadat) | noneg
(kan|kon) (het|ons|hun) (*systeem|computer|kassa|computersysteem) ~3 (niet|nie|geen) ~3 aan | noneg
achter ~3 (*regels|regeltjes|protocol|procedure|procedures|*beleid|voorwaarden|reglement|wet|lettertjes) (verschuilen|verschuilt|verscholen|verschool|verstoppen|verstopt|verstopten)
(opzeggen|stopzetten|annuleren|beeindigen|ontbinden|retourneren|ruilen|wijzigen|overstappen|omzetten) ~3 (kan|mag|kon|mocht|kunt) ~1 pas ~1 (na|vanaf|over|nadat|als) | noneg
# passive refusals
geen ~1 (restitutie|terugbetaling|*vergoeding|compensatie|coulance|uitzondering|refund|tegemoetkoming) ~2 (verleend|gegeven|toegekend|uitgekeerd|gestort) | noneg
(niet-restitueerbaar|niet-restitueerbare|non-refundable|niet-terugbetaalbaar|niet-annuleerbaar|niet-inwisselbaar|niet-overdraagbaar|niet-restitueerbaar) | weight=0.5,noneg
(verzoek|aanvraag|claim|bezwaar|retour|verzoekje) ~8 (niet|nie) ~1 (ingewilligd|gehonoreerd|toegekend|goedgekeurd|geaccepteerd) | noneg
# rhetoric and sarcasm about the rules
(mag|mogen|mocht|kan|kun|kunt) (ik|je|u|we) ~5 (niet|nie|ni) ~1 (annuleren|ruilen|retourneren|terugsturen|wijzigen|opzeggen|omboeken|terugbrengen|inleveren|meenemen) | noneg
(niet|nie|ni) (onder|binnen) ~2 (garantie*|dekking|verzekering|voorwaarden|polis|regeling|retourbeleid) (valt|viel|vallen|vielen) | noneg
(zulke|belachelijke|absurde|idiote|stomme|rare|onzinnige|starre|achterlijke|debiele|krankzinnige|waanzinnige|onlogische|kromme|kafkaiaanse|rigide|strenge|onmenselijke|bizarre|kinderachtige|domme|onredelijke) (*regels|regeltjes|regel|voorschriften|voorwaarden|procedures|protocollen|*beleid|huisregels) | noneg
(verschuilen|verschuilt|verschool|verscholen|verschuilden) ~5 (*regels|regeltjes|protocol|procedure|*beleid|voorwaarden|reglement|*systeem|wet)
zo werkt (het|dat) bij (ons|jullie|hen|hun) | noneg
zo (doen|werken) (we|wij) ~2 (niet|nie|ni) | noneg
+ vanwege interne regels kon ik het niet inzien
+ in het contract staat dat ze dat mogen, pech gehad
+ de retourperiode was voorbij dus ze namen het niet terug
+ de computer laat me dat niet doen, zei ze
+ ze mocht het niet van haar baas
+ ze gingen niet akkoord met een uitzondering
+ geen bon, geen ruil
+ kortingscodes kunnen niet gecombineerd worden
+ mijn verzoek werd niet ingewilligd
+ sorry, zo werkt het bij ons niet
- kan ik mijn abonnement opzeggen via de app?
- ze maakten een uitzondering en namen het toch terug
- de kassa deed het niet, dus ik betaalde bij de andere kassa
# --- round 5, second pass (families seen in a fresh check sample) ---
(*regels|reglement|voorschriften|*beleid|huisregels|protocol) van (het|de|ons|onze|hun) (hotel|winkel|bedrijf|huis|zaak|maatschappij|luchtvaartmaatschappij|bank|gemeente|apotheek|ziekenhuis|praktijk|school|club|zwembad|sportschool|camping|park|restaurant|organisatie|keten|franchise|filiaal|vestiging)
(retour|terugsturen|ruilen|omruilen|retourneren|annuleren|terugbrengen|omzetten|omboeken|terugbetalen|opzeggen) ~2 (ging|gaat|lukte|lukt) ~1 (niet|nie|ni) | noneg
(alleen|enkel|uitsluitend|slechts) mogelijk (binnen|tot|na|met|bij|als|indien|voor|vanaf|mits) | noneg
(wettelijk|juridisch) (niet|nie|ni) ~1 (mag|mogen|mocht|toegestaan|mogelijk|kan|kon) | noneg
(standaardprocedure*|standaardprotocol*|bedrijfsvoorschrift*|veiligheidsvoorschrift*|hygienevoorschrift*|bedrijfsprotocol*|veiligheidsprotocol*|bedrijfsreglement|huisreglement|bedrijfsprocedure*|werkinstructie*)
zonder ~4 (recept|verwijzing|verwijsbrief|doktersverklaring|doktersattest|voorschrift) ~6 (niet|geen|nie|niks|niets|weigerde|weigerden|weigert|mocht|mag|kon|kan) | noneg
(dag|dagen|week|weken|maand|maanden) (over|buiten|na) de (garantie*|termijn|retourtermijn|bedenktijd|deadline|ruiltermijn) | noneg
(bagage|koffer|handbagage|hond|kinderwagen|fiets|tas|rolstoel|step|scooter|drinken|eten|huisdier) ~3 (mocht|mag|mogen|mochten) ~2 (niet|nie|ni) ~1 (mee|in|binnen|aan) | noneg
(weigerde|weigerden|weigert|weigeren|geweigerd) ~6 te (ruilen|vergoeden|annuleren|wijzigen|schelden|crediteren|nemen|keren|checken|geven|storten|boeken|verlengen|accepteren) | noneg
(terugbetalen|ruilen|retourneren|annuleren|omruilen|restitueren|vergoeden|terugnemen|reserveren|uitzonderingen) (doen|deden) (we|wij|ze|zij) ~1 (niet|nie|ni) | noneg
(niet|nie) (voor|op) (mij|mijn|ons|u|jou|m'n) ~1 (geldt|gold|gelden|golden|toepasselijk) | noneg
+ omruilen ging niet, want het was een actieproduct
+ restitutie is alleen mogelijk binnen 48 uur
+ het was een dag over de garantie dus ze wilden niets doen
+ terugbetalen doen we niet, zei de manager
- ruilen ging zonder problemen, top
# --- added (round 7: industry probes) ---
# not reimbursed or paid out because of a formality
(vergoedt|vergoeden|vergoedde|vergoedden|keert|keerde|keren|betaalt|betaalde|dekt|dekte) ~5 (niet|niks|niets|nie) ~6 (omdat|want|vanwege|aangezien|wegens) | noneg
(claim|declaratie|aanvraag|*vergoeding|uitkering|schadeclaim|bezwaar) ~4 (afgewezen|geweigerd|afgekeurd) ~4 (omdat|want|vanwege|wegens|aangezien) | noneg
+ de zorgverzekeraar vergoedt mijn fysio niet omdat de verwijzing niet klopt
+ de verzekeraar keert niets uit vanwege een kleine lettertje
+ mijn declaratie werd afgewezen omdat het formulier te laat was
- de verzekeraar vergoedt alles binnen een week
- de verzekeraar vergoedde de schade omdat het een ongeluk was
# --- r12b (four-voices round) ---
# return/discount/warranty "only with/if": "retour alleen met label eraan", "korting enkel met de app"
(retour*|ruilen|omruilen|terugsturen|terugbrengen|annuleren|annulering|terugbetaling|restitutie|korting|actie|garantie*|aanbieding|omruil*) ~2 (alleen|enkel|uitsluitend|slechts) ~1 (met|bij|binnen|na|als|indien|mits|tot|voor) | noneg
+ retour alleen met label eraan
+ de korting geldt enkel met de app
+ ruilen alleen binnen 14 dagen met bon, zei de verkoopster
- ik heb het met mijn eigen kassabon geruild, dat ging prima
- retour kan alleen online? nee hoor, dat kon ook in de winkel

# nl14b: "mag niet" with a reason or a quoted refusal
(mag|mocht|mochten) niet ~2 (zei|zeiden|zegt|want|omdat|volgens) | noneg
+ Webshopprijs in de winkel? Mag niet, zei ze.
+ Broek passen mocht niet want de pashokjes zijn dicht.
- Ik mocht alles passen, heel fijn.

# --- added (nl14a paraphrase round) ---
# "no say over that"; cooling-off period "does not apply"; system locks the order
daar (heb|had) ik ~2 geen (invloed|zeggenschap) ~1 (op|over) | noneg
(geldt|gold|telt|gelden) ~3 (bedenktijd|bedenktermijn|garantie|retourrecht|herroepingsrecht|retourtermijn|garantietermijn|zichttermijn) ~2 niet | noneg
(bedenktijd|bedenktermijn|garantie|retourrecht|herroepingsrecht|retourtermijn|garantietermijn|zichttermijn) ~3 (geldt|gold|telt|van) ~2 (niet|toepassing) | noneg
*systeem ~5 (zet|zette|zetten) ~6 slot
+ daar heb ik helaas geen invloed op, zo staat het ingesteld
+ de garantie geldt niet bij online aankopen volgens hen
+ het systeem zet de bestelling na betaling op slot
- ik heb geen invloed op het weer
- de garantie geldt gewoon, ze hebben het netjes gerepareerd
# --- nl15a: "does not meet the criteria" with the verb last
(niet|nie) ~3 (criteria|voorwaarden|eisen|vereisten|normen|richtlijnen) ~2 (voldoe|voldoet|voldoen|voldeed|voldeden|beantwoordt|beantwoordde) | noneg
+ ze zeggen dat mijn aanvraag niet aan de criteria voldoet
+ geweigerd omdat mijn dossier niet aan hun eisen voldeed
- mijn aanvraag voldoet aan alle voorwaarden en is goedgekeurd
# nl15b: reported "she said she could not help me" (nothing I can do)
(zei|zegt|zeiden|zeggen|antwoordde|antwoordden|meldde|meldden) ~4 dat ~3 (me|mij|u|ons|je) (niet|nie) (kon|kan|konden|kunnen|mocht|mag|mochten) (helpen|verderhelpen) | noneg
+ de mevrouw zei daarna dat ze me niet kon helpen met mijn opzegging
- ze kon me niet vertellen wanneer het pakket kwam
# --- nl16b ---
# no price matching
(niet|geen|nie) ~3 (matchen|evenaren|prijsmatch*|gelijktrekken) | noneg
(prijsmatch*|prijsgarantie) ~4 (niet|geen|nie) | noneg
# "lieten me niet passen omdat ..."
(lieten|liet|laten|laat) ~4 (niet|nie) ~3 (passen|proberen|ruilen|binnen|betalen|terugbrengen|retourneren|inleveren|meenemen|instappen|binnenkomen) ~6 (omdat|want|aangezien|volgens|*regels|*beleid) | noneg
+ De winkel zei dat ze online prijzen niet kunnen evenaren.
+ Ze lieten me de jas niet ruilen omdat de kassa al dicht was.
- Ze hebben de online prijs gewoon gematcht, top.
- Ze lieten me binnen hoewel het al laat was.
# told nobody can help with it
(zei|zegt|zeiden|zeggen|antwoordde|antwoordden|meldde|vertelde|schreef) ~4 dat niemand ~4 (kan|kon|mag|mocht) ~2 (helpen|verderhelpen) | noneg
+ de baliemedewerker zei dat niemand mij daarmee kon helpen
- hij zei dat niemand anders zo snel had kunnen helpen, klopt
- Helaas niet mogelijk om dat via de chat te regelen, schreef de bot, maar de medewerker hielp me verder.
- Gelukkig stond er geen retour op de bon, het artikel paste meteen.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# refused voucher with object first: 'mijn kortingsbonnen geweigerd'
(bon|bonnen|kortingsbon*|kortingscode*|tegoedbon*|cadeaubon*|waardebon*|voucher*|coupon*|kortingscoupon*|klantenkaart*|spaarkaart*|spaarpunten|garantiebewijs|cadeaukaart*|giftcard*) ~5 (geweigerd|weigerde|weigerden) | noneg
# an action only allowed on a condition: 'toevoegen kon alleen als ...', 'dat ik alleen binnen 14 dagen mocht ruilen'
(toevoegen|ruilen|retourneren|annuleren|terugsturen|opzeggen|wijzigen|omruilen|terugbrengen|upgraden|verlengen|inleveren|terugkrijgen) (kan|mag|kon|mocht|kunnen|konden|mogen|mochten) (alleen|uitsluitend|enkel|pas|slechts) (bij|met|na|als|indien|binnen|vanaf|mits|wanneer)
(alleen|enkel|uitsluitend|slechts) (binnen|met|na|bij|tot) ~5 (mocht|mag|mochten|mogen|kon|kan|konden|kunnen) ~1 (ruilen|retourneren|terugsturen|terugbrengen|annuleren|omruilen|inleveren|opzeggen|terugkrijgen)
# subordinate order: 'dat de computer het haar niet liet doen'
(*systeem|computer|kassa|software|programma|computersysteem|kassasysteem) ~4 (niet|nie|ni) (laat|liet|lieten|toelaat|toeliet|toestaat|toestond|accepteert|accepteerde) | noneg
+ mijn cadeaubonnen werden aan de kassa geweigerd
+ ze zei dat we alleen binnen 30 dagen met bon mochten retourneren
+ hij zei dat het systeem dat niet toelaat

# --- nl-s8: "dat hij er niks mee kon" (verb last)
(niets|niks) (mee|voor) (kon|kan|konden|kunnen|mocht|mag|mochten) | noneg
+ de medewerker zei dat hij er helemaal niks mee kon
- ik had er niks mee te maken, de winkel regelde het meteen
# s9: 'volgens' with a third party only: 'volgens mij mag dat niet' is the customer's own view
- volgens mij mag dat niet, maar de winkel heeft het toch gewoon omgeruild
