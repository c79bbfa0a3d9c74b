# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, another department, "the system").
eigen schuld | weight=0.5
volgens (hen|haar|hem|jullie|de|het) ~3 (had|heb|zou|was|ben|heeft) (ik|u) ~6 (zelf|verkeerd|verkeerde|fout|beschadigd|kapotgemaakt|kapot|vergeten|laat|schuld|nalatig)
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|vond|vonden|vol|suggereerde|insinueerde|impliceerde) ~3 dat (ik|u) ~6 (zelf|verkeerd|verkeerde|fout|beschadigd|kapotgemaakt|kapot|vergeten|laat|schuld|nalatig)
(het|dat) (mijn|uw|jouw|je) (probleem|pakkie-an|verantwoordelijkheid) (is|was)
(probleem|schuld|fout|verantwoordelijkheid) ~4 niet van (ons|hen|hun|haar|hem) | noneg
mijn schuld | weight=0.5
(zei|zeiden|zegt|zeggen|volgens|vond|vonden|beweerde|beweerden|riep|noemde|verweet|verweten|suggereerde|impliceerde|insinueerde|horen|kreeg) ~8 (eigen|mijn|uw|jouw|je|m'n) ~1 (schuld|fout)
('eigen|'mijn|'uw|'je) ~1 (schuld|fout)
bij (mij|mijn|m'n|u|uw|de|het|hun|hen|haar|hem) ~2 (lag|ligt|liggen|zat|zit)
(ligt|lag|zit|zat) ~3 bij (mij|mijn|m'n|u|uw|de|het)
aan (mij|mijn|m'n|u|uw|jou|jouw|je) ~3 (lag|ligt|liggen|zat|zit)
(lag|ligt|zat|zit) ~3 aan (mij|mijn|m'n|u|uw|jou|jouw)
aan (de|het|uw|je|jouw|mijn) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|kpn|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*) ~2 (ligt|lag|zit|zat|liggen)
(ligt|lag|zit|zat|komt|kwam) ~3 (aan|door) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|kpn|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*)
(ligt|lag|zit|zat|komt|kwam) ~3 (aan|door) (postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|kpn|ziggo|'postnl)
(gebruikersfout*|bedieningsfout*|gebruiksfout*)
verkeerd ~2 (gebruik|gebruikt|aangesloten|ingesteld|behandeld|bediend)
(schuiven|schoven|schuift|schoof) ~4 af
(afgeschoven|afschuiven|afgewenteld|afwentelen)
de schuld ~6 (gegeven|geven|gaf|gaven|geeft|geschoven|schuiven|schoof|schoven|gelegd|leggen|legde|legden|gekregen|krijgt|kreeg)
(gaven|gaf|geven|geeft|schoven|schoof|legden|legde) ~4 de schuld
(wijzen|wezen|wijst|wees) ~3 naar ~2 (elkaar|ander*|de|het)
zwartepiet
zwarte piet
(niet|nooit) ~3 (onze|hun|haar|zijn|z'n) (schuld|fout|verantwoordelijkheid|probleem|pakkie-an) | noneg
geen ~2 (verantwoordelijkheid|schuld) | noneg
niet ~3 (verantwoordelijk|aansprakelijk) | noneg
(ligt|lag) ~2 niet ~2 aan (ons|ons.|hen|haar|hem) | noneg
niet aan ons | noneg
daar ~3 (gaan|ga|gaat) ~3 niet over | noneg
(zei|zeiden|zegt|zeggen|beweerde|beweerden|beweert|beweren|volgens|vonden|vond|meende|meenden) ~9 (schuld|fout|probleem|verantwoordelijkheid) van (de|het|uw|mijn|'de|'het)
(zei|zeiden|zegt|zeggen|beweerde|beweerden|volgens|wezen|wees|wijzen) ~8 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|kpn|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*) ~5 (schuld|fout|verantwoordelijk|aansprakelijk|aankloppen|klagen|melden)
(moet|moest|moeten|kunt|kan) ~3 (bij|naar) de (fabrikant*|leverancier*|producent*|bezorger*|koerier*|vervoerder*|importeur*)
systeemfout | weight=0.5
(fabrieksfout*|productiefout*|fabricagefout*) | weight=0.5
bij ~2 (moet|moest|kunt|maar|moeten|moest) ~1 (aankloppen|terecht) | weight=0.5
(aankloppen) ~2 bij ~2 (fabrikant*|leverancier*|producent*|importeur*|samsung|apple|philips|bosch|sony|lg|hp|bank|vervoerder*|bezorger*)
(door|aan|vanwege) ('het|het|de|een|'de|'een) (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek)
de (schuld|fout) van (het|de|een|die|dat|'het|'de) ~1 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|kpn|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*)
de (schuld|fout) van (het|de|een|'het|'de) (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek)
buiten (onze|jullie|hun|zijn|haar|mijn) (macht|schuld|invloed|verantwoordelijkheid|controle)
(zijn|haar|hun|z'n) (probleem|pakkie-an|verantwoordelijkheid|schuld) | weight=0.5
de ~1 (zijn|z'n|haar|hun) (probleem|schuld|fout|verantwoordelijkheid|pakkie-an)
(alsof|als) (dat|het) mijn (probleem|schuld|fout) (is|was)
(ik|u|je) ~5 (vast|zeker|natuurlijk|blijkbaar|kennelijk|waarschijnlijk) ~4 (kapotgemaakt|kapot|laten|verkeerd|beschadigd|veroorzaakt|gesloopt|gebroken|fout|vergeten)
volgens (hen|haar|hem|jullie|de|het) ~10 (omdat|doordat|want|door) (ik|mijn|m'n|u|uw|'mijn)
volgens (de|het) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|kpn|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*) ~10 (ontstaan|schuld|fout|gedaan|veroorzaakt|kapot|beschadigd|niet|nooit|geweest|verantwoordelijk)
(antwoord|reactie|uitleg|excuus|smoes|smoesje) (is|was) (dat|:) (de|het) (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|kpn|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*)
(smoes|smoesje|smoesjes|excuus) ~5 (bezorger*|koerier*|postbode|vervoerder*|pakketdienst*|postnl|dhl|dpd|gls|ups|bpost|fedex|budbee|trunkrs|fabrikant*|leverancier*|producent*|provider*|netbeheerder*|aannemer*|loodgieter*|monteur*|installateur*|transporteur*|magazijn*|hoofdkantoor|verzekeraar*|bank|gemeente|webshop*|verkoper*|onderaannemer*|partner*|kpn|ziggo|post|afdeling|vestiging|filiaal|winkel|fabriek|importeur*|distributeur*|externe|derde*) | weight=0.5
(antwoord|reactie|uitleg|smoes|smoesje) (is|was) (dat|:) (de|het) (systeem|'systeem|computer|'computer|systeemfout|computerfout|storing|software|automatisering|programma|techniek|'techniek)
(systeem|computer) ~3 (schuld|fout|lag|ligt)
had ~3 beter ~3 (moeten|opletten|lezen)
had (u|je) ~4 moeten
(zou|had) (ik|u) ~5 (verkeerd|fout)
(ik|u) zou ~5 (verkeerd|fout)
(afgewezen|geweigerd|afgewimpeld|vergoed|gedekt|uitgekeerd) ~3 (omdat|want|aangezien) ~6 (niet|'niet|verkeerd|'verkeerd|zelf|te|'te|onvoldoende|nalatig|eigen) | noneg
+ volgens de medewerker was het mijn eigen schuld
+ ze zeiden dat het aan mijn router ligt
+ ze schuiven de schuld af op de bezorger
+ het ligt niet aan ons, zei ze, u moet bij de fabrikant zijn
+ de klantenservice en de winkel wijzen naar elkaar
+ de dubbele afschrijving lag volgens hem aan 'de computer'
- ik geef jullie de schuld van deze ellende
- het was inderdaad mijn fout, excuses daarvoor
- de bezorger heeft het netjes afgeleverd
