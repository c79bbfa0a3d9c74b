# A promised callback, refund, fix, delivery or discount that never came;
# false promises.
# A regex so that "zoals beloofd" (praise: it came as promised) is left out.
/(?<!zoals )(?<!zo )\b(beloofd|beloofde|beloofden|belooft|beloven|belofte|beloftes|toegezegd|toezegging|toezeggingen|zegde toe|zegden toe|garandeerde|garandeerden|gegarandeerd)\b/ | noneg,anchor=(beloofd|beloofde|beloofden|belooft|beloven|belofte|beloftes|toegezegd|toezegging|toezeggingen|toe|garandeerde|garandeerden|gegarandeerd)
(verzekerde|verzekerden|verzekerd) (me|mij|ons|mijn)
(teruggebeld|gebeld|gemaild|teruggestort|terugbetaald|opgelost|geleverd|bezorgd|vergoed|gecompenseerd|gerepareerd|opgehaald|gecrediteerd|overgemaakt|verzonden|opgestuurd|aangepast|hersteld|geregeld|gecorrigeerd|teruggedraaid|vervangen|aangesloten|geinstalleerd|langsgekomen|verwerkt) (zou|zouden) (worden|zijn|komen)
(zou|zouden) ~5 (binnen|voor|uiterlijk|op|vandaag|morgen|week|dezelfde) ~5 (geleverd|bezorgd|gerepareerd|opgelost|gestort|teruggestort|overgemaakt|klaar|langskomen|komen|teruggebeld|gebeld|terugbellen|verwerkt|vervangen|terugkrijgen|krijgen|ontvangen|horen|terug|hebben|oplossen|regelen|repareren|leveren|bezorgen|sturen|storten|terugbetalen)
(zou|zouden|zal|zullen) ~6 (vast|gelijk|veranderen|omhoog|stijgen|gratis|kosteloos|inbegrepen)
(zwart|schriftelijk|mail|mondeling) ~3 (beloofd|toegezegd|bevestigd|gegarandeerd|afgesproken) | noneg
(loze|valse|mooie|gebroken) ~2 belofte*
(zou|zouden|zal|zullen|ging|gingen) ~6 (terugbellen|teruggebeld|terugkoppelen|terugkomen|contact|bellen|mailen|opgelost|oplossen|geregeld|regelen|gestort|teruggestort|terugstorten|overgemaakt|overmaken|vergoed|vergoeden|terugbetaald|terugbetalen|gecrediteerd|crediteren|langskomen|opgestuurd|opsturen|verstuurd|versturen|nagestuurd|geleverd|bezorgd|gerepareerd|vervangen|aangepast|uitzoeken|uitgezocht|teruggebracht|komen|leveren|bezorgen|sturen|repareren) ~10 (nooit|niemand|niet|niets|niks|geen|steeds|altijd|helaas|tevergeefs|wacht|wachten) | noneg
(zou|zouden) ~3 (teruggebeld|gebeld|gemaild|terugbellen|contact)
(terug) (bellen|gebeld) ~6 (nooit|niet|niemand|niets|niks) | noneg
(niet|nooit|niemand) ~3 (teruggebeld|teruggemaild|terugbelde|terugbelden|teruggekoppeld|terugbellen) | noneg
(belde|belden|bellen|belt|bel|mailden|mailde|kwam|kwamen|komen|komt) ~3 (niet|nooit) ~2 terug | noneg
niemand ~2 (belde|belt|heeft|kwam|kwamen|neemt) ~3 (terug|teruggebeld|contact) | noneg
(terugbelverzoek*|terugbelafspraak*|terugbelbelofte*|terugbelnotitie*)
(wacht|wachten|wachtte|gewacht) ~5 (terugbelletje|telefoontje|teruggebeld|terugbellen|belletje)
(steeds|altijd|nog|nooit|niet) ~4 (teruggestort|terugbetaald|overgemaakt|gecrediteerd|vergoed|uitbetaald|teruggekregen) | noneg
(terugbetaling|restitutie|vergoeding|compensatie|creditering|tegoedbon|voucher|korting|cadeaubon|waardebon) ~6 (nooit|niet|uitgebleven|uit|nergens|steeds|altijd) | noneg
(niet|nooit) ~3 (nagekomen|nakomen|waargemaakt|ingelost) | noneg
(kwam|kwamen|komen|komt) ~4 (afspraak|afspraken|belofte|beloftes|toezegging|woord) ~2 (niet|nooit) ~1 na | noneg
(houden|hielden|houdt|hield) ~3 (niet|nooit) ~2 aan ~3 (afspraak|afspraken|belofte|beloftes|woord|toezegging) | noneg
(zou|zouden) ~3 (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vandaag|gisteren|week) ~3 (komen|geleverd|bezorgd|binnen|klaar|langskomen|gestort|terugbellen|bellen|teruggebeld|gebeld|opgelost|gerepareerd)
(zou|zouden) (tussen|om|voor) ~5 (komen|langskomen|bezorgen|leveren|bellen)
(dat|dit) is ~3 (dagen|weken|maanden|dag|week|maand) (geleden|later) | weight=0.5
+ ze beloofden me terug te bellen, maar niemand belde
+ ik zou binnen 24 uur teruggebeld worden, nooit gebeurd
+ mijn terugbetaling is nog steeds niet binnen
+ de toegezegde korting is nergens te bekennen
+ ze belden niet terug
- zoals beloofd werd ik de volgende dag teruggebeld, top
- de terugbetaling stond binnen twee dagen op mijn rekening
