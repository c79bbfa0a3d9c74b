# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, another department, "the system").
# Attribution ("zei", "volgens", "antwoord") plus "you" / "your" keeps
# the customer's own admissions ("het was mijn eigen fout") out.
eigen schuld | weight=0.5
(uw|je|jouw) eigen (fout|verantwoordelijkheid|probleem) | weight=0.5
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~8 (eigen|mijn|uw|jouw|je|m'n|mn) ~1 (schuld|fout|probleem|verantwoordelijkheid|pakkie-an)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~4 dat (ik|u|je) ~6 (zelf|verkeerd|verkeerde|fout|beschadigd|kapotgemaakt|kapot|vergeten|laat|schuld|nalatig|onzorgvuldig|onvoldoende|slordig)
volgens (hen|haar|hem|jullie|de|het|hun|die) ~3 (had|heb|zou|was|ben|heeft) (ik|u) ~6 (zelf|verkeerd|verkeerde|fout|beschadigd|kapotgemaakt|kapot|vergeten|laat|schuld|nalatig|gegooid|gemorst|overheen|gevallen|vallen|gestoten|omgegooid|misbruikt|overbelast|geforceerd|opengemaakt|nat)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~4 (ik|u|je) ~3 (had|hadden|moest|moet|zou) ~4 (moeten|beter|zelf)
(het|dat) (mijn|uw|jouw|je) (probleem|pakkie-an|verantwoordelijkheid|schuld|fout) (is|was)
(alsof|als) (dat|het) (mijn|m'n|mn) (probleem|schuld|fout) (is|was)
(probleem|schuld|fout|verantwoordelijkheid) ~4 niet van (ons|hen|hun|haar|hem) | noneg
# "it's down to you / the courier / the system"
bij (mij|mijn|m'n|mn|u|uw|de|het|hun|hen|haar|hem|jou|jouw|je) ~2 (lag|ligt|liggen|zat|zit) ~3 (volgens|zeggen|zei|zegt|zeiden)
(zeggen|zei|zegt|zeiden|beweert|beweren) ~6 bij (mij|mijn|m'n|mn|u|uw) ~2 (lag|ligt|liggen|zat|zit)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~5 bij (mij|mijn|m'n|mn|u|uw) ~2 (lag|ligt|liggen|zat|zit)
(ligt|lag|liggen) ~3 bij (u|uw)
(ligt|lag|liggen) ~3 bij (mij|mijn|m'n|mn) | weight=0.5
aan (u|uw|jou|jouw|je) ~3 (lag|ligt|liggen|zat|zit)
(lag|ligt|zat|zit|liggen) ~3 aan (u|uw|jou|jouw|je)
# s10b: first person alone is often the customer's own admission ("het lag aan mij"): needs a speaker too
aan (mij|mijn|m'n|mn) ~3 (lag|ligt|liggen|zat|zit) | weight=0.5
(lag|ligt|zat|zit|liggen) ~3 aan (mij|mijn|m'n|mn) | weight=0.5
aan (de|het|uw|je|jouw|mijn|hun) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~2 (ligt|lag|zit|zat|liggen)
(ligt|lag|zit|zat|komt|kwam|liggen) ~3 (aan|door|bij) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
(ligt|lag|zit|zat|komt|kwam) ~3 (aan|door) (postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|kpn|ziggo)
(gebruikersfout*|bedieningsfout*|gebruiksfout*|gebruikersfouten|klantfout*)
verkeerd ~2 (gebruik*|aangesloten|aansluit*|ingesteld|instel*|behandel*|bedien*|geinstall*|install*|opgela*|oplad*|gewassen|vastgemaakt|gemonteerd|monter*) | weight=0.5
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~8 door (mijn|m'n|mn|uw|je|jouw|eigen) ~3 (komt|komen|kwam|kwamen|ontstaan|veroorzaakt|gekomen|zou|gebeurd|kapot|beschadigd)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~3 dat (de|het|hun|onze) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~4 (achterstand|vertraging|vertragingen|fouten|storing|problemen|capaciteitsproblemen|drukte|personeelstekort|staking|verkeerd|vergeten|schuld|tekort|verantwoordelijk|achterloopt|achterliep|achterliepen|achterlopen|achterligt|achterlag|staakt|staakte|staakten)
(apart|aparte|extern|externe|zelfstandig|zelfstandige) (firma|bedrijf|*afdeling|organisatie|entiteit|partij|onderneming|franchise*|vestiging|dochterbedrijf) | weight=0.5
(franchisenemer*|franchisebedrijf|franchisevestiging) | weight=0.5
daar (kunnen|kan) (wij|we|ik) ~2 (niet|nie|niks|niets) ~1 (aan|bij|in|over) | noneg,weight=0.5
volgens (hen|haar|hem|jullie|de|het) ~10 (omdat|doordat|want|door) (ik|mijn|m'n|mn|u|uw)
# shifting, passing the buck
(schuiven|schoven|schuift|schoof) ~4 af
(afgeschoven|afschuiven|afgewenteld|afwentelen|afschuift|afschoof|afschoven)
(steken|steekt|stak|staken|gestoken) ~3 op (de|het|hun|mijn|een|hen|elkaar|ons|mij|m'n|mn|uw)
in de schoenen ~2 (geschoven|schuiven|schoof|schoven|schuift|gegooid)
de schuld ~6 (gegeven|geven|gaf|gaven|geeft|geschoven|schuiven|schoof|schoven|gelegd|leggen|legde|legden|gekregen|krijgt|kreeg|toegeschoven)
(gaven|gaf|geven|geeft|schoven|schoof|legden|legde|leggen|schuiven) ~4 de schuld
(wijzen|wezen|wijst|wees|wijzend) ~3 naar ~2 (elkaar|ander*)
(wijzen|wezen|wijst|wees|wijzend) ~3 naar (de|het|een|hun|mijn|m'n|uw) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|dhl|dpd|gls|ups|fabrikant*|leverancier*|producent*|importeur*|provider*|netbeheerder*|aannemer*|onderaannemer*|installateur*|monteur*|transport*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|webwinkel*|winkel|verkoper*|restaurant|*afdeling|collega*|*systeem|computer|douane|luchthaven|maatschappij|luchtvaartmaatschappij|reisbureau|hotel|garage|dealer|huisarts|apotheek|verhuurder|corporatie|woningcorporatie|werkgever|externe|derde*|vorige|andere)
(verschuilen|verschuilt|verschool|verscholen|verschuilde|verschuilden|verstoppen|verstopt) ~3 achter ~2 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
(zwartepiet|zwartepieten)
zwarte piet
(bal|balletje) ~3 (terug|doorgespeeld|doorgekaatst|teruggekaatst|teruggespeeld|kaatsen|kaatste)
(niet|nooit|nie) ~3 (onze|hun|haar|zijn|z'n) (schuld|fout|verantwoordelijkheid|probleem|pakkie-an) | noneg
(onze|hun|haar|zijn|z'n) (schuld|fout|verantwoordelijkheid|probleem|pakkie-an) ~2 niet | noneg
geen ~2 (verantwoordelijkheid|schuld) | noneg
(niet|geen|nie|nergens) ~4 (verantwoordelijk|aansprakelijk) | noneg
(ligt|lag) ~2 (niet|nie) ~2 aan (ons|hen|haar|hem) | noneg
(niet|nie) aan (ons|hen|hun) ~2 (ligt|liggen|lagen) | noneg
daar ~3 (gaan|ga|gaat) ~3 niet over | noneg
(wij|we|zij|ze|hij) ~3 (geen|nul) ~1 (invloed|zeggenschap|controle) | noneg
(geen|nul) ~1 (invloed|zeggenschap|controle) ~3 (wij|we|zij|ze|hij) | noneg
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~9 (schuld|fout|probleem|verantwoordelijkheid) van (de|het|uw|mijn|een)
(zei|zeiden|zegt|zeggen|riep|riepen|noemde|noemden|schreeuwde|vertelde|vertelden|vertelt|meldde|melden|meldt|schreef|schreven|schrijft|beweerde|beweerden|beweert|beweren|vond|vonden|vindt|vinden|suggereerde|insinueerde|impliceerde|stelde|stelden|stelt|meende|meenden|hield|hielden|houdt|volgens|verweet|verweten|horen|antwoord|reactie|mail|uitleg|conclusie|oordeel) ~8 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~5 (schuld|fout|verantwoordelijk|aansprakelijk|aankloppen|klagen|melden)
(moet|moest|moeten|kunt|kan) ~3 (bij|naar) de (fabrikant*|leverancier*|producent*|bezorger*|bezorgdienst*|koerier*|vervoerder*|importeur*)
(moet|moest|moeten|kunt|kan|dient) ~3 met (de|het|uw|je) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~3 (opnemen|regelen|uitzoeken|bespreken|oplossen|afhandelen|uitvechten|uitmaken|bekijken|nagaan|klaren|opnemen|aankaarten|opnieuw)
(systeemfout*|computerfout*|softwarefout*|systeemstoring*|storing) | weight=0.5
(fabrieksfout*|productiefout*|fabricagefout*|fabrieksgarantie) | weight=0.5
bij ~3 (moet|moest|kunt|moeten) ~1 (aankloppen|terecht|zijn|wezen|klagen) | weight=0.5
aankloppen ~2 bij ~2 (fabrikant*|leverancier*|producent*|importeur*|samsung|apple|philips|bosch|sony|lg|hp|bank|vervoerder*|bezorger*)
(door|aan|vanwege) (het|de|een) (*systeem|computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|server|update) | weight=0.5
(kwam|komt|kwamen|komen|ligt|lag|zou|was|ontstaan|veroorzaakt) ~3 (door|aan|vanwege) (het|de|een) (*systeem|computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|server|update)
de (schuld|fout) van (het|de|een|die|dat) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
de (schuld|fout) van (het|de|een) (*systeem|computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|server|update)
buiten (onze|jullie|hun|zijn|haar|mijn) (macht|schuld|invloed|verantwoordelijkheid|controle)
(zijn|haar|hun|z'n) (probleem|pakkie-an|verantwoordelijkheid|schuld) | weight=0.5
de ~1 (zijn|z'n|haar|hun) (probleem|schuld|fout|verantwoordelijkheid|pakkie-an)
(ik|u|je) ~5 (vast|zeker|natuurlijk|blijkbaar|kennelijk|waarschijnlijk) ~4 (kapotgemaakt|kapot|laten|verkeerd|beschadigd|veroorzaakt|gesloopt|gebroken|fout|vergeten|veranderd|aangezeten|gedaan|gegooid|gemorst|overheen|gevallen|vallen|gestoten|omgegooid|misbruikt|overbelast|geforceerd|opengemaakt)
volgens (de|het) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~10 (ontstaan|schuld|fout|gedaan|veroorzaakt|kapot|beschadigd|niet|nooit|geweest|verantwoordelijk) | weight=0.5
(antwoord|reactie|uitleg|excuus|smoes|smoesje) (is|was) dat (de|het) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
(smoes|smoesje|smoesjes|excuus|excuusje|uitvlucht|uitvluchten|smoezen) ~6 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) | weight=0.5
(smoes|smoesje|smoesjes|uitvlucht|uitvluchten|smoezen) ~6 (*systeem|computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|server|update)
(antwoord|reactie|uitleg|smoes|smoesje) (is|was) dat (de|het) (*systeem|computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|server|update)
# round 5: "lag/ligt" dropped (fired on outages: "het systeem lag eruit")
(*systeem|computer) ~3 (schuld|fout)
(*systeem|computer) (lag|ligt) ~3 (schuld|fout|oorzaak|aan)
# round 5: narrowed to "you" (the bare form fired on admissions: "ik had beter moeten lezen")
(u|je|jij|ge|gij) (had|hadt|hebt|heeft) ~3 beter ~3 (moeten|opletten|lezen)
(had|hadt) (u|je|jij|ge|gij) ~3 beter ~3 (moeten|opletten|lezen)
had (u|je) ~4 moeten
(zou|had) (ik|u) ~5 (verkeerd*|fout*)
(ik|u) zou ~5 (verkeerd*|fout*)
(ik|u|je) zou ~2 zelf
(afgewezen|geweigerd|afgewimpeld|vergoed|gedekt|uitgekeerd) ~3 (omdat|want|aangezien) ~6 (niet|verkeerd|zelf|te|onvoldoende|nalatig|eigen) | noneg
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~11 (omdat|doordat|want) (ik|u|je|mijn|m'n|mn|uw)
(aan|bij) (de|het|uw|je|jouw|mijn|hun) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~4 (ligt|lag|zit|zat|liggen) | said
(antwoord|reactie|uitleg) ~3 dat (de|het|mijn|uw) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) | weight=0.5
daar (moet|moest|moeten|kunt|kan) ~2 (zijn|wezen|aankloppen|terecht|heen|klagen) | weight=0.5
(houdt|hield|houden|hielden) ~2 vol | weight=0.5
(ik|u|je) zelf ~4 (heb|had|hebt|heeft|hebben|zou) | weight=0.5
(verweet|verweten|verwijt|verwijten|verweten) (me|mij|ons|u|mijn)
(ligt|lag|zit|zat) ~3 aan (uw|jouw|je|mijn) (kant|zijde)
(doorgeefluik|tussenpersoon|tussenpartij|bemiddelaar|tussenschakel)
(schuift|schuiven|schoof|schoven|geschoven) ~4 op (de|het|hun|mijn|een|de) ~1 (bezorger*|bezorgdienst*|koerier*|fabrikant*|leverancier*|klant|*systeem|vervoerder*|postnl|dhl|bank|winkel|*afdeling)
# --- paraphrase families added (holdout4 round) ---
(schuld|fout*|probleem|oorzaak|verantwoordelijkheid|vergissing*|misser*|blunder*) ~2 bij ~2 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|hoofdvestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
(door|vanwege|wegens) ~2 (verkeerd|onjuist|ondeskundig|onoordeelkundig|onzorgvuldig|foutief|oneigenlijk) ~1 (gebruik|gebruikt|behandeling|onderhoud|installatie|bediening)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~7 (schuldige|boosdoener|veroorzaker)
alsof (ik|we|wij) ~3 zelf
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|stelde|stelden|vond|vonden|meende|schreef|schreven) ~4 dat (ik|u|je|we|wij) ~5 (niet|nie) ~1 (goed|juist|correct|tijdig|zorgvuldig|genoeg|voldoende) ~3 (gelezen|ingevuld|gedaan|verpakt|aangesloten|gecontroleerd|opgestuurd|gemeld|betaald|opgelet|gelet|bewaard|beveiligd) | noneg
# accusation verbs with the customer as subject of the claim
(beweerde|beweerden|beweert|beweren|insinueerde|insinueerden|suggereerde|suggereerden|claimt|claimde|claimen|stellen|stelde|stelden|beschuldig*|verweet|verweten) ~4 dat (ik|u|je|jij|we|wij|ge|gij)
(houden|houdt|hield|hielden) ~3 vol ~2 dat (ik|u|je|we|wij|mijn|m'n|mn|uw)
(beschuldig*) ~3 (ervan|mij|me|ons)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~2 (had|heb|hebben|zou|zouden) (ik|u|je|we|wij) ~6 (nooit|niet|verkeerd*|fout*|zelf|te|onvoldoende|vergeten)
(ik|u|we|wij) (had|heb|zou|hebben|hadden) volgens ~2 (hen|haar|hem|jullie|hun|de|het|die) ~6 (verkeerd*|fout*|zelf|nooit|niet|te|vergeten)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~5 door (mij|mezelf|mijzelf|u|uzelf|jou|jezelf|ons|onszelf) ~3 (veroorzaakt|ontstaan|gekomen|kapot*|beschadigd|gedaan)
dat (ik|u|je|wij|we) ~2 zelf ~2 (verantwoordelijk|aansprakelijk|schuldig)
(u|je|jij|ge) (bent|is|zijt|was) zelf ~2 (verantwoordelijk|aansprakelijk|schuldig)
# getting the blame, scapegoat
(kreeg|kregen|krijg|krijgen|krijgt|gekregen) ~2 (verwijt|verwijten|schuld|zwartepiet)
(schuldige|zondebok) ~3 (aangewezen|aanwijzen|gemaakt|genoemd)
(zondebok|zondebokken)
(afgeschoven|afschuiven|geschoven|gelegd|gegooid) ~2 op (de|het) ~1 (klant|klanten|consument)
(legde|legden|leggen|legt|gelegd) (de|het) (fout|oorzaak|probleem|verantwoordelijkheid|schuld|aansprakelijkheid) ~5 bij
(de|het) (fout|oorzaak|probleem|verantwoordelijkheid) ~3 bij (mij|mijn|m'n|mn|ons|onze|u|uw) ~2 (gelegd|leggen|legde|legden)
(schuift|schuiven|schoof|schoven|geschoven) (het|alles|dat|dit|'t) ~2 op (de|het|hun|mijn|een|m'n|mn|elkaar|mij|ons|een)
(gooien|gooit|gooide|gooiden|gegooid) (het|alles|dat|dit|'t) ~2 op (de|het|hun|een|elkaar|mij|ons) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando|*systeem|systemen|computer|klant|techniek)
(schuiven|schuift|schoof|schoven|doorgeschoven) ~4 door naar (de|het|een|hun) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
bij (de|het) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando) (moet|moest|moeten|zijn|wezen|terecht|aankloppen)
(beweerde|beweerden|beweert|beweren|insinueerde|suggereerde|volhouden|volhield|volhielden|volhoudt) ~10 (doordat|omdat|want|dat) (ik|u|je|jij|ge)
(zou|zouden) ~2 (mijn|m'n|mn|onze) ~1 (schuld|fout)
(ligt|lag|lagen|liggen|zit|zat|kwam|komt) (het|dat|dit|'t) volgens (hen|haar|hem|jullie|hun|de|het|die)
aan (uwe|mijnen|mijne|ulle|uwen) ~2 (lag|ligt|liggen|zat|zit)
(lag|ligt|zat|zit|liggen) ~3 aan (uwe|mijnen|mijne|ulle|uwen)
# no one takes responsibility, "nothing to do with us"
(weigeren|weigert|weigerden|weigerde|ontlopen|ontloopt|ontliepen|ontduiken|ontdoken|afschuiven|schuiven|schoven) ~4 (verantwoordelijkheid|verantwoording) | noneg
(wij|we|zij|ze|hij) ~4 (niets|niks|geen|nie) ~2 (mee|over) te (maken|zeggen) | noneg
(niets|niks) mee te maken ~3 (hebben|hadden|heeft|had) | noneg
# pushing it onto a named other party
(schuld|fout|verantwoordelijkheid|probleem|pakkie-an|taak) van ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando) | said
(schuld|fout) van (iemand|een) ~1 (anders|ander|ander*)
(verwijst|verwijzen|verwees|verwezen|stuurt|sturen|stuurde|stuurden) ~4 naar (de|het|hun|een) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando) ~4 (en|terwijl|die|dat|maar)
(wijzen|wijst|wezen|wees|verwijzen|verwijst|verwees|verwezen) ~3 naar (de|het|hun|een) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando)
(zegt|zeggen|zei|zeiden|vindt|vinden|vond|vonden) dat (de|het|hun|een) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|dhl|dpd|gls|ups|kpn|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|stagiair*|uitzendkracht*|bezorgdienst*|koeriersdienst*|postbedrijf|samsung|apple|philips|bosch|sony|lg|hp|thuisbezorgd|bol|amazon|zalando) ~5 (moet|moeten|moest|moesten|verantwoordelijk|aansprakelijk|betalen|oplossen)
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
(storing|probleem|fout|oorzaak|defect|mankement|euvel|lek|storingen|problemen) ~4 (bij|aan) (mij|mijn|m'n|mn|u|uw|ons|jou|jouw|je|onze) ~1 (thuis|kant|apparatuur|modem|router|installatie|aansluiting|bedrading|toestel|telefoon|instellingen|computer|laptop|oplader|wifi|netwerk|meterkast|leidingen) | noneg
# "dat is niet mijn probleem", "niet ons pakkie-an"
(niet|nie|geen) (mijn|ons|onze|zijn|haar|m'n|mn|hun) (probleem|pakkie-an|pakkie|*afdeling|verantwoordelijkheid|zaak|taak) | noneg
# a supplier's circumstances: "door omstandigheden bij de transporteur"
(omstandigheden|vertraging|vertragingen|problemen|fouten|drukte|staking|tekort|tekorten|storing) ~2 (bij|van) (de|het|onze|hun|een) (transporteur|vervoerder|koerier|bezorgdienst|leverancier|fabrikant|producent|magazijn|pakketdienst|importeur|fabriek|distributiecentrum|netbeheerder|onderaannemer|aannemer|bank|postbode)
# the customer supposedly at fault: "dat ik waarschijnlijk de bel niet had gehoord"
(zei|zeiden|zegt|zeggen|antwoordde|antwoordden|antwoordt|beweerde|beweerden|beweert|suggereerde|dacht|denkt|vond|vindt) ~2 dat (ik|we|wij|u|mijn|m'n|mn) ~2 (waarschijnlijk|vast|zeker|blijkbaar|zelf|kennelijk|wellicht) ~5 (niet|nie|verkeerd|verkeerde|vergeten|fout|foute|zelf) | noneg
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
(*systeem|computer|software|programma|systemen|computers) ~2 (doet|deed|rekent|rekende|berekent|berekende|maakt|maakte|geeft|gaf|zet|zette|blokkeert|blokkeerde) ~3 (automatisch|vanzelf|zo|zelf)
# held / named as the guilty party
(hielden|houden|houdt|hield|zagen|zien|ziet|zag|aangewezen|aanwijzen|wees|wezen|maakten|maken|maakt|maakte|behandeld|behandelen) ~3 (schuldige|boosdoener|zondebok|veroorzaker|dader)
(stelden|stelde|stellen|stelt|gesteld|hielden|hield|houden|houdt|gehouden) (me|mij|ons|mijn|m'n|mn|haar|hem) ~3 (verantwoordelijk|aansprakelijk)
(ik|we|wij|mijn|m'n|mn) ~3 (aansprakelijk|verantwoordelijk) (gesteld|gehouden)
# "dat heeft u zelf veroorzaakt" (inverted: quoted staff speech)
(heeft|hebt|had) (u|je|jij|ge) ~3 zelf ~3 (veroorzaakt|kapotgemaakt|beschadigd|gesloopt|verprutst|gedaan|verkeerd|fout|vergeten|gebroken)
# the customer's equipment said to be at fault
(zei|zeiden|zegt|zeggen|volgens|beweerde|beweerden|beweren|beweert|stelt|stelde|stelden|meende|meenden|vond|vonden|antwoord|conclusie) ~6 (mijn|m'n|mn|uw|jouw|je|ons|onze) ~1 (router|modem|telefoon|gsm|laptop|computer|pc|apparatuur|toestel|installatie|bedrading|wifi|netwerk|instellingen|browser|tv|decoder|kabel|kabels|meter|ketel|cv-ketel|aansluiting|leidingen|stopcontact|oplader|simkaart|auto|fiets|meterkast|antenne|schotel) ~4 (niet|nie|kapot|defect|oud|verouderd|fout|schuld|probleem|oorzaak|deugt|deugde|deugen|boosdoener|schuldige|verkeerd|stuk) | noneg
door (uw|jouw|je|uwe) eigen ~2 (instellingen|apparatuur|router|modem|wifi|netwerk|toestel|installatie|fout|schuld|gedrag|handelen|nalatigheid|slordigheid|onoplettendheid|toedoen|gebruik|bedrading)
(eigen|uw|jouw) toedoen
# misuse and wear as the explanation
(onjuist|ondeskundig|onoordeelkundig|oneigenlijk|onzorgvuldig|foutief|onvoorzichtig|ruw|verkeerd|onjuiste|ondeskundige|foutieve|verkeerde) ~1 (gebruik|behandeling|bediening|onderhoud|installatie|montage)
(gevolg|resultaat) van ~2 (achterstallig|gebrekkig|slecht|onvoldoende|nalatig*|onjuist|verkeerd|ondeskundig|onoordeelkundig|oneigenlijk|onzorgvuldig|foutief|onvoorzichtig|ruw|eigen|uw|mijn|m'n|mn|slijtage|misbruik)
(zei|zeiden|zegt|zeggen|beweerde|beweren|beweert|noemde|noemden|stelde|stelt|stelden|oordeel|conclusie|afgedaan|afgedaan) ~6 (slijtage|gebruiksschade|valschade|misbruik|gebruikssporen|krasschade|stootschade)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~5 (slijtage|gebruiksschade|valschade|misbruik|gebruikssporen|krasschade|stootschade)
# accusations about the customer's files, forms, readings
(beweerde|beweerden|beweert|beweren|claimt|claimde|claimen|stelt|stelde|stelden|zeiden|zeggen|vond|vonden|meende|meenden|verweet|verweten|hield|hielden|houdt|houden) ~3 dat (mijn|m'n|mn|ons|onze|uw|jouw|je) ~4 (niet|nie|verkeerd*|fout*|onjuist*|onvolledig|ongeldig|onleesbaar|kapot|beschadigd|te|zelf) | noneg
(stelt|stelde|stelden|beweert|beweerde|beweren|beweerden|zeiden|zeggen|vond|vonden|meende|meenden|verweet|verweten|antwoordde|antwoordden) ~4 dat (ik|we|wij|u|je) ~5 (niet|nie) ~1 (goed|juist|correct|tijdig|zorgvuldig|genoeg|voldoende|netjes|volledig) | noneg
(zei|zeiden|zegt|zeggen|vond|vonden|beweerde|stelde|antwoordde|reageerde|verweet) ~2 dat (ik|we|wij|u|je) ~3 (beter|eerder|zelf|eerst|gewoon) ~3 moeten
# "de fout is van het hoofdkantoor", "een zaak tussen mij en de fabrikant"
(fout|schuld|verantwoordelijkheid|probleem) (is|was|ligt|lag|zou) ~1 van (de|het|hun|een|die) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|bezorgdienst*|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|keuken|collega*|*systeem|computer|partner*|onderaannemer*|backoffice|centrale)
(zaak|kwestie|probleem|geschil|aangelegenheid) tussen (mij|u|jou|ons|jullie) en (de|het|uw|je|jouw)
# left with the customer: "ze legden het bij mij neer"
(legden|legde|leggen|legt|gelegd) (het|alles|dat|dit|'t) ~1 bij (mij|ons|u) ~1 neer
(verantwoordelijkheid|schuld|zwartepiet|bal) ~3 bij (mij|ons|mijn|m'n|mn|u) ~2 neer
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
(beweerde|beweerden|beweert|beweren|houden|hield|hielden|houdt|stelt|stelde|stelden) ~8 (mijn|m'n|mn) (dochter|zoon|vrouw|man|partner|moeder|vader|kind|kinderen|buren|buurman|buurvrouw|huisgenoot|werknemer|collega) ~4 (zelf|verkeerd|fout|kapot|vergeten|geannuleerd|opgezegd|besteld|veranderd)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~7 (mijn|m'n|mn) (dochter|zoon|vrouw|man|partner|moeder|vader|kind|kinderen|buren|buurman|buurvrouw|huisgenoot|werknemer|collega) ~4 (zelf|verkeerd|fout|kapot|vergeten|geannuleerd|opgezegd|besteld|veranderd)
(houden|hield|hielden|houdt|volhouden) vol ~8 dat (ik|we|wij) ~4 (kwijt|verloren|zelf|verkeerd|vergeten|nooit|niet) | noneg
+ de webshop wast zijn handen in onschuld
+ volgens de medewerker had mijn dochter de bestelling zelf geannuleerd
+ het zou aan de kou liggen, zeiden ze
- ik waste mijn handen en ging naar de winkel
# --- added (round 5: systematic map of expressions) ---
# quoted staff: "u heeft het verkeerd ingevuld", "dat heeft u zelf gedaan"
(u|je|jij|ge|gij) (heeft|hebt|had|hadt|hebben) ~3 (verkeerd*|fout*|onjuist*|slordig|zelf) ~2 (ingevuld|gedaan|aangesloten|besteld|gebruikt|ingesteld|ingevoerd|geplaatst|opgegeven|getypt|gelezen|gekozen|aangeklikt|verpakt|geinstalleerd|gemeten|bediend|behandeld|gewassen|kapotgemaakt|veroorzaakt|geannuleerd|vergeten|opgestuurd|gemonteerd|geladen|opgeladen|aangevraagd)
# subordinate order "dat ik het beter had moeten lezen" (a main-clause admission reads "ik had beter moeten")
(beter|eerder|zorgvuldiger) (had|hadden|hadt|hebt|heeft) moeten
# reported claims with "zou": "de schade zou door mij veroorzaakt zijn"
(zou|zouden) ~4 door (mij|mezelf|mijzelf|u|uzelf|ons|onszelf|jou|jezelf|mijn|m'n|mn|uw|klant) ~3 (veroorzaakt|ontstaan|gekomen|kapotgemaakt|kapotgegaan|beschadigd|gedaan|gebroken|komen|verknoeid)
(zou|zouden) ~4 door (de|het) (vervoerder*|transport*|verzending|bezorger*|bezorgdienst*|koerier*|postbode|pakketdienst*|bezorgdienst*|fabrikant*|leverancier*|producent*|vorige|monteur*|installateur*|aannemer*|onderaannemer*|onderaannemer*|magazijn*) ~3 (veroorzaakt|ontstaan|gekomen|beschadigd|gedaan|gebroken|verknoeid|zijn)
(aldus|volgens) ~6 door (mij|mezelf|mijzelf|u|uzelf|ons|onszelf|jou|jezelf|klant) ~3 (veroorzaakt|ontstaan|gekomen|kapotgemaakt|beschadigd|gedaan|gebroken|verknoeid)
(veroorzaakt|ontstaan|kapotgemaakt|beschadigd|gebroken) ~4 (aldus|volgens|zeggen|zei|zeiden|beweren|beweerde|beweerden)
# "volgens de bank had ik mijn pincode gegeven"
volgens (de|het|hen|haar|hem|hun|die|jullie) ~2 (had|heb|zou|hebt|heeft|zouden) (ik|u|je|we|wij) ~6 (gegeven|gedeeld|doorgegeven|verloren|kwijtgeraakt|laten|gemist|weggegooid|gesloopt|geannuleerd|opgezegd|ingedrukt|aangeklikt|geopend|veroorzaakt|aangezeten|verstopt|overschreden|genegeerd|gewijzigd|veranderd|verwisseld|verwijderd|gewist|verkeerd*|fout*|zelf)
# subordinate "dat het dus mijn probleem was"
(het|dat|dit) (dus|toch|gewoon|allemaal|helemaal|nu|ook|echt|wel|eigenlijk|zogenaamd) (mijn|m'n|mn|uw|jouw|je) ~1 (probleem|pakkie-an|schuld|fout|verantwoordelijkheid) (is|was|zou|zijn|waren)
(dat|dit|het) (is|was) (uw|jouw|je|uwe) (probleem|pakkie-an|schuld|fout|zaak|verantwoordelijkheid|eigen)
niet (het|de) (onze|hunne)
door (uw|jouw|uwe|je) ~2 (antivirus*|virusscanner*|instellingen|apparatuur|router*|modem*|wifi*|netwerk*|browser*|firewall|adblocker|software|telefoon*|toestel*|laptop*|computer*|installatie|aansluiting*|bedrading|internetverbinding|internet)
# Flemish "da'k" = "dat ik"
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|vond|vonden|vindt|meende|riep|schreef|antwoordde|volgens) ~3 (da'k|dak|da'ge|dage|dagij) ~6 (zelf|verkeerd*|fout*|kapot*|beschadigd|vergeten|laat|schuld|slordig|nie|ni|niet)
# the customer's equipment or home: "mijn telefoon zou verouderd zijn", "uw telefoon is te oud"
(mijn|m'n|mn|ons|onze) ~1 (internet*|verbinding|signaal|wifi*|netwerk*|router*|modem*|telefoon*|toestel*|laptop*|computer*|pc|browser*|apparaat|apparatuur|installatie|bedrading|leiding*|meter*|stopcontact*|groepenkast|ketel|cv-ketel|aansluiting*|antenne|schotel|decoder|kabel*|oplader|batterij|accu|printer|tv|televisie|huis|woning|instellingen|software|antivirus*|firewall) ~3 (zou|zouden) ~3 (verouderd|oud|te|het|de|niet|nie|incompatibel|schuld|fout|verkeerd)
(uw|je|jouw|uwe) (internet*|verbinding|signaal|wifi*|netwerk*|router*|modem*|telefoon*|toestel*|laptop*|computer*|pc|browser*|apparaat|apparatuur|installatie|bedrading|leiding*|meter*|stopcontact*|groepenkast|ketel|cv-ketel|aansluiting*|antenne|schotel|decoder|kabel*|oplader|batterij|accu|printer|tv|televisie|instellingen|software|antivirus*|firewall) (is|zijn|was|waren) ~2 (te|verouderd|het|de|niet|nie|incompatibel|schuld|fout|verkeerd|boosdoener)
(zei|zeiden|zegt|zeggen|beweert|beweerde|beweerden|beweren|volgens|vond|vonden|meende|meenden|stelde|stelden|stelt) ~8 (mijn|m'n|mn|uw|ons|onze|jouw|je) ~4 (de|het) (oorzaak|boosdoener|schuldige|probleem|schuld)
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden) ~6 (mijn|m'n|mn|uw|jouw|je|ons|onze) ~1 (internet*|verbinding|signaal|bereik|wifi*|netwerk*|browser*|apparatuur|installatie|bedrading|leiding*|stopcontact*|groepenkast|aansluiting*|antenne|instellingen|software|antivirus*|firewall|adblocker|huis|woning) ~5 (te|niet|nie|schuld|probleem|oorzaak|deugt|deugde|verkeerd|traag|zwak|slecht|incompatibel|boosdoener|verouderd) | noneg
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~5 (mijn|m'n|mn|uw|jouw|je|ons|onze) ~1 (internet*|verbinding|signaal|bereik|wifi*|netwerk*|browser*|apparatuur|installatie|bedrading|leiding*|stopcontact*|groepenkast|aansluiting*|antenne|instellingen|software|antivirus*|firewall|adblocker|huis|woning) ~5 (te|niet|nie|schuld|probleem|oorzaak|deugt|deugde|verkeerd|traag|zwak|slecht|incompatibel|boosdoener|verouderd) | noneg
# a third party did it: "dat de koerier het verloren heeft", "Bpost heeft het verknoeid, zeggen ze"
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|vond|vonden|vindt|vinden|stelt|stellen|stelde|stelden|antwoordde|antwoord|reactie|volgens|aldus) ~3 dat (de|het|hun|een|mijn|m'n|mn|uw|die) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|bezorgdienst*|koeriersdienst*|post|fabrikant*|leverancier*|producent*|importeur*|provider*|netbeheerder*|aannemer*|onderaannemer*|onderaannemer*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|filiaal|vestiging|winkel|webshop*|webwinkel*|*afdeling|backoffice|planning|planner*|administratie|boekhouding|keuken|collega*|bank|betaalprovider*|creditcard*|kaartmaatschappij|verzekeraar*|gemeente|*systeem|computer|software|partner*|franchise*|centrale|callcenter|buitendienst|binnendienst|reisbureau|touroperator|hotel|luchtvaartmaatschappij|maatschappij|vorige|andere) ~5 (verloren|kwijt*|beschadigd|verknoeid|verprutst|verknald|gemold|gesloopt|mis|misgegaan|misgelopen|gestolen|tegengehouden|geblokkeerd|geweigerd|geannuleerd|vergeten|verkeerd*|fout*|blunder|vergissing|schuld)
(bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|bezorgdienst*|koeriersdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|fabrikant*|leverancier*|producent*|importeur*|hoofdkantoor|magazijn*|backoffice|planning|keuken|bank|betaalprovider*|*systeem|computer|software) ~4 (verknoeid|verprutst|verknald|gemold|verloren|kwijtgeraakt|misgegaan|fout|schuld) ~4 (zeggen|zei|zeiden|zegt|aldus|volgens|beweren|beweert|beweerde|beweerden)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~5 (heeft|had|hebben|hadden|is|was|zou) (de|het|hun|een|uw|mijn|m'n|mn) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|bezorgdienst*|fabrikant*|leverancier*|producent*|importeur*|provider*|aannemer*|onderaannemer*|onderaannemer*|transport*|verzending|magazijn*|hoofdkantoor|*afdeling|backoffice|planning|keuken|bank|betaalprovider*|creditcard*|verzekeraar*|*systeem|computer|software|partner*) ~4 (fout|fouten|blunder|vergissing|verkeerd*|verknoeid|verprutst|gemist|vergeten|verloren|schuld)
(dat|dit|het) (heeft|hebben|had|is|was) (de|het) (planning|backoffice|administratie|boekhouding|magazijn|hoofdkantoor|keuken|*afdeling|bezorger|koerier|vervoerder|leverancier|fabrikant|*systeem|computer|centrale|collega|vorige) ~2 (gedaan|verknoeid|verprutst|fout|verkeerd|veroorzaakt|vergeten)
(zegt|zeggen|zei|zeiden|vindt|vinden|vond|vonden|volgens) ~6 (samsung|apple|philips|bosch|sony|lg|hp|lenovo|dell|asus|acer|miele|siemens|aeg|whirlpool|dyson|canon|xiaomi|huawei|garmin|postnl|dhl|dpd|gls|ups|bpost|kpn|ziggo|odido|proximus|telenet|eneco|vattenfall|essent|ing|rabobank|abn|kbc|belfius|paypal|klarna|visa|mastercard) ~4 (moet|moeten|moest|verantwoordelijk|aansprakelijk|schuld|fout|verknoeid|verprutst|verloren|oplossen|aankloppen)
aan (postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|kpn|ziggo|paypal|klarna) ~1 (ligt|lag|liggen|zou|zat|zit)
(iets|zaak|kwestie|zaakje|probleem) tussen (u|jou|mij|ons|jullie) en (de|het|uw|je|jouw|mijn|m'n|mn)
# outside causes: rush, weather, strikes, the season; "it's the system"
(zou|zouden) ~3 aan ~2 (drukte|weer|sneeuw|regen|storm|hitte|kou|vorst|feestdagen|kerstdrukte|vakantie|vakantieperiode|corona|covid|staking|stakingen|personeelstekort|tekort|wegwerkzaamheden|verkeer|files|file|douane|haven|brexit|oorlog|crisis|chipstekort|backoffice|planning|keuken|*systeem|computer|software|update|storing) ~1 (liggen|gelegen|ligt)
(zeggen|zei|zeiden|zegt|excuus|smoes|smoesje|standaardexcuus|standaardsmoes|uitvlucht|beweren|beweert|beweerde|beweerden) ~8 (ligt|lag|liggen|kwam|komt) ~3 (aan|door) (de|het|een) ~1 (drukte|weer|sneeuw|regen|storm|hitte|kou|vorst|feestdagen|kerstdrukte|vakantie|vakantieperiode|corona|staking|stakingen|personeelstekort|tekort|wegwerkzaamheden|verkeer|files|douane|haven|backoffice|planning|keuken|administratie|boekhouding)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~7 (ligt|lag|liggen|kwam|komt) ~3 (aan|door) (de|het|een) ~1 (drukte|weer|sneeuw|regen|storm|hitte|kou|vorst|feestdagen|kerstdrukte|vakantie|vakantieperiode|corona|staking|stakingen|personeelstekort|tekort|wegwerkzaamheden|verkeer|files|douane|haven|backoffice|planning|keuken|administratie|boekhouding)
(ligt|lag|liggen|kwam|komt) ~3 (aan|door) (de|het|een) ~1 (drukte|weer|sneeuw|regen|storm|hitte|kou|vorst|feestdagen|kerstdrukte|corona|staking|stakingen|personeelstekort|wegwerkzaamheden|backoffice|planning|keuken) ~4 (standaardexcuus|excuus|smoes|smoesje|zeggen|zei|zeiden|zegt|aldus|volgens|beweren|beweerde)
(kwam|komt|kwamen|komen|lag|ligt|lagen|liggen) volgens ~3 (door|aan|bij)
(standaardexcuus|standaardsmoes|standaardsmoesje|standaarduitvlucht)
(zei|zeiden|zegt|zeggen|beweerde|beweren|aldus|excuus|smoes|verklaring|antwoord|reactie) ~6 (fout|storing|foutje|probleem|glitch|bug|error|storinkje|foutmelding|fout) ~1 in (het|de|ons|hun) ~1 (*systeem|computer*|software|programma|server|automatisering)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~5 (fout|storing|foutje|probleem|glitch|bug|error|storinkje|foutmelding|fout) ~1 in (het|de|ons|hun) ~1 (*systeem|computer*|software|programma|server|automatisering)
(dat|dit) (is|was|doet|deed) (het|de) (*systeem|computer|software|automatisering)
(gooien|gooit|gooide|gooiden|gegooid|schuiven|schuift|schoof|schoven|steken|steekt|stak|staken) ~2 op (de|het|een) ~1 (*systeem|computer|software|techniek|storing|automatisering|server|update|weer|drukte|staking|corona)
(*systeem|computer|software|programma) ~2 (heeft|had|hebben) ~2 (gedaan|verkeerd|fout|verknoeid|veroorzaakt)
(*systeem|computer|software|programma) (zou|zouden) ~5 (automatisch|vanzelf|zelf|fout|verkeerd|gedaan|veroorzaakt)
(zei|zeiden|zegt|zeggen|beweren|beweerde|aldus|vonden|vond|vinden) ~10 niemands (schuld|fout) | noneg
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~9 niemands (schuld|fout) | noneg
# nobody responsible; "not our business"
(ons|onze|hun|zijn|haar|z'n|da's) ~1 (zaak|taak|terrein|*afdeling|ding|bevoegdheid|pakkie) (niet|nie|ni) | noneg
(niet|nie|ni) (ons|onze|hun|zijn|haar|z'n) (zaak|taak|terrein|ding|bevoegdheid) | noneg
# denying any error
(volhouden|houden|houdt|hield|hielden|blijven|blijft|bleef|bleven|beweren|beweert|beweerde|beweerden|zeggen|zegt|zeiden|zei|stellen|stelt|stelde|stelden) ~4 dat (ze|zij|hij|wij|we|men) ~3 (niets|niks|geen|nooit|nie|niet) ~2 (fout|fouten|verkeerd|mis|misgedaan|schuld) | noneg
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~3 (hebben|heeft|had|hadden|zijn|is) (zij|ze|hij|zijzelf|de|het|hun) ~3 (geen|niets|niks|nooit|niet) ~1 (fout|fouten|verkeerd|mis|schuld) | noneg
(ontkende|ontkenden|ontkent|ontkennen|ontkenning)
(geen|nie|niet|nooit) ~2 (fout|fouten|schuld|vergissing|blunder) ~2 (toe|toegeven|erkennen|erkend|erkende|erkent|toegegeven) | noneg
(weigeren|weigert|weigerde|weigerden) ~4 (fout|fouten|schuld|vergissing|aansprakelijkheid) ~2 (toe|erkennen) | noneg
(toegeven|erkennen) ~1 dat (jullie|ze|zij|hij|u) ~4 (fout|verkeerd|schuld|vergist|misgedaan|mis) | noneg
toe te geven ~1 dat (jullie|ze|zij|hij|u) ~4 (fout|verkeerd|schuld|vergist|misgedaan|mis) | noneg
bij ons ~2 (nooit|nooi|niks|niets) ~2 (mis|fout) | noneg
(houdt|houden|hield|hielden|volhouden|volhoudt|blijven|blijft) ~2 vol ~3 dat ~6 (compleet|volledig|correct|juist|goed|heel|intact|onbeschadigd|netjes|gewoon|tijdig) | noneg
# accusing the customer of lying or fraud
(beschuldig*|suggereerde|suggereerden|insinueerde|insinueerden|beweerde|beweerden|beweert|dachten|denken|denkt|dacht|vonden|vond|zei|zeiden|verdacht*|verdenking|verdenken|gesuggereerd|geinsinueerd) ~8 (ik|me|mij|u|je|we|wij) ~5 (frauderen|fraude|sjoemel*|lieg|liegen|loog|logen|gelogen|verzonnen|verzin|verzint|verzon|jokken|jok|bedriegen|oplichten|achtergehouden|achterhouden|verstopt|gestolen|gejat|stelen|oplichter|fraudeur|leugenaar)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~7 (ik|me|mij|u|je|we|wij) ~5 (frauderen|fraude|sjoemel*|lieg|liegen|loog|logen|gelogen|verzonnen|verzin|verzint|verzon|jokken|jok|bedriegen|oplichten|achtergehouden|achterhouden|verstopt|gestolen|gejat|stelen|oplichter|fraudeur|leugenaar)
(geloofde|geloofden|gelooft|geloven) (me|mij|ons) ~1 (niet|nie|ni) | noneg,weight=0.5
(u|je|jij|ge) (verzint|verzon|liegt|loog|jokt|fantaseert|zuigt)
(gesuggereerd|geinsinueerd|beweerd|verweten|geimpliceerd) ~3 dat (ik|we|wij|mijn|m'n|mn|u) ~6 (zelf|verkeerd*|fout*|nooit|niet|te|vergeten|kapot*)
(mij|me|ons) (werd|wordt|werden|is) ~2 (verweten|kwalijk|aangerekend|nagedragen)
# sarcasm and rhetoric: "het is weer MIJN schuld dat jullie ...", "de schuld van de klant"
(mijn|m'n|mn) ~1 (schuld|fout|probleem) ~1 (dat|als|wanneer) ~5 jullie
(weer|nu|opeens|ineens|blijkbaar|kennelijk|alweer|plots|plotseling|zogenaamd) ~3 (mijn|m'n|mn) ~1 (schuld|fout|probleem)
(schuld|fout) van de (klant|klanten|consument)
(ligt|lag|liggen) ~3 aan de (klant|klanten|consument|gebruiker)
(klant|klanten|consument) ~3 (schuldige|zondebok|dader|boosdoener)
+ u heeft het formulier verkeerd ingevuld, zei ze
+ de medewerker zei dat ik de voorwaarden beter had moeten lezen
+ de schade zou door mij veroorzaakt zijn
+ ze zeiden dat de koerier het pakket kwijt was geraakt
+ het filiaal zegt dat het magazijn het heeft verknoeid
+ volgens de monteur was het de fout van de planning
+ het zou aan het weer liggen
+ ze houden vol dat ze niets fout hebben gedaan
+ de winkel insinueerde dat ik loog over de levering
+ blijkbaar is het nu mijn schuld dat jullie het verkeerde adres gebruiken
+ da's ons zaak niet, zei de verkoper
- ik gaf toe dat ik zelf de verkeerde maat had besteld
- de medewerker gaf meteen toe dat het hun fout was
- de storing kwam door het weer, de monteur was snel ter plaatse
# --- round 5, second pass (families seen in a fresh check sample) ---
iemand anders ~1 (schuld|fout|probleem)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~2 (had|hadden) (ik|u|je|we|wij) ~5 moeten
(zei|zegt|vond|antwoordde|meldde|schreef|schreven|zeiden|zeggen|beweerde|beweerden|beweert) ~3 dat (de|het) (schade|kras|krassen|deuk|deuken|defect|scheur|lek|vlek|vlekken|barst|breuk|mankement) ~3 (al|reeds)
(beweerde|beweerden|beweert|beweren|zeiden|zei|zeggen|zegt|stelde|stelden) ~8 (mijn|m'n|mn) (dochter|zoon|vrouw|man|partner|moeder|vader|kind|kinderen|buren|buurman|buurvrouw|huisgenoot|hond|kat|huisdier) ~4 (laten|gedaan|veroorzaakt|beschadigd|kapotgemaakt|gebroken|gemorst|gesloopt)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~7 (mijn|m'n|mn) (dochter|zoon|vrouw|man|partner|moeder|vader|kind|kinderen|buren|buurman|buurvrouw|huisgenoot|hond|kat|huisdier) ~4 (laten|gedaan|veroorzaakt|beschadigd|kapotgemaakt|gebroken|gemorst|gesloopt)
(zeggen|zegt|zei|zeiden|volgens|beweren|beweert|beweerde|beweerden) ~6 (schuld|fout) (is|was|ligt|lag|zou) ~2 van (de|het|een|die)
(de|het) (fabrikant*|bezorger*|bezorgdienst*|koerier*|leverancier*|vervoerder*|producent*|importeur*|postbode|bank|provider*|netbeheerder*|*systeem|computer) ~2 niet (wij|we|ons) | noneg
op (de|het|een|hun|mij|ons|elkaar|mijn|m'n|mn) ~1 (geschoven|afgeschoven|afgewenteld)
(schuld|fout|verantwoordelijkheid|oorzaak) ~6 bij (de|het) (klant|klanten|consument|gebruiker) ~2 (gelegd|neergelegd|leggen|legt|legde|gezocht|zoeken)
+ alles werd op de stagiair geschoven
+ het is de fabrikant, niet wij, zei de verkoper
+ volgens de klantenservice had ik mijn spamfolder moeten checken
- de schade was al aanwezig bij levering, dat heb ik meteen gemeld
# --- added (round 7: industry probes) ---
# "the system doesn't see it", reported: staff hide behind the system
(zei|zegt|zeggen|zeiden|beweerde|beweert|beweren|beweerden|volgens) ~3 (het|de|hun|ons) (*systeem|computer|software|programma|computersysteem) ~2 (ziet|zag|zien|herkent|herkende|registreert|registreerde|toont|toonde|kent|kende|snapt|pakt|pakte|vindt|vond|heeft|had) ~3 (niet|nie|geen|fout|verkeerd) | noneg
(zei|zegt|zeggen|zeiden|beweerde|beweert|beweren|beweerden|volgens) ~3 (het|de|hun|ons) (*systeem|computer|software|programma|computersysteem) ~2 (niet|nie|geen) (ziet|zag|zien|herkent|herkende|registreert|registreerde|toont|toonde|kent|kende|snapt|pakt|pakte|vindt|vond) | noneg
# one party says the other did not do it: "het ziekenhuis zegt dat de huisarts
# hem niet stuurde", "de webshop beweert dat de koerier het kwijt is"
(zegt|zeggen|zei|zeiden|beweert|beweren|beweerde|beweerden) dat ~1 (de|het|hun|die) (afzender|vervoerder|verkoper|webshop|webwinkel|winkel|leverancier|fabrikant|netbeheerder|huisarts|ziekenhuis|gemeente|restaurant|bank|verzekeraar|zorgverzekeraar|provider|koerier|bezorger|bezorgdienst|pakketdienst|importeur|aannemer|verhuurder|woningcorporatie|apotheek|specialist|luchthaven|luchtvaartmaatschappij|maatschappij|airline|reisbureau|touroperator|monteur|installateur|energieleverancier|waterbedrijf|depot|sorteercentrum|postnl|dhl|dpd|gls|hoofdkantoor|vestiging|filiaal|incassobureau|belastingdienst|uwv|svb|notaris|garage|dealer|makelaar) ~5 (niet|nooit|nie|fout|schuld|verkeerd|vergeten|kwijt|kwijtgeraakt|verantwoordelijk) | noneg
# each pointing at the next: "het depot zegt bel de afzender, de afzender zegt bel de vervoerder"
(zegt|zeggen|zei|zeiden|verwijst|verwees|verwijzen|verwezen) ~2 (bel|bellen|mail|mailen|contacteer|vraag) ~3 (afzender|vervoerder|verkoper|webshop|webwinkel|winkel|leverancier|fabrikant|netbeheerder|huisarts|ziekenhuis|gemeente|restaurant|bank|verzekeraar|zorgverzekeraar|provider|koerier|bezorger|bezorgdienst|pakketdienst|importeur|aannemer|verhuurder|woningcorporatie|apotheek|specialist|luchthaven|luchtvaartmaatschappij|maatschappij|airline|reisbureau|touroperator|monteur|installateur|energieleverancier|waterbedrijf|depot|sorteercentrum|postnl|dhl|dpd|gls|hoofdkantoor|vestiging|filiaal|incassobureau|belastingdienst|uwv|svb|notaris|garage|dealer|makelaar) ~8 (zegt|zeggen|zei|zeiden|verwijst|verwees) ~2 (bel|bellen|mail|mailen|contacteer|vraag|naar) ~3 (afzender|vervoerder|verkoper|webshop|webwinkel|winkel|leverancier|fabrikant|netbeheerder|huisarts|ziekenhuis|gemeente|restaurant|bank|verzekeraar|zorgverzekeraar|provider|koerier|bezorger|bezorgdienst|pakketdienst|importeur|aannemer|verhuurder|woningcorporatie|apotheek|specialist|luchthaven|luchtvaartmaatschappij|maatschappij|airline|reisbureau|touroperator|monteur|installateur|energieleverancier|waterbedrijf|depot|sorteercentrum|postnl|dhl|dpd|gls|hoofdkantoor|vestiging|filiaal|incassobureau|belastingdienst|uwv|svb|notaris|garage|dealer|makelaar)
+ de medewerker zei dat het systeem dat niet ziet en dat ze er niets aan kon doen
+ het ziekenhuis zegt dat de huisarts de brief niet stuurde
+ het depot zegt bel de afzender, de afzender zegt bel de vervoerder
- de medewerker zei dat het systeem weer werkt
- de huisarts zegt dat het ziekenhuis snel belt

# r8a: pushing it onto someone else, verb first ("schuift alles in de schoenen van")
(schuift|schoof|schoven|schuiven|geschoven|schuif|gooit|gooide|gooiden|gegooid) ~4 in de schoenen
# r8a: refusing responsibility ("nam de verantwoordelijkheid niet")
(nam|namen|neemt|nemen|wilde|wilden|wil|willen) ~3 verantwoordelijkheid ~2 (niet|nie|nooit) ~2 (nemen|dragen|op) | noneg
(altijd|steeds|telkens) (iemand|iets|wat) anders ~4 (schuld|gedaan|fout|verantwoordelijk|oorzaak|gedaan)
+ Ze schoof het hele probleem gewoon in de schoenen van de pakketdienst.
+ Ze wilden de verantwoordelijkheid niet nemen en wezen naar de vorige eigenaar.
+ Het is bij jullie altijd iemand anders die het gedaan heeft.
- Ik neem zelf de verantwoordelijkheid, ik had het adres fout ingevuld.

# --- r9a (implicit round) ---
# "volgens de chat was mijn pakket de zaak van de koerier": someone else's business
(zei|zeiden|zegt|zeggen|vond|vonden|vindt|beweerde|beweerden|beweert|stelde|stelden|meldde|schreef|schreven|antwoord|reactie) ~8 (zaak|probleem|pakkie-an|verantwoordelijkheid|taak|kwestie|terrein|*afdeling|ding|schuld) van (de|het|die|hun|een) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~7 (zaak|probleem|pakkie-an|verantwoordelijkheid|taak|kwestie|terrein|*afdeling|ding|schuld) van (de|het|die|hun|een) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*)
(zaak|probleem|pakkie-an|verantwoordelijkheid|taak|kwestie|terrein) van (de|het|die|hun) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~4 (niet|nie|geenszins) ~1 (van|bij|voor) (hen|hun|ons|hem|haar|jullie|hullie) | noneg
+ Volgens de webshop was de kapotte lamp de verantwoordelijkheid van de vervoerder, niet van hen.
+ ze zeiden dat de schade het probleem van de fabrikant was
- ik vind de vertraging echt de zaak van de koerier, niet van de winkel

# --- r10a (four-voices round) ---
# formal reporting verbs: "deelde mij mede dat ... door mijzelf veroorzaakt"
(mede|mee|medegedeeld|meegedeeld|gesuggereerd|geinsinueerd|aangegeven|gaf|gaven|kennen) ~8 door (mij|mijzelf|mezelf|u|uzelf|jou|jezelf|ons|onszelf) ~4 (veroorzaakt|ontstaan|gekomen|kapot*|beschadigd|gedaan|gebroken|gesloopt)
# "wijt het aan", "te wijten aan": the fault ascribed elsewhere
(wijt|wijtte|wijtten|toegeschreven|toeschrijven) ~6 aan (de|het|een|mijn|m'n|mn|uw|je|hun|derden)
wijten (ze|zij|hij|jullie) ~4 aan (de|het|een|mijn|m'n|mn|uw|je|hun|derden)
(medegedeeld|meegedeeld|mede|mee|gesuggereerd|gemeld|verteld|gezegd|horen|volgens|zei|zeiden|zegt|zeggen|antwoord|reactie) ~8 te wijten
te wijten ~3 aan | weight=0.5
# responsibility laid down elsewhere: "legt de verantwoordelijkheid bij de vervoerder neer"
(verantwoordelijkheid|schuld|aansprakelijkheid|fout|oorzaak) ~8 bij (de|het|een|hun|mij|mijn|m'n|mn|u|uw|derden|anderen) ~3 (neer*|gelegd|leggen|legt|legde|legden|gezocht|zoekt|zocht|zochten|zoeken)
(zocht|zochten|zoekt|zoeken|gezocht) (de|het) (oorzaak|schuld|fout|probleem) ~4 bij (de|het|een|hun|mij|mijn|m'n|mn|u|uw|zijn|haar|derden|anderen)
# "belongs with someone else": "hoort niet bij ons maar bij de importeur"
niet bij (ons|hen|hun|hem|haar|mij) ~4 bij
bij (de|het|een|hun|uw|mijn) ~2 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~1 (thuishoort|thuishoren|thuishoorde|thuishoorden|hoort|horen|hoorde|hoorden)
(hoort|horen|hoorde|hoorden) ~6 bij (de|het|een|hun) ~1 (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|onderaannemer*|loodgieter*|monteur*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|ziggo|post|*afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*|restaurant|chauffeur*|technicus|servicepartner*|reparateur*|garage|werkplaats|expediteur*|douane|airline|maatschappij|luchtvaartmaatschappij|touroperator|hotel|boekingssite|moederbedrijf|collega*|vorige|ander*) ~1 thuis
# formal "on my side": "onderhoud mijnerzijds"
(nalatigheid|onderhoud|fout|fouten|schuld|gebruik|vergissing|verzuim) (mijnerzijds|uwerzijds|uwentwege|klantzijde)
# they hold themselves not liable: "acht zichzelf niet aansprakelijk"
(acht|achten|achtte|achtten|voelt|voelen|voelde|voelden|verklaart|verklaarde|houdt|hield) (zich|zichzelf) ~4 (niet|geen|nie) ~2 (aansprakelijk|verantwoordelijk) | noneg
# told to the customer's face: "hield hem voor dat", "doen alsof ik het zelf"
(houdt|hield|hielden|houden) (me|mij|hem|haar|ons|u) voor ~2 dat | weight=0.5
(doen|doet|deed|deden) alsof (ik|we|wij|mijn|m'n|mn|onze) ~6 (zelf|schuld|fout|kapot*|gesloopt|verkeerd*|gebroken|laten|vergeten|laat|nalatig|gemorst|gevallen|vallen|beschadigd|slordig)
# non-native reported speech without "dat": "zegt ik heb zelf het scherm gebroken"
(zegt|zei|zeggen|zeiden|beweert|beweerde|beweren|vindt|vond) ~2 (ik|u|je|jij) ~1 (heb|had|hebt|heeft|hebben|ben) ~4 (zelf|verkeerd*|fout*|kapot*|gebroken|gesloopt|laten|vergeten)
# the problem pushed from one to the next: "ze schuiven het van de een naar de ander"
(schuiven|schuift|schoof|schoven|kaatsen|kaatst|spelen|speelt) (het|alles|dat|'t|de|zaak|probleem|schuld) ~3 van ~3 naar
# "X mag het oplossen volgens de winkel"
(mag|mogen|moet|moeten) ~3 (oplossen|uitzoeken|regelen|afhandelen) ~1 volgens
# equipment and connection at the customer's end
(zei|zeiden|zegt|zeggen|volgens|beweerde|beweren|beweert|stelde|meende|vond|vonden) ~9 (mijn|m'n|mn|uw|jouw|je|eigen) ~1 (wifi|internet|netwerk|netwerkinstellingen|instellingen|verbinding|aansluiting|meterkast|kabel|bekabeling|apparaat|haar|huid)
# dismissed as the customer's fault: "afgedaan als gebruikersfout"; the hot potato passed on
(afgedaan|afdeed|afdoen|afdoet|afdeden) als ~3 (fout|schuld|probleem|vergissing|misser|gebruik*|slijtage|eigen|klantfout)
hete (aardappel|hangijzer) ~3 (door*|geschoven|schuiven|schoof|schoven|gegooid)
+ de medewerker deelde mij mede dat de kras door mezelf was veroorzaakt
+ mijn klacht werd afgedaan als een gebruikersfout
+ de fout op de rekening wijten ze aan de gemeente
+ de winkel legt de verantwoordelijkheid gewoon bij de koerier neer
+ volgens de balie hoort mijn klacht bij de fabrikant thuis
+ ze doen alsof ik het toestel zelf heb kapotgemaakt
+ die man zegt ik heb zelf verkeerd aangesloten
+ volgens die gast is het mn eigen wifi
- het verkeerde adres was mijn eigen fout, excuses
- de vertraging was te wijten aan mijn eigen verhuizing, geen probleem
- de monteur zocht de oorzaak eerst bij zichzelf en loste het op

# --- r11a (four-voices round 2) ---
# reported claim that the customer caused it: "zegt dat ik het toestel heb laten vallen",
# "houden het erop dat ik", "lieten haar geloven dat zij zelf", "maakten hem wijs dat"
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stellen|stelde|stelden|vindt|vond|vonden|meent|meende|meenden|horen|verteld|gezegd|meegedeeld|medegedeeld|antwoordt|antwoordde|antwoordden|suggereert|suggereerde|insinueert|insinueerde|volgens|erop|vol|wijs|wijsgemaakt|wijsmaken|geloven|aangepraat|aanpraten|verweet|verweten|weten|mee|mede|doorschemeren|aangegeven|mailde|mailden|schreef|schreven|schrijven|schrijft|berichtte|berichtten) ~3 dat (ik|u|je|jij|we|wij|ge|gij|mijn|m'n|mn|onze|ons) ~6 (vallen|gevallen|gemorst|morsen|omgegooid|overheen|gestoten|misbruikt|overbelast|geforceerd|opengemaakt|geknoeid|gesleuteld|nalatig|slordig|onzorgvuldig|kapotgemaakt|beschadigd|gesloopt|gebroken)
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stellen|stelde|stelden|vindt|vond|vonden|meent|meende|meenden|horen|verteld|gezegd|meegedeeld|medegedeeld|antwoordt|antwoordde|antwoordden|suggereert|suggereerde|insinueert|insinueerde|volgens|erop|vol|wijs|wijsgemaakt|wijsmaken|geloven|aangepraat|aanpraten|verweet|verweten|weten|mee|mede|doorschemeren|aangegeven|mailde|mailden|schreef|schreven|schrijven|schrijft|berichtte|berichtten) ~3 dat (ik|u|je|jij|we|wij|ge|gij|mijn|m'n|mn|onze|ons) ~6 (verkeerd|verkeerde|fout|foute|foutief|foutieve|onjuist|onjuiste|slecht) ~3 (geteld|gemeten|ingevuld|gelezen|ingevoerd|opgegeven|aangesloten|bediend|gebruikt|geinstalleerd|ingesteld|verpakt|behandeld|ingedrukt|gemonteerd|opgeslagen|bewaard|onderhouden|opgeladen|gewassen|afgelezen|besteld|geparkeerd|gesloten)
(geloven|wijs|wijsgemaakt|wijsmaken|aangepraat|aanpraten|horen) ~3 dat (hij|zij|haar|zijn|z'n) ~6 (zelf|verkeerd|verkeerde|fout|foute|schuld|kapotgemaakt|beschadigd|gesloopt|gebroken|vergeten|nalatig|slordig|gemorst|gevallen|vallen)
(haar|zijn|z'n) eigen (schuld|fout) | weight=0.5
# the cause reported as lying elsewhere: "antwoordt u dat de oorzaak bij de douane ligt"
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stelde|antwoordt|antwoordde|antwoord|reactie|meldt|meldde|horen|volgens|erop|vol|weten|mee|mede|doorschemeren|aangegeven|mailde|mailden|schreef|schreven|schrijft) ~6 dat (de|het) (fout|schuld|oorzaak|probleem|vergissing|vertraging|vertragingen|achterstand|schade|storing|misser|verwarring|mislukking) ~3 bij
# "komt doordat wij te weinig ventileren", as reported
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stelde|vindt|vond|meent|meende|volgens|horen) ~8 doordat (ik|u|je|jij|we|wij|ge|gij|mijn|m'n|mn|onze|ons)
# pushing responsibility on: "duwen de verantwoordelijkheid door naar", "verwijst door naar de leverancier"
(schuiven|schuift|schoof|schoven|duwen|duwt|duwde|duwden|kaatsen|kaatst|kaatste|spelen|speelt|speelden|gooien|gooit|gooide) ~3 (verantwoordelijkheid|schuld|aansprakelijkheid|zwartepiet|fout) ~2 (door|af|op|naar|terug)
(verwijst|verwees|verwezen|verwijzen|doorverwezen|doorverwijzen) ~5 naar (de|het|een|hun|uw|je|mijn|m'n|mn) ~1 (fabrikant*|leverancier*|softwareleverancier*|producent*|importeur*|onderaannemer*|aannemer*|vervoerder*|koerier*|bezorgdienst*|installateur*) | weight=0.5
(verantwoordelijkheid|aansprakelijkheid) ~4 (nemen|neemt|nam|namen|dragen|draagt) | weight=0.5
+ De winkel zegt dat ik het toestel heb laten vallen, wat niet klopt.
+ Ze houden het erop dat ik de verkeerde maat had besteld.
+ Ze lieten mijn tante geloven dat zij zelf het formulier verkeerd had ingevuld.
+ Volgens de verhuurder komt de schimmel doordat wij te weinig ventileren.
+ Ze beweren bij hoog en bij laag dat de fout bij ons ligt.
+ Ze duwen de verantwoordelijkheid door naar de onderaannemer.
+ Hij zei: 'Dat moet u met de bezorgdienst uitvechten, niet met ons.'
- Ik heb het toestel zelf laten vallen, dat geef ik eerlijk toe.
- De medewerker zei dat het pakket bij de buren was afgeleverd, en dat klopte.

# cause named before the verb: "houdt vol dat dat door het transport komt"
dat ~3 (aan|door|bij) (de|het|een|hun|uw) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|budbee|dhl|dpd|gls|ups|fabrikant*|leverancier*|producent*|importeur*|provider*|netbeheerder*|aannemer*|onderaannemer*|installateur*|transport*|verzending|magazijn*|hoofdkantoor|douane|*systeem|computer|software) ~1 (ligt|lag|komt|kwam|zou|zit|zat|lagen|liggen|komen|kwamen)
+ Het servicepunt houdt vol dat de krassen door het transport komen.
+ Volgens de winkel had ik er vast koffie over gegooid.
# naming a culprit in reported speech: "de gemeente zegt dat het de aannemer is"
(zegt|zeggen|zei|zeiden|beweert|beweren|beweerde|beweerden|vindt|vond|vonden) dat (het|'t|dat) (de|het|hun|een) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|bpost|fedex|dhl|dpd|gls|ups|fabrikant*|leverancier*|producent*|importeur*|provider*|netbeheerder*|aannemer*|onderaannemer*|installateur*|transport*|magazijn*|hoofdkantoor|gemeente|verhuurder|huisbaas|bank|verzekeraar*|luchtvaartmaatschappij|reisorganisatie|winkel|webshop|afzender|*systeem|computer) (is|was|zou|geweest)
# wear, age, force majeure: "de garage schuift het op slijtage", "houdt het op overmacht"
(schuift|schuiven|schoof|schoven|gooit|gooien|gooide|gooiden|steekt|steken|stak|staken|houdt|houden|hield|hielden) ~3 op ~1 (slijtage|ouderdom|overmacht|gebruikssporen|gebruiksschade|weersomstandigheden|vochtigheid|kalk|kalkaanslag)
+ De gemeente zegt dat het de aannemer is, de aannemer zegt dat het de gemeente is.
+ De garage schuift het op slijtage terwijl de auto twee maanden oud is.
- Ik vroeg of het de aannemer was, maar de gemeente regelde het meteen zelf.

# --- r13a thesaurus pass ---
(vingerwijzen|vingerwijzerij|vingerwijzend|handen-in-onschuld)
met de vinger ~2 (naar|gewezen|wijzen|wees|wezen|wijst)
(trekken|trok|trokken|trekt|getrokken) ~3 (hun|zijn|haar|z'n|d'r|de) handen ~2 (af|ervan|vanaf)
(wassen|waste|wasten|wast|gewassen) ~3 handen in onschuld
(gebruikersfout*|bedieningsfout*|gebruiksfout*|klantfout*|gebruikersfouten)
# blamed on the customer: aanrekenen, verwijten, kwalijk nemen
(rekende|rekenden|rekent|rekenen) (het|dat|dit|'t) (mij|me|ons|u) ~2 aan
(nam|namen|neemt|nemen) (het|dat|dit|'t) (mij|me|ons) ~2 kwalijk
(verweet|verweten|verwijt|verwijten|verwijten) (het|dat|dit) (mij|me|ons|u)
# denying liability
(ontkende|ontkenden|ontkent|ontkennen|ontkend) ~3 (aansprakelijkheid|verantwoordelijkheid|schuld|fout|betrokkenheid)
(niet|nooit|geen) ~3 hand in eigen boezem | noneg
# pushed onto a third party
(schuiven|schoof|schoven|schuift|verwijzen|verwees|verwezen|verwijst|wijzen|wezen|wijst|wees) ~5 (externe|derde) (partij|partijen|leverancier|dienstverlener)
(schuld|fout|probleem|verantwoordelijkheid|oorzaak) ~4 (bij|van) (een|de) (externe|derde) (partij|partijen|leverancier|dienstverlener)
(de|het) (magazijn|distributiecentrum|hoofdkantoor|moederbedrijf|webshop|verzekeraar|pakketdienst|logistiek) ~2 (schuld|fout) | weight=0.5
+ de medewerker rekende het mij aan dat het toestel kapot was
+ ze ontkenden elke aansprakelijkheid en wezen naar de fabrikant
+ ze schoven het door naar een externe partij
- ik neem het de medewerker niet kwalijk, hij deed zijn best en loste het op
- ik ontken niet dat ik te laat was met betalen
+ de winkel trok zijn handen ervan af en verwees naar de fabrikant
+ volgens de helpdesk was het een gebruikersfout

# nl14b: staff put the cause on a third party ("kwam door de leverancier")
(zei|zeiden|zegt|beweerde|beweert) ~6 (kwam|komt|lag|ligt) ~4 (door|aan) ~2 (leverancier|toeleverancier|fabrikant|vervoerder|transporteur|bezorger|koerier|magazijn|distributiecentrum|*systeem|computer|hoofdkantoor)
volgens (hen|haar|hem|hun|de|het|die|deze|jullie|zijn|een|dat) ~5 (kwam|komt|lag|ligt) ~4 (door|aan) ~2 (leverancier|toeleverancier|fabrikant|vervoerder|transporteur|bezorger|koerier|magazijn|distributiecentrum|*systeem|computer|hoofdkantoor)
# nl14b: staff say the customer broke it himself
(zou|zouden|had|hadden) ~3 (ik|u|je) ~4 zelf ~3 (verprutst|verknald|kapotgemaakt|gesloopt|stukgemaakt|veroorzaakt|beschadigd|gedaan)
(zei|zeiden|riep|brulde|schreeuwde|beweerde|beweert|volgens) ~6 (ik|u|je) ~3 (het|hem|dat|die|toestel|telefoon) ~2 zelf ~2 (had|heb|hebt) ~1 (verprutst|verknald|kapotgemaakt|gesloopt|stukgemaakt|veroorzaakt)
+ Volgens de chef kwam die fout door de fabrikant, niet door hen.
+ Hij beweerde dat ik het zelf had verknald.
- Ik had het toestel zelf laten vallen, mijn eigen fout.
# nl14b: claim rejected 'supposedly because' of the customer
(zogenaamd|zogezegd) (omdat|doordat|want) (ik|u|je|wij|we)
+ Afgewezen, zogenaamd omdat ik hem slecht had vastgezet.

# --- added (nl14a paraphrase round) ---
# damage "after he left"; "a matter for the plumber"
(schade|beschadiging|beschadigd|kapot|stuk|gebroken|deuk|kras) ~6 (na|nadat) ~2 (zijn|haar|z'n|hij|ie) ~2 (vertrek|weg|vertrokken|vertrok|wegging|levering|bezorging|aflevering)
(zei|zeiden|zegt|zeggen|verteld|volgens|beweert|beweerde|hoorde|gehoord|was|is|werd) ~4 (zaak|probleem|verantwoordelijkheid|schuld|pakkie-an|taak|kwestie) van de (loodgieter|aannemer|bezorger|koerier|fabrikant|leverancier|vervoerder|installateur|monteur|postbode|netbeheerder|verhuurder|bank|webshop|transporteur|pakketdienst|postnl)
+ de koerier beweert dat de deuk na zijn vertrek is ontstaan
+ volgens de klantenservice is het een zaak van de aannemer
+ het scherm ging stuk nadat hij weg was, zegt de monteur
- de monteur vertrok en alles werkte nog
- ik heb de zaak van de buren bekeken
# --- nl15a: "apparently / somehow / suddenly it's my problem"
(blijkbaar|zogezegd|zogenaamd|ineens|opeens|plots|plotseling|manier) ~2 (mijn|m'n|mn|onze|ons) (probleem|schuld|fout|pakkie-an|verantwoordelijkheid)
+ de verbinding valt weg en dat is blijkbaar mijn probleem
+ op een of andere manier is het ineens mijn schuld dat het pakket weg is
- ik gaf toe dat de fout bij mij lag
- blijkbaar was er een storing in de regio
# nl15b: "that's X's business, not ours"
(zaak|kwestie|probleem|taak|verantwoordelijkheid|pakkie-an|zaakje) ~6 niet (van|bij|voor) (hen|ons|hun|hem|haar|hunne|mij) | noneg
+ in het kantoor zeggen ze dat dat een zaak van de app is, niet van hen
+ volgens de winkel is dat een kwestie van de fabrikant en niet van hen
- het is een kwestie van tijd voor het opgelost is
# --- nl16b ---
# "you must have broken it yourself"
zelf ~3 (kapot|kapotgemaakt|stuk|stukgemaakt|beschadigd|gebroken|gesloopt|vernield) ~3 (moest|moet|moesten|zou|zal|zouden) | noneg
(moest|moet|moesten|zou|zouden|zal) ~5 zelf ~3 (kapot|kapotgemaakt|stuk|stukgemaakt|beschadigd|gebroken|gesloopt|vernield) | noneg
+ Volgens de monteur moest ik het scherm zelf kapot gemaakt hebben.
- Ik had het toestel zelf laten vallen, mijn fout.
# "that's your problem" as a question or statement
als ~8 (is|was) (dat|het|'t) (uw|jouw|je|jullie) ~1 (probleem|pakkie-an|schuld|fout) | noneg
# 'jullie' is the customer addressing the company ("het is jullie fout"): not blame shifting
(dat|het|'t) (is|was) (uw|jouw|je) (probleem|pakkie-an|schuld|fout)
+ als de lader niet past, is dat jouw probleem, zei de man in de winkel
+ als u de handleiding niet leest, is dat uw eigen schuld
+ Dat is uw probleem, meneer, antwoordde ze kortaf.
- is dat uw probleem ook opgelost na de update? fijn
# not our department / falls under another team
(valt|vallen|viel|vielen) ~3 niet ~2 onder (ons|onze|hun|haar|zijn|mijn|deze|die|dit|de|het) ~1 (*afdeling|bevoegdheid|bevoegdheden|verantwoordelijkheid|takenpakket|dienst|departement|team|taak) | noneg
(buiten|niet) ~2 (onze|hun|mijn|zijn|haar) (bevoegdheid|bevoegdheden|takenpakket|*afdeling) | noneg
+ volgens de medewerker viel de storing niet onder hun team maar onder de netbeheerder
+ Zij zei dat het buiten haar bevoegdheid lag en ik maar bij facturatie moest zijn.
- de reparatie valt gelukkig onder de garantie
# passing it on to a third party
(schuiven|schuift|schoof|schoven|steken|steekt|stak|staken) ~3 (door|op) ~2 (hersteller*|reparateur*|fabrikant*|leverancier*|koerier*|bezorger*|producent*|importeur*|magazijn*|verzekeraar*)
+ de winkel steekt het op de fabrikant en de fabrikant op de winkel
- de winkel schuift de afspraak door naar volgende week
# each side says the opposite
(zegt|zeggen|zei|zeiden|beweert|beweren|beweerde|beweerden) ~2 (het|precies|juist) ~1 (omgekeerde|tegenovergestelde|andersom) | weight=0.5
(zegt|zeggen|zei|zeiden|beweert|beweren|beweerde|beweerden) dat (mijn|m'n|mn|jullie|hun|uw|de|het) (bank|verzekeraar*|provider*|leverancier*|koerier*|werkgever|hersteller*|fabrikant*|netbeheerder*) ~4 (tegengehouden|geblokkeerd|vergeten|verloren|kwijtgeraakt|verkeerd|fout|geweigerd|teruggestort|vastgehouden) | weight=0.5
+ de verzekeraar zegt dat mijn bank de betaling heeft geblokkeerd, de bank zegt het omgekeerde
- Volgens de koerier is het pakket niet beschadigd aangekomen, klopt helemaal.
- Volgend jaar zit ik bij de sportschool om de hoek, gewoon dichterbij.
# --- nl19a paraphrase round ---
# the customer "gets the blame", with words in between: "krijg ik als klant de schuld"
(kreeg|kregen|krijg|krijgen|krijgt) (ik|we|wij|u|je|jij|hij|zij|ze) ~3 (de|alle|volledige|weer) (schuld|zwartepiet)
# the cause put on the customer in reported speech: "liet weten dat de vertraging bij mij lag"
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stelde|antwoordde|meldde|horen|volgens|weten|mee|mede|aangegeven|mailde|schreef|schreven|erop|vol) ~8 (fout|schuld|oorzaak|probleem|vertraging|achterstand|schade|storing|misser|verantwoordelijkheid) ~3 bij ~1 (mij|mezelf|ons|onszelf|u|uzelf|klant|klanten|jou|jezelf) ~1 (lag|ligt|lagen|liggen|zou|zat|zit)
+ waarom krijgen wij als gezin weer de schuld van hun vergissing
+ de servicedesk liet weten dat ik de bestelling verkeerd had opgegeven
+ ze mailden dat de storing bij ons zou liggen
- ik gaf zelf toe dat de fout bij mij lag
- ik kreeg een brief van de gemeente over de schuld, netjes uitgelegd
# the delay put on a third party as a verb: "vertelden dat de fabrikant achterloopt"
+ de winkel zei dat de fabrikant achterliep met leveren, alsof wij daar iets aan kunnen doen

# --- nl-s8 round ---
# the fault placed inside the customer's device, as reported: "zeiden dat het probleem in mijn laptop zat"
(zei|zeiden|zegt|zeggen|volgens|beweerde|beweerden|beweert|beweren|stelt|stelde|stelden|meende|meenden|antwoordde|antwoordden|schreef|schreven|schrijft|horen|concludeerde|concludeerden) ~6 (probleem|storing|fout|oorzaak|defect|euvel|mankement|storingen) ~2 (in|bij|aan|met) (mijn|m'n|mn|uw|jouw|je|ons|onze) ~1 (router|modem|telefoon|gsm|laptop|computer|pc|apparatuur|toestel|installatie|bedrading|wifi|netwerk|instellingen|browser|tv|decoder|kabel|kabels|meter|ketel|cv-ketel|aansluiting|leidingen|stopcontact|oplader|simkaart|auto|fiets|meterkast|antenne|app|software|tablet|printer|account|bankpas|pas|horloge|camera)
+ volgens de helpdesk zat de storing in mijn decoder, maar die was gloednieuw
+ ze zeiden dat het euvel bij mijn printer lag
- uiteindelijk bleek het probleem in mijn instellingen te zitten, de helpdesk hielp me het op te lossen
# "doet alsof ik me vergist heb / het zelf verkeerd deed"
(deed|deden|doet|doen|deedt) alsof (ik|we|wij|mijn|m'n|mn) ~5 (vergist|vergiste|vergis|verkeerd|verkeerde|fout|foute|vergeten|vergat|verzonnen|verzin|verzon|loog|lieg|gelogen|verward|schuld|verkeerd)
+ de balie deed alsof ik de verkeerde tijd had genoteerd
+ ze doen alsof ik het zelf vergeten ben op te zeggen
- ik deed alsof ik het niet merkte en liep door
# force majeure claimed: "beroept zich op overmacht"
(zei|zeiden|zegt|zeggen|volgens|beweert|beweren|beweerde|beweerden|noemt|noemen|noemde|noemden|stelt|stellen|stelde|stelden|schrijft|schreef|schreven|antwoordde|antwoordden|horen|afgedaan|afdoen|doen|deden) ~10 overmacht
(beroept|beroepen|beriep|beriepen|verschuilt|verschuilen|verschool|verscholen|verschuilde|verschuilden) ~3 (overmacht|weer|weersomstandigheden|storm|staking|drukte|personeelstekort)
+ de maatschappij beriep zich op overmacht terwijl de rest gewoon vloog
+ alles wordt door hen afgedaan als overmacht
- ik begrijp dat een storm overmacht is en kreeg keurig een hotel
# the customer's own bank, employer or provider named as culprit: "zeggen dat het mijn bank is"
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|vindt|vond|vonden|stelt|stelde|stelden|schrijft|schreef|schreven|antwoordde|volgens) ~2 dat (het|'t) (mijn|m'n|mn|uw|jouw|je) ~1 (bank|provider|werkgever|verzekeraar|huisarts|router|modem|telefoon|browser|apparaat|toestel|computer|laptop|installateur|aannemer|loodgieter|boekhouder|creditcardmaatschappij|postbode|buren) (is|was|zou|geweest|moet|moest)
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stelde|stelden|schrijft|schreef|schreven|volgens) ~2 dat (mijn|m'n|mn|uw|jouw|je) (bank|provider|werkgever|verzekeraar|huisarts|creditcardmaatschappij|boekhouder|apotheek) ~4 (tegenhoudt|tegenhield|tegenhouden|blokkeert|blokkeerde|blokkeren|vasthoudt|vasthield|weigert|weigerde|weigeren|vergeet|vergat|vergeten|dwarsligt|dwarslag)
+ de webwinkel zegt dat het mijn creditcardmaatschappij is die moeilijk doet
+ ze beweren dat mijn werkgever de gegevens tegenhoudt
- mijn bank zegt dat de betaling is gelukt, fijn
# a cause "doordat" the customer, in writing: "U schrijft dat de schuld is ontstaan doordat ik..."
(schrijft|schreef|schreven|schrijven|staat|stond|mailde|mailden|meldt|meldde|melden|antwoordt|antwoordde|antwoordden|aangegeven|laat|liet|claimt|claimde|claimen|vermeldt|vermeldde|stellen|stelt|stelde|stelden) ~10 doordat (ik|u|je|jij|we|wij|mijn|m'n|mn|uw|jouw|onze|ons)
# the reason given is a mistake by the customer or someone else: "omdat mijn huisarts het verkeerd heeft doorgegeven"
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stelde|stelden|schrijft|schreef|schreven|antwoordde|antwoordt|volgens|horen|mailde|meldde|staat) ~10 (omdat|doordat) (ik|u|je|jij|we|wij|mijn|m'n|mn|uw|jouw|de|het|hun|onze) ~5 (verkeerd|verkeerde|fout|foute|foutief|foutieve|onjuist|onjuiste|onvolledig|onvolledige|onleesbaar|vergeten|vergat) | noneg
+ In de brief staat dat de achterstand komt doordat wij de machtiging zouden hebben ingetrokken.
+ de gemeente zegt dat de aanvraag is afgewezen omdat ik het formulier onvolledig had ingestuurd
+ volgens de apotheek was het recept niet doorgekomen omdat de specialist het fout had ingevoerd
- ik belde omdat ik zelf het verkeerde adres had opgegeven, dat werd netjes aangepast
# wijten aan
(ze|zij|hij|men|jullie) (wijten|wijt|wijtten|wijtte) ~4 aan
(wijten|wijt|wijtten|wijtte) (ze|zij|hij|jullie) ~4 aan
te wijten ~3 aan (uw|jouw|je|onvoldoende|slecht|gebrekkig|gebrekkige|achterstallig|verkeerd|verkeerde|onjuist|onjuiste|ondeskundig|ondeskundige|nalatigheid|onoplettendheid)
+ ze wijten de lekkage aan de vorige bewoner
+ de schade zou te wijten zijn aan gebrekkig onderhoud, schrijft de verzekeraar
- het was een kabelbreuk in de straat, dezelfde dag netjes hersteld
# the ball played back: "leggen de bal bij mij"
(leggen|legt|legde|legden|gelegd|kaatsen|kaatst|kaatste|kaatsten|gekaatst|spelen|speelt|speelde|speelden|gespeeld) ~3 (bal|balletje) ~3 (bij|naar|terug) ~1 (mij|ons|mijzelf|de|u)
+ de verhuurder legt de bal steeds bij ons
# "ik moest het maar bij de buren zoeken"
(moest|moet|moesten|moeten|kunt|kon|maar|eerst) ~4 (bij|aan) de (buren|buurvrouw|buurman|overburen) ~3 (zoeken|vragen|navragen|aankloppen|aanbellen|informeren|checken|kijken)
+ volgens de bezorgdienst moest ik eerst maar bij de buren navragen
- ik heb het pakket zelf bij de buren opgehaald, prima geregeld
# damage put down to a fall or knock: "zeiden dat de barst door een val kwam"
(zei|zeiden|zegt|zeggen|volgens|beweert|beweren|beweerde|beweerden|stelt|stelde|stelden|concludeerde|concludeerden|vond|vonden|oordeel|conclusie|rapport|expert) ~8 (door|na) (een|de) (val|valpartij|klap|stoot|schok|vochtschade|waterschade|stootschade|valschade)
+ de reparateur stelt dat de schade door een stoot komt
- mijn telefoon is kapot door een val, dat was mijn eigen schuld
# the customer's old device blamed
(als|omdat|zolang|doordat) (ik|u|je|jij|ge|we|wij) ~3 (oud|oude|ouwe|verouderd|verouderde) (ding|toestel|telefoon|gsm|model|apparaat|router|modem|laptop|computer|pc|tv|ketel|besturingssysteem|browser|software|versie) | weight=0.5
maar ~2 (een|nieuwe) ~1 (nieuwe|nieuw) ~1 (telefoon|toestel|router|modem|laptop|computer|apparaat|ding|exemplaar|gsm|tv) ~2 (kopen|aanschaffen|halen|nemen) | weight=0.5
(zei|zeiden|zegt|zeggen|volgens|vond|vonden|vindt|beweert|beweerde|beweren) ~8 (te|hopeloos|veel) (oud|verouderd) | weight=0.5
+ de verkoper zei dat ik maar een nieuw toestel moest kopen omdat ik zo'n oude telefoon heb
- ik heb mijn oude telefoon ingeruild en een nieuwe gekocht, prima advies
# "zegt dat het bij Engie ligt": the culprit named with a bare 'het'
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stelde|stelden|volgens|antwoordde|antwoordden) ~2 dat (het|'t|dat) (bij|aan) ~2 (ligt|lag|liggen|lagen|zit|zat)
+ de verzekeraar zegt dat het bij de garage ligt
- de medewerker zei dat het pakket bij de balie lag, ik kon het meteen ophalen
# damage from "own use", own carelessness: "door eigen gebruik", "het gevolg van mijn eigen ..."
(door|wegens|vanwege) eigen (toedoen|gebruik|nalatigheid|onvoorzichtigheid|onachtzaamheid|onoplettendheid|handelen) | weight=0.5
(zei|zeiden|zegt|zeggen|beweert|beweren|beweerde|beweerden|stelt|stelde|stelden|volgens|schrijft|schreef|schreven|antwoordde|geeft|gaf|aangegeven|staat|stond) ~10 (door|aan|van|wegens|vanwege) ~2 eigen (toedoen|gebruik|nalatigheid|onvoorzichtigheid|onachtzaamheid|onoplettendheid|handelen|gedrag|verbruik|dataverbruik|fout|schuld|slordigheid|instellingen|apparatuur) | noneg
(gevolg|resultaat) ~2 van (mijn|m'n|mn|uw|jouw|je) ~1 eigen
+ U stelt dat de kosten het resultaat zijn van mijn eigen verbruik, maar ik zat in het ziekenhuis.
+ in de afwijzing staat dat de breuk door eigen toedoen is ontstaan
- ik heb het scherm door eigen onhandigheid gebroken, ik betaal de reparatie graag
# "dat ik het bij de buren moet zoeken" (verb last)
(bij|aan) de (buren|buurvrouw|buurman|overburen) (moet|moest|moeten|moesten|kan|kon|kunt) (zoeken|vragen|navragen|aankloppen|aanbellen|informeren|checken|kijken)
+ de bezorger hield vol dat ik het bij de buren moest zoeken
# Flemish "da's uwe fout"
(da's|das|dat's) (uwe|uwen|uw|jouwe|jouw|je) ~1 (fout|schuld|probleem|pakkie-an)
(uwe|uwen|jouwe) eigen (fout|schuld|probleem)
+ da's uw eigen schuld, zei de madam aan het loket
+ 't is uwe eigen fout, meneer
- da's mijn eigen fout, ik had het briefje verkeerd gelezen
# the customer "too late": "houden het erop dat ik te laat heb opgezegd"
(houden|houdt|hield|hielden|beweren|beweert|beweerde|beweerden|stellen|stelt|stelde|stelden|zeggen|zegt|zei|zeiden|erop|vol) ~3 dat (ik|u|je|we|wij|jij) ~5 te (laat|vroeg)
+ de verzekeraar stelt dat wij te laat hebben gemeld
- ik zei dat ik wat later zou komen en dat was prima
# "af te wentelen op de klant"
af te wentelen ~2 op
(wentelen|wentelt|wentelde|wentelden) ~4 af
+ ze proberen alles af te wentelen op de klant
# hearsay 'zou': "de fout zou bij mij liggen"
(fout|schuld|oorzaak|probleem|storing|vergissing|vertraging) (zou|zouden) ~4 (bij|aan) (mij|ons|u|mezelf|onszelf|mijzelf|jou) ~1 (liggen|zitten|gelegen)
+ de vergissing zou volgens de balie bij ons liggen
- ik vroeg of de fout bij het systeem lag, en dat bleek zo

# s9: put down to "the user" or "the customer": "volgens hen ligt het aan de gebruiker"
(lag|ligt|zat|zit|liggen|lagen) ~3 aan de (gebruiker|gebruikers|klant|klanten|consument|koper|eindgebruiker|bewoner|bewoners|huurder|huurders)
aan de (gebruiker|gebruikers|klant|klanten|consument|koper|eindgebruiker|bewoner|bewoners|huurder|huurders) ~2 (lag|ligt|liggen|lagen)
+ volgens de helpdesk ligt het probleem aan de gebruiker
+ de verhuurder vindt dat het vocht aan de bewoners ligt
- het ligt niet aan de klant, gaf de manager meteen toe
- de winkel ligt aan de rand van het dorp
# s9: "gooide het op een fout van ...": blaming with gooien, wider than couriers and systems
(gooien|gooit|gooide|gooiden|gegooid) (het|alles|dat|dit|'t) ~1 op (een|de|het|hun|die|mijn|m'n) ~3 (fout|fouten|foutje|storing|vergissing|misverstand|schuld|vorige|collega|collega's|stagiair*|invalkracht*|uitzendkracht*)
+ de medewerker gooide het op een fout van haar collega
+ ze gooien alles op een storing bij de netbeheerder
- de bezorger gooide het pakket op de stoep
- ik heb dat foutje zelf opgelost
# s9: put down to a colleague: "volgens hem lag het aan die nieuwe collega"
(lag|ligt|liggen|zat|zit|kwam|komt) ~3 aan ~3 (collega|collega's|stagiair*|stagiaire*|invalkracht*|uitzendkracht*|nieuweling*|voorganger*|vorige)
+ volgens de manager lag het aan een stagiair dat mijn bestelling kwijt was
+ het zou aan zijn voorganger liggen, zei de nieuwe adviseur — dat lag dus aan zijn voorganger
- de collega aan de balie hielp me direct verder
- mijn bestelling zat aan de zijkant van de doos geplakt
# s9: "zegt dat het door ons komt": the cause put on the customer by a reported speaker
(zegt|zeggen|zei|zeiden|beweert|beweren|beweerde|beweerden|volgens|vindt|vinden|vond|vonden|stelt|stellen|stelde|stelden|meent|meende) ~8 door (mij|ons|u|jou|je) ~1 (komt|kwam|komen|kwamen|veroorzaakt|ontstaan|ontstaat|ontstond|gebeurd)
+ de verhuurder zegt dat het vocht door ons komt
+ volgens de garage is de schade door mij veroorzaakt
+ de medewerkster verschuilde zich achter de vervoerder
- ik zei dat het door de regen kwam
- volgens mij komt het door de kou in huis, de monteur was heel behulpzaam
# s9: "volgens" opens the rules above only with a third party (volgens hen / de winkel), not "volgens mij/ons", the customer's own view
+ volgens de winkel komt het door de drukte bij de vervoerder
- volgens mij komt het door de drukte, ze waren verder heel behulpzaam
- volgens ons komt de vertraging door het weer, geen verwijt aan de winkel
# s9: the fault named first, the speaker after: "mijn fout zou het zijn, volgens de klantendienst"
(mijn|m'n|mn|uw) (eigen|fout|schuld) ~4 volgens (hen|haar|hem|jullie|de|het|die|deze)
+ mijn eigen schuld, volgens de verhuurder
+ mijn fout zou het zijn, volgens jullie klantendienst
- mijn fout, sorry, volgens mij heb ik het verkeerde nummer opgegeven
- volgens de monteur was niemand iets te verwijten
# --- s10 paraphrase round ---
# staff put the cause with the customer's own things or acts: "kapotgegaan door mijn rijstijl", "mislukt omdat mijn telefoon te goedkoop is"
(zegt|zei|zeggen|zeiden|beweert|beweerde|beweren|beweerden|volgens|aldus) ~10 (omdat|doordat|door|vanwege) (mijn|m'n|mn|uw|je|jouw) ~3 (te|verkeerd|verkeerde|slecht|slechte|rijstijl|gebruik|gedrag|onderhoud|schuld|goedkope|oude)
# "you did it wrong, not us"
(schuld|fout|verkeerd|gedaan|gemaakt|verknald|verpest|gedaan) ~6 (niet|nie) (wij|we|ons|onze) | noneg
# told the customer had not read / used it properly
(horen|gezegd|gezegt|verteld|zei|zeiden|verweten|verweet|beweerde|beweerden) ~2 (dat|da) (ik|we|wij|u|je) ~5 (niet|nie) ~1 (goed|juist|correct|zorgvuldig) ~3 (gelezen|gedaan|aangesloten|gebruikt|ingesteld|ingevuld|onderhouden|behandeld|bewaard|bediend|gemonteerd|ingevoerd|opgelet|gekeken) | noneg
# reported accusation with "zou": "ik zou het gewoon niet opgehaald hebben"
(ik|we|wij|u) (zou|zouden) ~3 (gewoon|zogenaamd|zogezegd|zelf|blijkbaar) ~4 (niet|nooit|nie|verkeerd) | noneg
# a claimed cause contradicted by the customer: "zou door waterschade kapot zijn gegaan, zeggen ze, terwijl ..."
(zou|zouden) ~1 door ~4 (kapot|stuk|beschadigd|defect|ontstaan|veroorzaakt|gekomen|mislukt|kapotgegaan) | weight=0.5
(zeggen|zegt|zei|zeiden|beweren|beweert|beweerde|beweerden) (ze|zij|hij|men) ~2 terwijl | weight=0.5
# one department pushes the problem on: "schuift mijn probleem door naar de andere"
(schuift|schuiven|schoof|schoven|doorgeschoven|afgeschoven) ~4 (probleem|klacht|zaak|dossier|verantwoordelijkheid|kwestie|vraag) ~2 (door|af) ~2 (naar|op)
+ de garage zei dat de motor kapotging door mijn slechte onderhoud
+ volgens de helpdesk lukt het niet omdat mijn laptop te oud is
+ 'de bezorger heeft het verpest, niet wij', was het antwoord
+ ze zeiden dat ik de instructies niet goed gelezen had
+ volgens de bezorgdienst zou ik gewoon niet opengedaan hebben
+ de bril zou door verkeerd gebruik beschadigd zijn, zeggen ze, terwijl ik hem amper droeg
+ de verkoop schuift de klacht door naar de technische dienst
- ik gaf zelf toe dat ik de doos had laten vallen
- de medewerker gaf toe dat het hun fout was
- ik had de handleiding inderdaad niet goed gelezen, mijn fout
# --- s10b paraphrase round ---
# insinuation verbs with the customer as subject: "er werd gesuggereerd dat ik ...", "insinueerde dat u"
(gesuggereerd|suggereerde|suggereerden|suggereert|suggereren|geinsinueerd|insinueerde|insinueerden|insinueert|insinueren|geimpliceerd|impliceerde|impliceert|verweet|verweten|verwijt|verwijten|beschuldigde|beschuldigden|beschuldigd|beschuldigt) ~3 (dat|da) (ik|we|wij|u|mijn|m'n|mn|uw|onze)
+ er werd min of meer gesuggereerd dat ik de pas zelf kwijtgemaakt had
+ de agent insinueerde dat wij de schade zelf hadden aangericht
+ ze verweten me dat ik te laat had gereageerd
- ik suggereerde dat ze het eens bij het magazijn navroegen
- de medewerker suggereerde een andere oplossing
# the cause ascribed to someone or something else: "schreef de lekkage toe aan", "werd toegeschreven aan mijn gebruik"
(schreef|schreven|schrijft|schrijven) ~6 toe aan
(toegeschreven|toeschrijven|toeschreef|toeschreven|toeschrijft) ~2 aan
+ de monteur schreef het lek toe aan mijn oude kranen
+ de storing werd toegeschreven aan mijn eigen bekabeling
+ ze schrijven alles toe aan de vervoerder
- ik schreef het bedrag over aan de verkoper
- ze schreven me een brief
# insisting the customer got it wrong: "ze houden vol dat de meterstand die ik doorgaf fout was"
(houden|hield|hielden|houdt|hou) ~2 vol ~2 (dat|da) ~8 (ik|mijn|m'n|mn|u|uw|we|wij|onze) ~6 (fout|verkeerd|verkeerde|zelf|schuld|foutief|onjuist|onjuiste|vergeten|laat)
+ de dame hield vol dat de gegevens die ik invulde onjuist waren
+ ze blijven volhouden, ze houden vol dat mijn aanvraag te laat was
- ik hou vol dat de meterstand klopt
- ze hielden vol dat het pakket onderweg was
# the roles turned round: "ze draaien de zaak om", "ineens was ik degene die ..."
(draaien|draaide|draaiden|draait|draaiden) ~3 (zaak|rollen|boel|verhaal|zaakje|zaken|bordjes) ~2 om
(rollen|bordjes|zaak) ~2 (omgedraaid|verhangen)
(ineens|opeens|plots|plotseling|plotsklaps|vervolgens) ~2 (was|ben|zou) (ik|ikzelf) ~2 degene
+ de bordjes werden even verhangen, ik had het verkeerd begrepen
+ ze draaien het verhaal gewoon om
+ opeens was ik degene die te laat had betaald
- ik draaide de schroef om
- ik was degene die het probleem meldde
# a staff member's "you should just have ...": "u had de voorwaarden maar moeten lezen"
(u|je|jij|ge|gij) (had|hadt) ~4 maar ~2 (moeten|beter)
(had|hadt) (u|je|jij|ge|gij) ~4 maar ~2 (moeten|beter)
+ 'dan had u de mail maar moeten openen', was het antwoord
+ ge had het maar beter moeten nalezen, zei hij
- ik had het maar moeten laten zitten
- had je maar gebeld, dan had ik het geregeld
# the fault put with the customer by a written or spoken source: "in de mail stond dat de fout bij mij lag"
(stond|staat|stonden|zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|vertelden|schreven|antwoord|reactie|volgens) ~8 (fout|schuld|oorzaak|probleem) ~1 (bij|aan) (mij|mijn|m'n|mn|u|uw|jou|jouw|je|ons|onze) ~3 (lag|ligt|lagen|liggen|zat|zit|zou|was)
+ in hun antwoord stond dat de oorzaak bij mijn installatie lag
+ de servicedesk zegt dat het probleem aan uw kant zit
- de fout lag bij mij, dat geef ik eerlijk toe
# sent off to a third party by "niets aan doen, dat is ..." / "niet wij"
(niks|niets|nie) ~1 aan ~2 doen ~4 (postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|vervoerder*|bezorger*|koerier*|fabrikant*|leverancier*|bank|pakketdienst*|bezorgdienst*|transporteur*|betaalprovider*|netbeheerder*) | noneg
(is|zijn|was|waren|doet|doen|gaat|gaan|regelt|regelen) ~5 (niet|nie) (wij|we|ons) | noneg
+ daar kunnen wij helaas niks aan doen, dat is de bezorgdienst
+ dat regelt de boekhouding, niet wij
+ de installatie is van de aannemer, niet ons
- daar kon de winkel niks aan doen, ik snap het
- ik vind dat jullie het moeten oplossen, niet wij klanten
# sent to their own employer, doctor or insurer for what the company did: "dat moet u aan uw werkgever vragen"
(moet|moest|moeten|dient|kunt|kan) (u|je|jij|ge) ~4 (aan|bij|met) (uw|je|jouw|de|het) (werkgever|huisarts|tandarts|zorgverzekeraar|verzekeraar|bank|gemeente|fabrikant|leverancier|importeur|vervoerder|bezorger|provider|netbeheerder|verhuurder|aannemer|installateur|winkel|webshop|makelaar|apotheek) ~3 (vragen|navragen|melden|klagen|zijn|aankloppen|regelen|opnemen|uitzoeken|bespreken|nagaan)
+ dat moet u maar aan uw zorgverzekeraar vragen, zei de receptioniste
+ daarvoor moet je bij je bank aankloppen, kreeg ik te horen
- moet ik dit bij mijn bank melden of bij jullie?
- kunt u mij zeggen of ik dit aan de verhuurder moet melden
# sayer plus "contact met de fabrikant": "zegt dat ik zelf maar contact met Bosch moet opnemen"
(zelf|maar|moet|moest|moeten|dient) ~3 contact ~1 met ~2 (fabrikant*|leverancier*|producent*|importeur*|samsung|apple|philips|bosch|sony|lg|hp|miele|siemens|aeg|dyson|lenovo|asus|acer|whirlpool|beko|vervoerder*|koerier*|bezorgdienst*|postnl|bpost|dhl) ~3 (opnemen|zoeken|opnam|opnamen|moet|moest|moeten)
+ de winkel zegt dat ik zelf maar contact met Samsung moet opnemen
+ ik moest van hen contact met de fabrikant zoeken
- ik heb contact met de fabrikant opgenomen en die waren top
- zal ik contact met Philips opnemen?
# the customer's device or connection blamed in "you" form: "uw telefoon is te oud", "je router is te traag"
(uw|je|jouw|ge|uwe) (telefoon|toestel|gsm|mobiel|smartphone|laptop|computer|pc|browser|modem|router|apparaat|wifi|wifinetwerk|netwerk|verbinding|internet|auto|printer|tablet|installatie|bekabeling|leidingen|ketel) ~3 te (oud|oude|goedkoop|traag|langzaam|zwak|simpel|verouderd|slecht)
+ uw telefoon is gewoon te oud, zei de helpdesk
+ volgens hen is je router te traag voor ons pakket
- mijn telefoon is te oud, dat weet ik
- is mijn laptop te oud voor de nieuwe versie?
# staff reported claiming the customer was not at home or did not do what they should
(zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|volgens|zou|zouden|stelden|stelt|meldden|meldt) ~5 (ik|u|we|wij|niemand) ~3 (niet|nie) (thuis|aanwezig|opengedaan|opendeed|opgenomen|bereikbaar) | noneg
+ de bezorger beweert dat we niet thuis waren
+ volgens de monteur was ik niet aanwezig op de afspraak
- ik zei dat ik morgen niet thuis ben
- ik was niet thuis dus het pakket ging terug
# the customer's "aan mij / mijn" put there by a speaker
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|volgens|vertelde|vertelden|stelde|stelden|hield|hielden|houden|houdt|vindt|vinden|vond|vonden|horen|antwoord|reactie|stond|schreeuwde|schreeuwden|riep|riepen|snauwde|snauwden|vertelt|meldde|meldden) ~8 (lag|ligt|liggen|lagen|zat|zit) ~3 aan (mij|mijn|m'n|mn|ikzelf)
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|volgens|vertelde|vertelden|stelde|stelden|hield|hielden|houden|houdt|vindt|vinden|vond|vonden|horen|antwoord|reactie|stond|schreeuwde|schreeuwden|riep|riepen|snauwde|snauwden|vertelt|meldde|meldden) ~8 aan (mij|mijn|m'n|mn|ikzelf) ~3 (lag|ligt|liggen|lagen|zat|zit)
+ volgens de helpdesk ligt het aan mijn eigen modem
+ de man zei dat het aan mij lag
+ kreeg te horen dat het aan mijn wifi ligt
# sarcastic: "natuurlijk ligt het weer aan mij"; listed excuses: "eerst lag het aan mijn modem, toen aan ..."
(natuurlijk|uiteraard|tuurlijk|weer|alweer|altijd|zogenaamd|zogezegd) ~3 aan (mij|mijn|m'n|mn|ikzelf) ~2 (lag|ligt|liggen)
(ligt|lag|liggen) ~2 (weer|alweer|altijd|natuurlijk|uiteraard|zogenaamd|zogezegd) ~1 aan (mij|mijn|m'n|mn|ikzelf)
eerst (lag|ligt|zat|zit|was) ~3 aan ~4 toen ~2 aan
+ natuurlijk ligt het weer aan mij, zoals altijd
+ het lag zogenaamd aan mijn instellingen
+ eerst lag het aan de bank, toen aan mijn browser
- het lag uiteindelijk toch aan mijn eigen router
- eerst lag het pakket bij de buren, toen bij het afhaalpunt
- ik dacht dat het aan mijn laptop lag

# --- s11a paraphrase round (blame_shifting) ---
# everyone points at each other: "ze wijzen elkaar aan", "wees elkaar na"
(wijzen|wijst|wees|wezen|wijzend) elkaar ~1 (aan|na)
+ De winkel en de fabrikant wijzen elkaar aan en ik zit met de gebakken peren.
+ Het personeel wees elkaar aan, niemand deed iets.
- Ze wezen elkaar de weg in het nieuwe magazijn, heel gezellig.
- Wij wijzen elkaar nooit aan, zei de manager trots.
# the problem was "made" or "called" the customer's problem
(mijn|m'n|mn|ons|onze) (probleem|schuld|fout|pakkie-an) ~1 (genoemd|gemaakt|noemen|noemde|noemden|maken|maakten|maakte)
+ Toen werd het ineens mijn probleem genoemd.
+ Ze hebben er gewoon mijn schuld van gemaakt.
- Ik heb er zelf een probleem van gemaakt, dat geef ik toe.
- Mijn probleem werd binnen een dag opgelost.
# reported: the customer's way of doing it caused it ("komt door de manier waarop u hem gebruikt")
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|vond|vonden|vindt|stelde|stelt|antwoord|reactie|horen) ~8 (door|aan) de manier (waarop|hoe) (ik|wij|we|u|je|jij|jullie)
+ Volgens de monteur komt de lekkage door de manier waarop wij de machine gebruiken.
+ De klantenservice zei dat het aan de manier lag hoe ik het apparaat had opgeladen.
- Ik ben blij met de manier waarop u mij hebt geholpen.
- De manier waarop ik werd behandeld was prima.
# reported: "dat het dus / zeker / vast aan mij lag" (a conclusion drawn about the customer)
dat (het|dat|'t) (dus|zeker|vast|natuurlijk|allemaal|zogenaamd|blijkbaar|kennelijk) aan (mij|mijn|m'n|mn|ons|onze) ~2 (lag|ligt|lagen|liggen)
+ De medewerker kon niets vinden in het dossier en zei dat het dus aan mij lag.
+ Hij hield vol dat het zeker aan mijn instellingen lag.
- Ik heb zelf ontdekt dat het aan mijn eigen kabel lag.
- Ze zei dat het niet aan mij lag maar aan hun storing.
# "not down to her/him": the staff member denies it was theirs
(niet|nie) aan (ons|hen|hun|haar|hem) ~2 (ligt|lag|liggen|lagen) | noneg
+ Ze zei dat het niet aan haar lag en hing op.
+ De chauffeur riep dat het niet aan hem ligt.
- Het lag aan haar, ze gaf het eerlijk toe.
- Ik weet dat het niet aan mij ligt.
# sort it out yourself with the courier / bank (verb last, subordinate order)
met (de|het|uw|je|jouw|mijn|m'n|mn|hun) (bezorger*|bezorgdienst*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|installateur*|verzekeraar*|bank|importeur*|webshop*|winkel|restaurant|huisarts|werkgever|verhuurder|gemeente) ~2 (moet|moest|moeten|moesten|kan|kon|kunt|mocht) ~1 (uitzoeken|regelen|opnemen|oplossen|bespreken|afhandelen|uitvechten|klaren|opnemen|aankaarten|opnemen)
+ De webshop zegt dat ik dat maar met de bezorger moet uitzoeken.
+ Ze vond dat ik het verder met mijn bank moest regelen.
- Ik heb alles netjes met de bezorger kunnen regelen, bedankt.
- Met de bank moet ik nog even een afspraak maken.
# reported: a third party did it wrong or late ("zei dat de leverancier te laat had geleverd", "dat de keuken onderbezet was")
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|antwoord|reactie|smoes|smoesje|excuus|uitleg) ~4 dat (de|het|hun|onze) (vorige|importeur*|leverancier*|dealer*|fabrikant*|keuken|magazijn*|planning|planner*|monteur*|collega*|bezorger*|koerier*|vervoerder*|huisarts|arts|oogarts|reisbureau|drukker*|aannemer*|chauffeur*) ~3 (te|veel|weer) ~1 (laat|traag|druk|weinig|vol)
+ De ober zei dat de keuken het te druk had.
+ De dealer zei dat de importeur te laat had geleverd.
- De ober zei dat de keuken om tien uur sluit.
- Ze zei dat de monteur morgen om negen uur komt.
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|antwoord|reactie|smoes|smoesje|excuus|uitleg) ~4 dat (de|het|hun|onze) (keuken|magazijn*|planning|*afdeling|winkel|filiaal|vestiging|bezorgdienst*|callcenter|klantenservice) ~2 (onderbezet|onderbemand|overbelast|overspoeld|ziek|afwezig)
+ Hij zei dat de keuken onderbezet was, alsof dat mijn probleem is.
+ Het smoesje was dat het magazijn overbelast was.
- De keuken was onderbezet maar de bediening was super.
- Ze zei dat het magazijn vandaag dicht is.
# reported: the customer did it too hot / too hard ("zei dat ik hem vast te heet had gewassen")
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|vond|vonden|vindt|meende|suggereerde|antwoord|reactie) ~3 dat (ik|u|je|jij|we|wij) ~4 te (heet|warm|hard|vaak|vol|zwaar|ruw|heftig|lang|koud|snel)
+ De verkoopster zei dat ik de trui vast te heet had gewassen.
+ Volgens hem had ik de pan te heet gestookt.
- Ik zei dat het water te heet was.
- De verkoopster zei dat ik te veel had betaald en gaf het geld terug.
# damage said to have happened while the customer was handling it
(vast|zeker|waarschijnlijk|natuurlijk|blijkbaar|ongetwijfeld|kennelijk) ~3 (tijdens|bij) het (uitpakken|installeren|monteren|openen|plaatsen|aansluiten|schoonmaken|ophangen|opbouwen|verplaatsen)
+ Het antwoord was dat de kras vast tijdens het uitpakken was ontstaan.
+ Volgens de fabrikant is de scheur waarschijnlijk bij het monteren gekomen.
- De kras zat er al toen ik begon met uitpakken.
- Bij het uitpakken zag ik meteen de deuk.
# reported accusation that someone in the household took or broke it
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|suggereerde|insinueerde|vermoeden|vermoedde) ~6 (iemand|een) ~2 (uit|in|van) (ons|uw|je|jouw|mijn|m'n) (huishouden|gezin|huis|familie|woning)
+ Volgens de klantenservice had iemand uit ons huishouden het pakket geopend.
+ Ze suggereerde dat iemand in mijn gezin de bestelling had aangenomen.
- Iemand uit ons gezin heeft het pakket aangenomen, dus alles is goed.
- Er is niemand in mijn huis die het heeft gezien.
# told the customer "already received it" per their system
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|hielden|hield|houdt) ~3 dat (ik|u|je|we|wij) ~3 (al|allang|gewoon|toch) ~2 (had|heb|hebt|heeft|hadden) ~1 (ontvangen|gekregen|opgehaald|getekend|aangenomen)
+ De medewerker hield vol dat ik het pakket al had ontvangen.
+ Ze zeggen dat ik de bestelling toch had getekend.
- Ik had het pakket al ontvangen, dus de melding mocht dicht.
- Hij zei dat ik het geld al heb teruggekregen volgende week.
# "said my payment / input was wrong"
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|antwoord|reactie|horen|vol) ~3 dat (mijn|m'n|mn|uw|je|jouw) ~2 (betaling|overboeking|aanvraag|invoer|gegevens|code|opgave|aangifte|kenmerk|*formulier|rekeningnummer|meterstand*|aanmelding|inlog*) ~4 (verkeerd|verkeerde|fout|foute|onjuist|onjuiste|foutief|foutieve|onvolledig|onvolledige)
+ De medewerker zei dat mijn betaling met het verkeerde kenmerk was gedaan.
+ Ze hielden vol dat mijn aanvraag onvolledig was, maar alles stond erin.
- Ze zei dat mijn betaling correct is ontvangen.
- Ze zei dat mijn gegevens nu correct zijn aangepast.
# "the customer is responsible himself" as a rule quoted at the customer
(klant|klanten|ontvanger|koper|afnemer|huurder|huurders|bewoner|bewoners|reiziger|reizigers|u|jij) ~1 zelf ~1 (verantwoordelijk|aansprakelijk)
+ Bij brievenbuspost is de klant zelf verantwoordelijk, schreven ze.
+ Volgens de verhuurder zijn de bewoners zelf verantwoordelijk voor de lift.
- Ik ben zelf verantwoordelijk voor mijn eigen administratie, dat weet ik.
- De klant zelf werd netjes geholpen.
# reported cause: "komt door de brandstof die ik tank", "ligt aan de apps die u draait"
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|vond|vindt|antwoord|reactie) ~6 (komt|kwam|ligt|lag|zit|zat) ~2 (door|aan) (de|het|een) ~3 die (ik|u|je|jij|we|wij)
volgens (de|het|hen|haar|hem|hun|die|deze|jullie) ~8 (komt|kwam|ligt|lag|zit|zat) ~2 (door|aan) (de|het|een) ~3 die (ik|u|je|jij|we|wij)
+ Volgens de garage komt de storing door de olie die ik gebruik.
+ De winkel zei: dat ligt aan de apps die u draait.
- Volgens mij ligt het aan de router die u mij hebt gestuurd.
- Het ligt aan de stekker die ik zelf heb gekocht, mijn fout.
# reported: the customer's device or home is "too old / too cheap / too far"
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|volgens|vond|vindt|antwoord|reactie) ~6 (omdat|doordat|want|dat) (mijn|m'n|mn|uw|je|jouw|ik|u) ~3 te (oud|goedkoop|traag|langzaam|zwak|verouderd|ver)
+ De monteur zei dat het komt doordat mijn router te oud is.
+ De bezorger zei dat ik te ver weg woon.
- De medewerker zei dat mijn oude toestel nog prima is.
- Ik woon te ver weg om even langs te komen, dus ik bel.
# "never themselves"
nooit ~2 (zijzelf|zichzelf|henzelf|hunzelf) | noneg
+ Eerst de bank, toen de bezorger, nooit eens zijzelf.
+ Het ligt altijd aan een ander en nooit aan henzelf.
- Ze hebben zichzelf nog nooit zo vergist, zeiden ze eerlijk.
- Zijzelf waren altijd heel behulpzaam.

# --- said: fault content that is blame only in someone else's reported words ---
# (the same words written by the customer are an admission, a guess or a hypothetical)
# fault with the customer's possessive: direct speech "uw/je fout", indirect "dat het mijn fout was"
(uw|je|jouw|ulle) ~1 (schuld|fout|fouten|nalatigheid|vergissing|verantwoordelijkheid) | said
dat ~4 (mijn|m'n|mn) ~1 (schuld|fout|fouten|nalatigheid|vergissing|verantwoordelijkheid) | said
+ "Dat is toch echt uw eigen fout, mevrouw," was het antwoord.
+ De baliemedewerker hield vol dat het mijn eigen nalatigheid was.
+ Volgens de helpdesk was de storing je eigen schuld.
- Het was mijn eigen fout, ik had beter moeten opletten.
- Ik zei meteen dat het mijn vergissing was en bood mijn excuses aan.
# "wrongly / not properly + participle": someone else did it wrong, in reported words
(verkeerd|onjuist|foutief|slordig|onzorgvuldig|onvoldoende) ~1 (aangesloten|aangelegd|ingevuld|ingesteld|ingevoerd|ingetypt|doorgestuurd|doorgegeven|doorgezet|opgegeven|verstuurd|verzonden|gestuurd|aangeleverd|geleverd|gedeclareerd|gefactureerd|geboekt|geregistreerd|aangemeld|gemeten|geslepen|gemonteerd|geïnstalleerd|geinstalleerd|gekoppeld|geplaatst|geprogrammeerd|geadresseerd|gelabeld|verpakt|ingepakt|bewaard|opgeslagen|onderhouden|behandeld|gebruikt|opgeladen|gewassen|schoongemaakt|gelezen|overgenomen|uitgevoerd|berekend|gecontroleerd|doorgeboekt|overgemaakt|betaald) | said
(niet|nie) (goed|juist|correct|zorgvuldig|voorzichtig|netjes|volledig) ~1 (aangesloten|aangelegd|ingevuld|ingesteld|ingevoerd|doorgestuurd|doorgegeven|doorgezet|opgegeven|verstuurd|verzonden|gestuurd|aangeleverd|gedeclareerd|gefactureerd|geboekt|geregistreerd|aangemeld|gemeten|geslepen|gemonteerd|geïnstalleerd|geinstalleerd|gekoppeld|geplaatst|geprogrammeerd|geadresseerd|gelabeld|verpakt|ingepakt|bewaard|opgeslagen|onderhouden|behandeld|gebruikt|opgeladen|gewassen|schoongemaakt|gelezen|overgenomen|uitgevoerd|gecontroleerd|overgemaakt) | said,noneg
+ De receptie beweerde dat het lab de lenzen verkeerd had gemeten.
+ Volgens de verzekeraar had de fysiotherapeut de behandeling onjuist gedeclareerd.
+ Ze zeiden dat ik de ketel niet goed had onderhouden.
+ Het antwoord: "U heeft de stekker vast verkeerd aangesloten."
- Ik had de stekker zelf verkeerd aangesloten, dom van me.
- Mijn formulier was niet goed ingevuld, dat heb ik meteen verbeterd.
- Ik zei tegen de monteur: ik heb de kabel zelf verkeerd aangesloten.
# "caused by ...": a cause put elsewhere, in reported words
(veroorzaakt|ontstaan|gekomen|aangericht|aangebracht) ~1 (door|doordat|vanwege) | said
door (de|het|een|uw|je|jouw|mijn|m'n|mn|hun|die|dat|zijn|haar) ~4 (veroorzaakt|ontstaan|gekomen|komt|kwam|komen|kwamen|aangericht) | said
(komt|kwam|komen|kwamen) ~2 (doordat|vanwege) | said
+ Ze hielden vol dat de waterschade veroorzaakt was door een lekkende buurman.
+ De helpdesk meldde dat de vertraging door een kapotte kraan kwam.
+ Volgens de installateur kwam het vanwege de oude leidingen in mijn huis.
- De vertraging kwam door de sneeuw, dat begrijp ik best.
- Ik denk dat de schade door het transport is ontstaan.
# "it is down to you", in reported words (the customer's own "het lag aan mij" is an admission)
(ligt|lag|liggen|lagen) ~3 aan (u|uw|jou|jouw|je|uzelf|jezelf|mij|mijn|m'n|mn|mezelf) | said
aan (u|uw|jou|jouw|je|uzelf|jezelf|mij|mijn|m'n|mn|mezelf) ~3 (ligt|lag|liggen|lagen) | said
+ "Het ligt echt aan uw kabel, meneer," hield de monteur vol.
+ De winkel beweerde dat het probleem aan mijn verouderde meterkast lag.
+ Ze riep door de telefoon dat het aan mezelf lag.
- Het lag gewoon aan mijn kabel, die heb ik vervangen.
- Ik dacht dat het aan mijn modem lag, maar dat was het niet.
# "because you / your ...": the customer's failing given as the reason, in reported words
(omdat|doordat|want|aangezien|vanwege) (u|je|jij|uw|jouw|ik|mijn|m'n|mn) ~4 (niet|nie|te|verkeerd|verkeerde|zelf|vergeten|vergat) | said,noneg
+ De chauffeur schreef dat de zending terugging omdat ik niet open zou hebben gedaan.
+ "Dat werkt niet omdat uw toestel te oud is," zei de verkoper.
+ Volgens de bank was de overboeking mislukt doordat ik zelf een cijfer had omgedraaid.
- Ik belde omdat ik geen bevestiging had gekregen.
- De levering was te laat omdat ik verkeerd had gekozen, dat was mijn eigen keuze.
# the customer's own action named as the cause, in reported words ("u heeft hem laten vallen")
(u|je|jij|ge|ik|we|wij) ~4 (heeft|hebt|heb|had|hadt|hadden|hebben) ~4 (laten|vallen|gemorst|omgestoten|gestoten|geforceerd|overbelast|misbruikt|kapotgemaakt|gesloopt|beschadigd|verwaarloosd|overgeslagen|genegeerd) | said
(heeft|hebt|heb|had|hadt|hadden|hebben) (u|je|jij|ge|ik|we|wij) ~4 (laten|vallen|gemorst|omgestoten|gestoten|geforceerd|overbelast|misbruikt|kapotgemaakt|gesloopt|beschadigd|verwaarloosd|overgeslagen|genegeerd) | said
+ "Die heeft u natuurlijk zelf laten vallen," zei de man achter de balie.
+ De verhuurder schreef dat we de kachel hadden overbelast.
+ Volgens de monteur had ik de onderhoudsbeurt overgeslagen.
- Ik heb mijn telefoon zelf laten vallen, mijn fout.
- We hebben de lamp per ongeluk omgestoten, dus we betalen zelf.
# pre-existing damage or fault claimed by the other side: "die kras zat er al"
(zat|zaten|was|waren|zit|zitten) ~3 er (al|vooraf|eerder) ~2 (toen|voordat|voor|bij) | said
er (al|vooraf|eerder) (zat|zaten|was|waren|zit|zitten) ~1 (toen|voordat|voor|bij) | said
+ De garage zei dat de deuk er al zat toen ik de auto bracht.
+ "Die vlek zat er al voor de reparatie," antwoordde de stomerij.
+ Volgens de verhuurder waren de scheuren er al bij de vorige huurder.
- De kras zat er al toen ik de doos opende.
- De vlek was er al bij levering, dus ik stuur hem terug.
# a named third party did it wrong, late or not at all, in reported words
(de|het|hun|onze|een|uw|je) (leverancier*|fabrikant*|importeur*|producent*|lab|laboratorium|huisarts|tandarts|specialist|ziekenhuis|verzekeraar*|zorgverzekeraar*|bank|vervoerder*|bezorger*|koerier*|bezorgdienst*|pakketdienst*|collega*|*afdeling|it-afdeling|magazijn*|hoofdkantoor|netbeheerder*|provider*|aannemer*|onderaannemer*|installateur*|monteur*|werkplaats|drukkerij|reisorganisatie|luchtvaartmaatschappij|luchthaven|gemeente|notaris|makelaar|verhuurder) ~4 (verkeerd|fout|foutief|onjuist|slordig|achterloopt|achterliep|achterlopen|vergeten|vergat|kwijt|kwijtgeraakt|zoekgeraakt|mislukt|verknoeid|verprutst|gestaakt|staakt|staakten|gefaald|steken) | said
(de|het|hun|onze|een|uw|je) (leverancier*|fabrikant*|importeur*|producent*|lab|laboratorium|huisarts|tandarts|specialist|ziekenhuis|verzekeraar*|zorgverzekeraar*|bank|vervoerder*|bezorger*|koerier*|bezorgdienst*|pakketdienst*|collega*|*afdeling|it-afdeling|magazijn*|hoofdkantoor|netbeheerder*|provider*|aannemer*|onderaannemer*|installateur*|monteur*|werkplaats|drukkerij|reisorganisatie|luchtvaartmaatschappij|luchthaven|gemeente|notaris|makelaar|verhuurder) ~4 (fout|fouten|vergissing|blunder|misser) ~1 (gemaakt|begaan|maakte|maakten) | said
+ De baliemedewerker zei dat de drukkerij de kaarten verkeerd had bedrukt.
+ Volgens de receptie was de notaris het dossier kwijtgeraakt.
+ "Het magazijn heeft een fout gemaakt, daar kan ik niks aan doen," zei de verkoper.
- Ik denk dat de bezorger het pakket kwijt is.
- De leverancier heeft een fout gemaakt, en de winkel loste het meteen op.
