# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, another department, "the system").
# Attribution ("zei", "volgens", "antwoord") plus "you" / "your" keeps
# the customer's own admissions ("het was mijn eigen fout") out.
eigen schuld | weight=0.5
(uw|je|jouw) eigen (fout|verantwoordelijkheid|probleem) | weight=0.5
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~8 (eigen|mijn|uw|jouw|je|m'n) ~1 (schuld|fout|probleem|verantwoordelijkheid|pakkie-an)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~4 dat (ik|u|je) ~6 (zelf|verkeerd|verkeerde|fout|beschadigd|kapotgemaakt|kapot|vergeten|laat|schuld|nalatig|onzorgvuldig|onvoldoende|slordig)
volgens (hen|haar|hem|jullie|de|het|hun|die) ~3 (had|heb|zou|was|ben|heeft) (ik|u) ~6 (zelf|verkeerd|verkeerde|fout|beschadigd|kapotgemaakt|kapot|vergeten|laat|schuld|nalatig)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~4 (ik|u|je) ~3 (had|hadden|moest|moet|zou) ~4 (moeten|beter|zelf)
(het|dat) (mijn|uw|jouw|je) (probleem|pakkie-an|verantwoordelijkheid|schuld|fout) (is|was)
(alsof|als) (dat|het) (mijn|m'n) (probleem|schuld|fout) (is|was)
(probleem|schuld|fout|verantwoordelijkheid) ~4 niet van (ons|hen|hun|haar|hem) | noneg
('eigen|'mijn|'uw|'je) ~1 (schuld|fout)
# "it's down to you / the courier / the system"
bij (mij|mijn|m'n|u|uw|de|het|hun|hen|haar|hem|jou|jouw|je) ~2 (lag|ligt|liggen|zat|zit) ~3 (volgens|zeggen|zei|zegt|zeiden)
(volgens|zeggen|zei|zegt|zeiden|beweert|beweren) ~6 bij (mij|mijn|m'n|u|uw|de|het|hun|hen|haar|hem) ~2 (lag|ligt|liggen|zat|zit)
(ligt|lag|zit|zat|liggen) ~3 bij (mij|mijn|m'n|u|uw|de|het)
aan (mij|mijn|m'n|u|uw|jou|jouw|je) ~3 (lag|ligt|liggen|zat|zit)
(lag|ligt|zat|zit|liggen) ~3 aan (mij|mijn|m'n|u|uw|jou|jouw|je)
aan (de|het|uw|je|jouw|mijn|hun) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~2 (ligt|lag|zit|zat|liggen)
(ligt|lag|zit|zat|komt|kwam|liggen) ~3 (aan|door|bij) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
(ligt|lag|zit|zat|komt|kwam) ~3 (aan|door) (postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|kpn|ziggo|'postnl)
(gebruikersfout*|bedieningsfout*|gebruiksfout*|gebruikersfouten|klantfout*)
verkeerd ~2 (gebruik|gebruikt|aangesloten|ingesteld|behandeld|bediend|geinstalleerd|opgeladen|gewassen|vastgemaakt) | weight=0.5
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~8 door (mijn|m'n|uw|je|jouw|eigen) ~3 (komt|komen|kwam|kwamen|ontstaan|veroorzaakt|gekomen|zou|gebeurd|kapot|beschadigd)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~3 dat (de|het|hun|onze) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~4 (achterstand|vertraging|vertragingen|fouten|storing|problemen|capaciteitsproblemen|drukte|personeelstekort|staking|verkeerd|vergeten|schuld|tekort|verantwoordelijk)
(apart|aparte|extern|externe|zelfstandig|zelfstandige) (firma|bedrijf|afdeling|organisatie|entiteit|partij|onderneming|franchise*|vestiging|dochterbedrijf) | weight=0.5
(franchisenemer*|franchisebedrijf|franchisevestiging) | weight=0.5
daar (kunnen|kan) (wij|we|ik) ~2 (niet|nie|niks|niets) ~1 (aan|bij|in|over) | noneg,weight=0.5
volgens (hen|haar|hem|jullie|de|het) ~10 (omdat|doordat|want|door) (ik|mijn|m'n|u|uw|'mijn)
# shifting, passing the buck
(schuiven|schoven|schuift|schoof) ~4 af
(afgeschoven|afschuiven|afgewenteld|afwentelen|afschuift|afschoof|afschoven)
(steken|steekt|stak|staken|gestoken) ~3 op (de|het|hun|mijn|een|hen|elkaar|ons|mij|m'n|uw)
in de schoenen ~2 (geschoven|schuiven|schoof|schoven|schuift|gegooid)
de schuld ~6 (gegeven|geven|gaf|gaven|geeft|geschoven|schuiven|schoof|schoven|gelegd|leggen|legde|legden|gekregen|krijgt|kreeg|toegeschoven)
(gaven|gaf|geven|geeft|schoven|schoof|legden|legde|leggen|schuiven) ~4 de schuld
(wijzen|wezen|wijst|wees|wijzend) ~3 naar ~2 (elkaar|ander*|de|het)
(verschuilen|verschuilt|verschool|verscholen|verstoppen|verstopt) ~3 achter ~2 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
(zwartepiet|zwartepieten)
zwarte piet
(bal|balletje) ~3 (terug|doorgespeeld|doorgekaatst|teruggekaatst|teruggespeeld|kaatsen|kaatste)
(niet|nooit|nie) ~3 (onze|hun|haar|zijn|z'n) (schuld|fout|verantwoordelijkheid|probleem|pakkie-an) | noneg
(onze|hun|haar|zijn|z'n) (schuld|fout|verantwoordelijkheid|probleem|pakkie-an) ~2 niet | noneg
geen ~2 (verantwoordelijkheid|schuld) | noneg
niet ~3 (verantwoordelijk|aansprakelijk) | noneg
(ligt|lag) ~2 (niet|nie) ~2 aan (ons|hen|haar|hem) | noneg
(niet|nie) aan (ons|hen|hun) ~2 (ligt|liggen|lagen) | noneg
daar ~3 (gaan|ga|gaat) ~3 niet over | noneg
(wij|we|zij|ze|hij) ~3 (geen|nul) ~1 (invloed|zeggenschap|controle) | noneg
(geen|nul) ~1 (invloed|zeggenschap|controle) ~3 (wij|we|zij|ze|hij) | noneg
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~9 (schuld|fout|probleem|verantwoordelijkheid) van (de|het|uw|mijn|'de|'het|een)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~8 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~5 (schuld|fout|verantwoordelijk|aansprakelijk|aankloppen|klagen|melden)
(moet|moest|moeten|kunt|kan) ~3 (bij|naar) de (fabrikant*|leverancier*|producent*|bezorger*|koerier*|vervoerder*|importeur*)
(moet|moest|moeten|kunt|kan|dient) ~3 met (de|het|uw|je) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~3 (opnemen|regelen|uitzoeken|bespreken|oplossen|afhandelen)
(systeemfout*|computerfout*|softwarefout*|systeemstoring*|storing) | weight=0.5
(fabrieksfout*|productiefout*|fabricagefout*|fabrieksgarantie) | weight=0.5
bij ~3 (moet|moest|kunt|moeten) ~1 (aankloppen|terecht|zijn|wezen|klagen) | weight=0.5
aankloppen ~2 bij ~2 (fabrikant*|leverancier*|producent*|importeur*|samsung|apple|philips|bosch|sony|lg|hp|bank|vervoerder*|bezorger*)
(door|aan|vanwege) ('het|het|de|een|'de|'een) (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek|server|update) | weight=0.5
(kwam|komt|kwamen|komen|ligt|lag|zou|was|ontstaan|veroorzaakt) ~3 (door|aan|vanwege) ('het|het|de|een|'de|'een) (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek|server|update)
de (schuld|fout) van (het|de|een|die|dat|'het|'de) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
de (schuld|fout) van (het|de|een|'het|'de) (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek|server|update)
buiten (onze|jullie|hun|zijn|haar|mijn) (macht|schuld|invloed|verantwoordelijkheid|controle)
(zijn|haar|hun|z'n) (probleem|pakkie-an|verantwoordelijkheid|schuld) | weight=0.5
de ~1 (zijn|z'n|haar|hun) (probleem|schuld|fout|verantwoordelijkheid|pakkie-an)
(ik|u|je) ~5 (vast|zeker|natuurlijk|blijkbaar|kennelijk|waarschijnlijk) ~4 (kapotgemaakt|kapot|laten|verkeerd|beschadigd|veroorzaakt|gesloopt|gebroken|fout|vergeten|veranderd|aangezeten|gedaan)
volgens (de|het) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~10 (ontstaan|schuld|fout|gedaan|veroorzaakt|kapot|beschadigd|niet|nooit|geweest|verantwoordelijk)
(antwoord|reactie|uitleg|excuus|smoes|smoesje) (is|was) (dat|:) (de|het) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
(smoes|smoesje|smoesjes|excuus|excuusje|uitvlucht|uitvluchten|smoezen) ~6 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) | weight=0.5
(smoes|smoesje|smoesjes|uitvlucht|uitvluchten|smoezen) ~6 (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek|server|update)
(antwoord|reactie|uitleg|smoes|smoesje) (is|was) (dat|:) (de|het) (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek|server|update)
(systeem|computer) ~3 (schuld|fout|lag|ligt)
had ~3 beter ~3 (moeten|opletten|lezen)
had (u|je) ~4 moeten
(zou|had) (ik|u) ~5 (verkeerd*|fout*)
(ik|u) zou ~5 (verkeerd*|fout*)
(ik|u|je) zou ~2 zelf
(afgewezen|geweigerd|afgewimpeld|vergoed|gedekt|uitgekeerd) ~3 (omdat|want|aangezien) ~6 (niet|'niet|verkeerd|'verkeerd|zelf|te|'te|onvoldoende|nalatig|eigen) | noneg
volgens ~12 (omdat|doordat|want) (ik|u|je|mijn|m'n|uw)
(aan|bij) (de|het|uw|je|jouw|mijn|hun) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~4 (ligt|lag|zit|zat|liggen)
(antwoord|reactie|uitleg) ~3 dat (de|het|mijn|uw) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) | weight=0.5
daar (moet|moest|moeten|kunt|kan) ~2 (zijn|wezen|aankloppen|terecht|heen|klagen) | weight=0.5
(houdt|hield|houden|hielden) ~2 vol | weight=0.5
(ik|u|je) zelf ~4 (heb|had|hebt|heeft|hebben|zou) | weight=0.5
(verweet|verweten|verwijt|verwijten|verweten) (me|mij|ons|u|mijn)
(ligt|lag|zit|zat) ~3 aan (uw|jouw|je|mijn) (kant|zijde)
(doorgeefluik|tussenpersoon|tussenpartij|bemiddelaar|tussenschakel)
(schuift|schuiven|schoof|schoven|geschoven) ~4 op (de|het|hun|mijn|een|de) ~1 (bezorger*|koerier*|fabrikant*|leverancier*|klant|systeem|vervoerder*|postnl|dhl|bank|winkel|afdeling)
# --- paraphrase families added (holdout4 round) ---
(schuld|fout|probleem|oorzaak|verantwoordelijkheid) ~2 bij ~2 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
(door|vanwege|wegens) ~2 (verkeerd|onjuist|ondeskundig|onoordeelkundig|onzorgvuldig|foutief|oneigenlijk) ~1 (gebruik|gebruikt|behandeling|onderhoud|installatie|bediening)
volgens ~8 (schuldige|boosdoener|veroorzaker)
alsof (ik|we|wij) ~3 zelf
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|stelde|stelden|vond|vonden|meende|schreef|schreven) ~4 dat (ik|u|je|we|wij) ~5 (niet|nie) ~1 (goed|juist|correct|tijdig|zorgvuldig|genoeg|voldoende) ~3 (gelezen|ingevuld|gedaan|verpakt|aangesloten|gecontroleerd|opgestuurd|gemeld|betaald|opgelet|gelet|bewaard|beveiligd) | noneg
# accusation verbs with the customer as subject of the claim
(beweerde|beweerden|beweert|beweren|insinueerde|insinueerden|suggereerde|suggereerden|claimt|claimde|claimen|stellen|stelde|stelden|beschuldig*|verweet|verweten) ~4 dat (ik|u|je|jij|we|wij|ge|gij)
(houden|houdt|hield|hielden) ~3 vol ~2 dat (ik|u|je|we|wij|mijn|m'n|uw)
(beschuldig*) ~3 (ervan|mij|me|ons)
volgens ~3 (had|heb|hebben|zou|zouden) (ik|u|je|we|wij) ~6 (nooit|niet|verkeerd*|fout*|zelf|te|onvoldoende|vergeten)
(ik|u|we|wij) (had|heb|zou|hebben|hadden) volgens ~2 (hen|haar|hem|jullie|hun|de|het|die) ~6 (verkeerd*|fout*|zelf|nooit|niet|te|vergeten)
volgens ~6 door (mij|mezelf|mijzelf|u|uzelf|jou|jezelf|ons|onszelf) ~3 (veroorzaakt|ontstaan|gekomen|kapot*|beschadigd|gedaan)
dat (ik|u|je|wij|we) ~2 zelf ~2 (verantwoordelijk|aansprakelijk|schuldig)
(u|je|jij|ge) (bent|is|zijt|was) zelf ~2 (verantwoordelijk|aansprakelijk|schuldig)
# getting the blame, scapegoat
(kreeg|kregen|krijg|krijgen|krijgt|gekregen) ~2 (verwijt|verwijten|schuld|zwartepiet)
(schuldige|zondebok) ~3 (aangewezen|aanwijzen|gemaakt|genoemd)
(zondebok|zondebokken)
(afgeschoven|afschuiven|geschoven|gelegd|gegooid) ~2 op (de|het) ~1 (klant|klanten|consument)
(legde|legden|leggen|legt|gelegd) (de|het) (fout|oorzaak|probleem|verantwoordelijkheid) ~2 bij
(de|het) (fout|oorzaak|probleem|verantwoordelijkheid) ~3 bij (mij|mijn|m'n|ons|onze|u|uw) ~2 (gelegd|leggen|legde|legden)
(schuift|schuiven|schoof|schoven|geschoven) (het|alles|dat|dit|'t) ~2 op (de|het|hun|mijn|een|m'n|elkaar|mij|ons|een)
(gooien|gooit|gooide|gooiden|gegooid) (het|alles|dat|dit|'t) ~2 op (de|het|hun|een|elkaar|mij|ons) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando|systeem|systemen|computer|klant|techniek)
(schuiven|schuift|schoof|schoven|doorgeschoven) ~4 door naar (de|het|een|hun) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
bij (de|het) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando) (moet|moest|moeten|zijn|wezen|terecht|aankloppen)
(beweerde|beweerden|beweert|beweren|insinueerde|suggereerde|volhouden|volhield|volhielden|volhoudt) ~10 (doordat|omdat|want|dat) (ik|u|je|jij|ge)
(zou|zouden) ~2 (mijn|m'n|onze) ~1 (schuld|fout)
(ligt|lag|lagen|liggen|zit|zat|kwam|komt) (het|dat|dit|'t) volgens (hen|haar|hem|jullie|hun|de|het|die)
aan (uwe|mijnen|mijne|ulle|uwen) ~2 (lag|ligt|liggen|zat|zit)
(lag|ligt|zat|zit|liggen) ~3 aan (uwe|mijnen|mijne|ulle|uwen)
# no one takes responsibility, "nothing to do with us"
(weigeren|weigert|weigerden|weigerde|ontlopen|ontloopt|ontliepen|ontduiken|ontdoken|afschuiven|schuiven|schoven) ~4 (verantwoordelijkheid|verantwoording) | noneg
(wij|we|zij|ze|hij) ~4 (niets|niks|geen|nie) ~2 mee te maken | noneg
(niets|niks) mee te maken ~3 (hebben|hadden|heeft|had) | noneg
# pushing it onto a named other party
(schuld|fout|verantwoordelijkheid|probleem|pakkie-an|taak) van ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
(schuld|fout) van (iemand|een) ~1 (anders|ander|ander*)
(verwijst|verwijzen|verwees|verwezen|stuurt|sturen|stuurde|stuurden) ~4 naar (de|het|hun|een) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando) ~4 (en|terwijl|die|dat|maar)
(wijzen|wijst|wezen|wees|verwijzen|verwijst|verwees|verwezen) ~3 naar (de|het|hun|een) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
(zegt|zeggen|zei|zeiden|vindt|vinden|vond|vonden) dat (de|het|hun|een) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando) ~5 (moet|moeten|moest|moesten|verantwoordelijk|aansprakelijk|betalen|oplossen)
bij ~4 aankloppen
bij ~4 aan te kloppen
(maar|dan) (beter|eerder|zelf|eerst) moeten (opletten|lezen|controleren|nakijken|checken|kijken|bewaren|weten|melden|bellen|letten)
maar moeten (opletten|lezen|controleren|nakijken|checken|bewaren|weten) | weight=0.5
(beweert|beweerde|beweren|beweerden|volgens|claimt|claimde|stelt|stelde) ~6 (niemand|niet) ~1 (thuis|opendeed|opendoet|aanwezig|open) | noneg
+ volgens de medewerker was het mijn eigen schuld
+ ze zeiden dat het aan mijn router ligt
+ ze schuiven de schuld af op de bezorger
+ het ligt niet aan ons, zei ze, u moet bij de fabrikant zijn
+ de klantenservice en de winkel wijzen naar elkaar
+ de dubbele afschrijving lag volgens hem aan 'de computer'
+ ze steken het op de koerier
+ volgens de monteur komt het door mijn eigen slordigheid
- ik geef jullie de schuld van deze ellende
- het was inderdaad mijn fout, excuses daarvoor
- de bezorger heeft het netjes afgeleverd
- het kwam door mijn eigen fout, ik had het verkeerde adres ingevuld
+ ze beweren dat ik het pakket nooit heb teruggestuurd
+ niemand wil de verantwoordelijkheid nemen, ze wijzen naar de vervoerder
+ daar hebben wij niks mee te maken, zei de verkoper
+ het is de fout van de koerier volgens de webshop
- ik heb de schuld afgelost
- ze namen meteen de verantwoordelijkheid en stuurden een nieuwe
+ volgens de fabrikant komt de schade door verkeerd gebruik
# --- added (long-narrative round) ---
# the fault placed at the customer's end: "de storing zat bij mij thuis"
(storing|probleem|fout|oorzaak|defect|mankement|euvel|lek|storingen|problemen) ~4 (bij|aan|'bij) (mij|mijn|m'n|u|uw|ons|jou|jouw|je|onze) ~1 (thuis|kant|apparatuur|modem|router|installatie|aansluiting|bedrading|toestel|telefoon|instellingen|computer|laptop|oplader|wifi|netwerk|meterkast|leidingen|'thuis') | noneg
# "dat is niet mijn probleem", "niet ons pakkie-an"
(niet|nie|geen) (mijn|ons|onze|zijn|haar|m'n|hun) (probleem|pakkie-an|pakkie|afdeling|verantwoordelijkheid|zaak|taak|'probleem) | noneg
# a supplier's circumstances: "door omstandigheden bij de transporteur"
(omstandigheden|vertraging|vertragingen|problemen|fouten|drukte|staking|tekort|tekorten|storing) ~2 (bij|van) (de|het|onze|hun|een) (transporteur|vervoerder|koerier|bezorgdienst|leverancier|fabrikant|producent|magazijn|pakketdienst|importeur|fabriek|distributiecentrum|netbeheerder|onderaannemer|aannemer|bank|postbode)
# the customer supposedly at fault: "dat ik waarschijnlijk de bel niet had gehoord"
(zei|zeiden|zegt|zeggen|antwoordde|antwoordden|antwoordt|beweerde|beweerden|beweert|suggereerde|dacht|denkt|vond|vindt) ~2 dat (ik|we|wij|u|mijn|m'n) ~2 (waarschijnlijk|vast|zeker|blijkbaar|zelf|kennelijk|wellicht) ~5 (niet|nie|verkeerd|verkeerde|vergeten|fout|foute|zelf) | noneg
+ kreeg ik te horen dat de storing bij mij thuis zat
+ de ober zei: dat is niet mijn probleem, de keuken is traag
+ het komt door omstandigheden bij de transporteur
+ de medewerker antwoordde dat ik waarschijnlijk de bel niet had gehoord
- de storing zat in de wijkcentrale en de monteur heeft het opgelost
- de monteur vond de fout in de centrale en loste het op
# --- added (mixed-genre round) ---
# damage or fault said to predate them or to be someone else's: "was al ontstaan bij de vorige huurder"
(beweerde|beweerden|beweert|beweren|claimt|claimde|claimden|stelt|stelde|stelden|hield|hielden|houdt|volgens|zeiden|zeggen|meenden|meende) ~8 (al|reeds) ~6 (ontstaan|veroorzaakt|gebeurd|kapot|beschadigd|aanwezig|defect|gebroken|gescheurd)
door (de|het|een) (vorige|eerdere|andere|oude) (huurder|eigenaar|bewoner|bewoners|klant|gebruiker|monteur|installateur|aannemer|bezorger|koerier|bank|leverancier|provider)
# the system did it: "het systeem doet dat automatisch"
(systeem|computer|software|programma|systemen|computers) ~2 (doet|deed|rekent|rekende|berekent|berekende|maakt|maakte|geeft|gaf|zet|zette|blokkeert|blokkeerde) ~3 (automatisch|vanzelf|zo|zelf)
# held / named as the guilty party
(hielden|houden|houdt|hield|zagen|zien|ziet|zag|aangewezen|aanwijzen|wees|wezen|maakten|maken|maakt|maakte|behandeld|behandelen) ~3 (schuldige|boosdoener|zondebok|veroorzaker|dader)
(stelden|stelde|stellen|stelt|gesteld|hielden|hield|houden|houdt|gehouden) (me|mij|ons|mijn|m'n|haar|hem) ~3 (verantwoordelijk|aansprakelijk)
(ik|we|wij|mijn|m'n) ~3 (aansprakelijk|verantwoordelijk) (gesteld|gehouden)
# "dat heeft u zelf veroorzaakt" (inverted: quoted staff speech)
(heeft|hebt|had) (u|je|jij|ge) ~3 zelf ~3 (veroorzaakt|kapotgemaakt|beschadigd|gesloopt|verprutst|gedaan|verkeerd|fout|vergeten|gebroken)
# the customer's equipment said to be at fault
(zei|zeiden|zegt|zeggen|volgens|beweerde|beweerden|beweren|beweert|stelt|stelde|stelden|meende|meenden|vond|vonden|antwoord|conclusie) ~6 (mijn|m'n|uw|jouw|je|ons|onze) ~1 (router|modem|telefoon|gsm|laptop|computer|pc|apparatuur|toestel|installatie|bedrading|wifi|netwerk|instellingen|browser|tv|decoder|kabel|kabels|meter|ketel|cv-ketel|aansluiting|leidingen|stopcontact|oplader|simkaart|auto|fiets|meterkast|antenne|schotel) ~4 (niet|nie|kapot|defect|oud|verouderd|fout|schuld|probleem|oorzaak|deugt|deugde|deugen|boosdoener|schuldige|verkeerd|stuk) | noneg
door (uw|jouw|je|uwe) eigen ~2 (instellingen|apparatuur|router|modem|wifi|netwerk|toestel|installatie|fout|schuld|gedrag|handelen|nalatigheid|slordigheid|onoplettendheid|toedoen|gebruik|bedrading)
(eigen|uw|jouw) toedoen
# misuse and wear as the explanation
(onjuist|ondeskundig|onoordeelkundig|oneigenlijk|onzorgvuldig|foutief|onvoorzichtig|ruw|verkeerd|onjuiste|ondeskundige|foutieve|verkeerde) ~1 (gebruik|behandeling|bediening|onderhoud|installatie|montage)
(gevolg|resultaat) van ~2 (onjuist|verkeerd|ondeskundig|onoordeelkundig|oneigenlijk|onzorgvuldig|foutief|onvoorzichtig|ruw|eigen|uw|mijn|m'n|slijtage|misbruik)
(volgens|zei|zeiden|zegt|zeggen|beweerde|beweren|beweert|noemde|noemden|stelde|stelt|stelden|oordeel|conclusie|afgedaan|afgedaan) ~6 (slijtage|gebruiksschade|valschade|misbruik|gebruikssporen|krasschade|stootschade)
# accusations about the customer's files, forms, readings
(beweerde|beweerden|beweert|beweren|claimt|claimde|claimen|stelt|stelde|stelden|zeiden|zeggen|vond|vonden|meende|meenden|verweet|verweten|hield|hielden|houdt|houden) ~3 dat (mijn|m'n|ons|onze|uw|jouw|je) ~4 (niet|nie|verkeerd*|fout*|onjuist*|onvolledig|ongeldig|onleesbaar|kapot|beschadigd|te|zelf) | noneg
(stelt|stelde|stelden|beweert|beweerde|beweren|beweerden|zeiden|zeggen|vond|vonden|meende|meenden|verweet|verweten|antwoordde|antwoordden) ~4 dat (ik|we|wij|u|je) ~5 (niet|nie) ~1 (goed|juist|correct|tijdig|zorgvuldig|genoeg|voldoende|netjes|volledig) | noneg
(zei|zeiden|zegt|zeggen|vond|vonden|beweerde|stelde|antwoordde|reageerde|verweet) ~2 dat (ik|we|wij|u|je) ~3 (beter|eerder|zelf|eerst|gewoon) ~3 moeten
# "de fout is van het hoofdkantoor", "een zaak tussen mij en de fabrikant"
(fout|schuld|verantwoordelijkheid|probleem) (is|was|ligt|lag|zou) ~1 van (de|het|hun|een|die) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|bezorgdienst*|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|keuken|collega*|systeem|computer|partner*|onderaannemer*|backoffice|centrale)
(zaak|kwestie|probleem|geschil|aangelegenheid) tussen (mij|u|jou|ons|jullie) en (de|het|uw|je|jouw)
# left with the customer: "ze legden het bij mij neer"
(legden|legde|leggen|legt|gelegd) (het|alles|dat|dit|'t) ~1 bij (mij|ons|u) ~1 neer
(verantwoordelijkheid|schuld|zwartepiet|bal) ~3 bij (mij|ons|mijn|m'n|u) ~2 neer
+ volgens de helpdesk is het mijn router die niet deugt
+ de schade is het gevolg van onjuist gebruik, schreven ze
+ dat komt door uw eigen instellingen, meneer
+ de drukkerij beweert dat ons bestand niet goed was
+ de verzekeraar stelt dat ik het slot niet goed had dichtgedaan
+ ze stelden me verantwoordelijk voor de schade
+ het systeem doet dat automatisch, zei de medewerker
- ik heb zelf de verkeerde maat besteld, de winkel heeft het netjes geruild
- het systeem werkt weer en de medewerker was behulpzaam
# washing hands of it; a relative or the weather blamed; "dat ik het kwijt ben geraakt"
(wast|wassen|waste|wasten) ~2 (handen|handjes) ~1 in onschuld
(zou|zouden) aan (de|het) (kou|hitte|weer|vorst|regen|warmte|vocht|storm|wind|drukte|feestdagen|tijd|seizoen) (liggen|gelegen|ligt)
(volgens|beweerde|beweerden|beweert|beweren|houden|hield|hielden|houdt|stelt|stelde|stelden) ~8 (mijn|m'n) (dochter|zoon|vrouw|man|partner|moeder|vader|kind|kinderen|buren|buurman|buurvrouw|huisgenoot|werknemer|collega) ~4 (zelf|verkeerd|fout|kapot|vergeten|geannuleerd|opgezegd|besteld|veranderd)
(houden|hield|hielden|houdt|volhouden) vol ~8 dat (ik|we|wij) ~4 (kwijt|verloren|zelf|verkeerd|vergeten|nooit|niet) | noneg
+ de webshop wast zijn handen in onschuld
+ volgens de medewerker had mijn dochter de bestelling zelf geannuleerd
+ het zou aan de kou liggen, zeiden ze
- ik waste mijn handen en ging naar de winkel
