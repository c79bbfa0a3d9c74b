# Help refused "because of policy / rules / terms / the system"; a return,
# warranty or refund policy not honoured; "there is nothing I can do".
(beleid*|'beleid*|bedrijfsbeleid|retourbeleid|retourenbeleid|ruilbeleid|terugbetalingsbeleid|annuleringsbeleid|garantiebeleid|restitutiebeleid|coulancebeleid|klantbeleid|kortingsbeleid|veiligheidsbeleid|winkelbeleid|servicebeleid|acceptatiebeleid|compensatiebeleid|vergoedingsbeleid|identificatiebeleid|prijsbeleid) | weight=0.5,noneg
(volgens|vanwege|tegen|conform|wegens|'volgens|ons|onze|hun) ~2 (beleid*|'beleid*|bedrijfsbeleid|retourbeleid|retourenbeleid|ruilbeleid|terugbetalingsbeleid|annuleringsbeleid|garantiebeleid|restitutiebeleid|coulancebeleid|klantbeleid|kortingsbeleid|veiligheidsbeleid|winkelbeleid|servicebeleid|acceptatiebeleid|compensatiebeleid|vergoedingsbeleid|identificatiebeleid|prijsbeleid) | noneg
(is|was|zijn) (het|ons|hun|nu|gewoon) ~2 (beleid*|'beleid*|bedrijfsbeleid|retourbeleid|retourenbeleid|ruilbeleid|terugbetalingsbeleid|annuleringsbeleid|garantiebeleid|restitutiebeleid|coulancebeleid|klantbeleid|kortingsbeleid|veiligheidsbeleid|winkelbeleid|servicebeleid|acceptatiebeleid|compensatiebeleid|vergoedingsbeleid|identificatiebeleid|prijsbeleid) | noneg
(volgens|tegen|conform|vanwege|'volgens) (de|onze|hun|jullie|uw|een|het) ~1 (regels|regel|clausule|bepaling|artikel|voorwaarden|procedure|procedures|richtlijnen|protocol|protocollen|huisregels|bedrijfsregels|reglement) | noneg
regels zijn regels | noneg
zo zijn de regels | noneg
(de|het) (regels|regel|protocol) (zijn|is) ~2 eenmaal | noneg
volgens protocol | noneg
regels ~3 niet toe | noneg
(huisregel*|bedrijfsregel*|clausule*) | noneg
kleine lettertjes | weight=0.5,noneg
(systeem|computer|'systeem) ~8 (toe|toestaat|toestond|toelaat|toeliet|accepteert|blokkeert|weigert|vergrendelt|vergrendeld|geblokkeerd|nee) | noneg
(in|volgens) het systeem ~5 (niet|geen|onmogelijk) | noneg
computer zegt nee | noneg
(kan|kon|kunnen|konden) ~3 (niets|niks) ~2 (voor|aan|mee|meer|doen) | noneg
(niets|niks) aan ~1 (doen|veranderen) | noneg
(niets|niks) ~3 (kon|kan|konden|kunnen|mocht|mag|mogen) ~1 (doen|betekenen|beginnen) | noneg
('dat|dat|dit|zo) (is|zijn) ~2 (de|onze|het) (regel|regels|procedure|werkwijze|voorschrift|protocol|beleid) | noneg
(nemen|namen|neemt|wilden|wilde|willen|wil|wou|mogen|mocht|mochten|mag|kan|kon|konden|kunnen|accepteren|accepteerden|accepteert) ~6 (niet|geen) ~3 (aan|aannemen|terugnemen|terug|ruilen|omruilen|retour|accepteren|vergoeden|terugbetalen|repareren|wijzigen|aanpassen|annuleren|passen|matchen|openen|geven|overschrijven|overdragen|blokkeren|inleveren|terugbrengen|helpen|uitbetalen|verlengen|veranderen|omzetten|verplaatsen|ophalen) ~10 (omdat|want|vanwege|zonder|tenzij|aangezien|volgens) | noneg
zonder ~6 (wilden|wilde|willen|wil|kon|konden|kan|mag|mocht|mochten|nemen|namen|neemt) ~5 niet ~3 (terugnemen|aannemen|aan|ruilen|omruilen|retour|accepteren|helpen|vergoeden|repareren|terug) | noneg
(zei|zeiden|zegt|zeggen) ~2 dat (ze|zij|we|wij|hij|men) ~5 (niet|geen) ~5 (mogen|mag|mocht|mochten|toegestaan) | noneg
(we|wij|ze|zij) (mogen|mag|mochten|mocht) ~2 (geen|niet) | noneg
(voldoe*|'voldoe*) ~3 niet ~3 (criteria|voorwaarden|eisen|regels|normen|richtlijnen) | noneg
(om|vanwege|wegens|uit) (veiligheidsredenen|privacyredenen|privacy-redenen|veiligheidsoverwegingen|privacyoverwegingen|privacy|veiligheid|compliance|beleidsredenen|'veiligheidsredenen|'privacyredenen|'om) | noneg
(om|vanwege|wegens|uit) (juridische|interne|administratieve) redenen | noneg
(garantie*|bedenktermijn|bedenktijd|retourrecht|voorwaarde*|regeling|korting|actie|voucher|coulance|herroepingsrecht|verzekering|dekking) ~4 (geldt|gold|gelden|golden|toepassing) ~2 niet | noneg
(garantie*|bedenktermijn|bedenktijd|retourrecht|voorwaarde*|regeling|korting|actie|voucher|coulance|herroepingsrecht|verzekering|dekking) ~3 niet ~1 (geldt|gold|gelden|golden|toepassing) | noneg
(valt|viel|vallen|vielen) ~3 niet onder | noneg
(valt|viel|vallen) ~3 (niet|buiten) ~2 (garantie*|voorwaarden|dekking|regeling|coulance) | noneg
buiten ~2 (garantie*|voorwaarden|dekking) | noneg
(boven|vanaf|onder) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~6 (moet|moeten|mag|mogen|kan|kunnen|niet|alleen|verplicht) | weight=0.5,noneg
(moest|moet|moesten|moeten|eisten|eiste|vereist|verplicht|nodig|zonder) ~4 (kassabon|bon|aankoopbewijs|verpakking|doos|pinbon|pinpas|legitimatie|identiteitsbewijs) | weight=0.5,noneg
(maximum|maximaal|max) ~3 (volgens|beleid|regels) | noneg
(handen|handjes) ~2 gebonden | noneg
mag ik ~1 niet ~2 (doen|beslissen|geven|aanpassen|vergoeden|terugbetalen|ruilen) | noneg
niet toegestaan | noneg
('dat|dat|dit|het) (is|was) ~1 niet ~1 (ons|het|hun) (beleid*|regel|regels|protocol|procedure|werkwijze) | noneg
(is|was) ~2 (ons|hun|het) (beleid|bedrijfsbeleid) | noneg
(mag|mogen|mocht|mochten) ~2 alleen | noneg
(kan|kunnen|kon) alleen ~2 met ~1 (kassabon|bon|aankoopbewijs|pas|legitimatie|afspraak|verpakking|factuur) | noneg
(dat|dit|'dat) (doen|mogen|kunnen|verkopen|accepteren|ruilen|nemen) (we|wij) ~2 niet | noneg
(niet|geen) ~2 (onder|via) ~1 (garantie|verzekering|dekking|coulance) | noneg
(garantie*|claim|retour*|ruil|omruilen|terugbetaling|restitutie|annulering|vergoeding|coulance) ~5 (geweigerd|afgewezen|afgewimpeld|weigerden|weigert|weigeren|weigerde) | noneg
(garantie*|claim|retour*|ruil|omruilen|terugbetaling|restitutie|annulering|vergoeding|coulance) ~5 niet ~1 (mogelijk|toegestaan|gehonoreerd|geaccepteerd) | noneg
(weigerde|weigerden|weigert|weigeren|geweigerd) ~6 (garantie|retour|terugnemen|ruilen|omruilen|terugbetalen|terugbetaling|restitutie|vergoeden|repareren|annuleren|refund|nemen|betalen) | noneg
(retour|terugsturen|ruilen|omruilen|retourneren|annuleren|terugbrengen) ~3 (kan|mag|kon|mocht|is|was) ~2 niet | noneg
(kan|mag|kon|mocht) ~2 niet ~3 (retour|terugsturen|ruilen|omruilen|retourneren|terugbrengen|annuleren|teruggenomen|terugnemen) | noneg
geen ~1 (uitzondering|uitzonderingen|coulance|retour|retouren) | noneg
(termijn|retourtermijn|bedenktijd|garantietermijn|garantieperiode|ruiltermijn|bedenktermijn|garantie) ~3 (verstreken|verlopen|voorbij) | noneg
(niet|geen) ~1 (bevoegd|bevoegdheid|mandaat) | noneg
(zei|zeiden|zegt|zeggen) ~4 (beleid|regels|regel|protocol|procedure|'beleid|'regels|'protocol) | noneg
(antwoord|reactie) (was|is) ~2 (beleid|regels|regel|protocol|procedure) | noneg
+ ze zei dat het ons beleid is en dat ze niets kon doen
+ retourneren mag niet meer na 14 dagen volgens de regels
+ daar kan ik niks aan doen, zei de medewerker
+ het systeem laat het niet toe, aldus de klantenservice
+ mijn garantieclaim werd afgewezen
- ik heb jullie privacybeleid gelezen, prima
- het retour verliep soepel
- ik mag niet klagen, alles prima geregeld
