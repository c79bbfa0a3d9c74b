# Will cancel, leave, switch to a competitor, never buy again.
(wil|willen|ga|gaan|graag|overweeg|overwegen|besloten|dreig) ~5 opzeggen | weight=0.5
(mijn|m'n|deze|als) opzegging
# removed: a past cancellation is not a threat: (opgezegd|opzegging*) | weight=0.5
(zeg|zeggen) ~4 op | noneg
(abonnement*|contract*|lidmaatschap|account|verzekering|polis|energiecontract|klantrelatie) ~4 (opzeggen|opgezegd) | weight=0.5
(abonnement*|contract*|lidmaatschap|account|verzekering|polis|energiecontract|klantrelatie|samenwerking|klantenrelatie) ~4 (beeindigen|beeindigd|stopzetten|stopgezet|stoppen|annuleren|geannuleerd|ontbinden|ontbonden|opgeheven|opheffen|gecanceld|cancelen)
(abonnement*|contract*|lidmaatschap|polis|energiecontract) ~4 (niet|nie) ~1 (verlengen|verlengd|voortzetten) | noneg
(abonnement*|contract*|lidmaatschap|polis) ~4 laten lopen
overstap* | weight=0.5
overgestapt
overstap* ~3 naar
(stap|stappen) ~4 over
(ga|gaan|gaat) over naar
(naar|bij) de (concurrent|concurrentie)
concurrent* | weight=0.5
klant (kwijt|verloren)
(ben|bent|zijn|is|was|waren|weer|alweer|hebben|heeft|nog|hier|daar) ~3 klant af
(laatste|allerlaatste) keer ~4 (bestel|besteld|bestelling|gekocht|koop|klant|geboekt|boek|gebruik|gevlogen|geweest|dat)
voor het laatst ~4 (besteld|gekocht|klant|geboekt|gebruikt|geweest|gevlogen)
(nooit|niet|nie) (meer|weer|ooit) ~5 (bestellen|besteld|bestel|kopen|koop|gekocht|klant|terug|boeken|geboekt|vliegen|gebruiken|gebruik|binnen|voet|aanraden|vloer) | noneg
nooit meer ~2 bij (jullie|u|deze|dit|hun|jou) | noneg
(nooit|niet|nie) (meer|weer) ~1 (hier|daar) | noneg
(ga|gaan|ben|zijn|wil|willen|ik) ~2 (weg|vertrek|vertrekken) ~2 bij (jullie|u|deze|dit|die)
(ik|wij|we) ~2 (ga|gaan|stap|stappen|zoek|zoeken|kies|kiezen|neem|nemen) ~4 (andere|ander) (provider|aanbieder|leverancier|energieleverancier|bank|verzekeraar|webshop|winkel|bedrijf|telecomaanbieder|maatschappij|zorgverzekeraar|vervoerder|partij|zaak|garage)
naar ~1 (andere|ander|nieuwe) (thuiszorgorganisatie|thuiszorg|zorgorganisatie|organisatie|instelling|kinderopvang|opvang|school|zorgaanbieder|ziekenfonds|mutualiteit|operator|installateur|aannemer|provider|aanbieder|leverancier|energieleverancier|bank|verzekeraar|webshop|winkel|bedrijf|telecomaanbieder|maatschappij|zorgverzekeraar|partij|zaak|garage|makelaar|verhuurder|netwerk|telefoonmaatschappij|vervoerder|supermarkt)
(ik|we|wij|ga|gaan) ~3 ergens anders ~3 (heen|bestellen|kopen|klant|halen|boeken)
(bestel|koop|bestellen|kopen|boek|boeken|ga|gaan|tank|tanken|shop|shoppen|winkel|winkelen|doe|doen|haal|halen|vlieg|vliegen) ~4 (ergens|elders|voortaan) ~1 (anders|bij|elders)
(bestel|koop|bestellen|kopen|boek|boeken|ga|gaan|doe|doen|haal|halen) ~4 bij (de|een) (concurrent|concurrentie|ander|buren)
bij (jullie|u) (weg|vertrokken)
(stop|stoppen|stopt) ~2 (ermee|klant|bedrijf)
(stop|stoppen|stopt) (met|bij) (jullie|u)
(wij|we|ik) (zijn|ben) (kwijt|weg)
(wij|we|ik) (zijn|ben) (er|hier|dan|dus|echt|nu|jullie|definitief|voorgoed|zo|gewoon|straks|meteen|direct|morgen|vanaf) (kwijt|weg)
(ik|we|wij) (ben|zijn) ~1 (weg|vertrokken)
(ben|zijn) (ik|we|wij) ~1 (weg|vertrokken)
(nummer|nummers) ~2 (mee|meenemen|porteren|overzetten)
(zetten|zet|zette) ~5 over naar
(sluit|sluiten|opheffen|hef|verwijder|verwijderen|beeindig|beeindigen|stop|stopzetten|annuleer|annuleren|zeg|zeggen) ~3 (mijn|m'n|ons|onze|het|de|alle) ~1 (account|abonnement|abonnementen|contract|lidmaatschap|rekening|polis|verzekering|klantaccount|accounts|contracten)
(ik|we|wij) (vertrek|vertrekken) | weight=0.5
(contract|abonnement) ~3 (afloopt|eindigt|verloopt|afgelopen) | weight=0.5
(ben|zijn) er ~1 klaar mee | weight=0.5
(ik|we|wij) (was|waren) ~4 klant
(beschouw|zie) ~3 (opzegging|opzeggen|afscheid)
(kies|kiezen|neem|nemen|zoek|zoeken|ga|gaan|stap|stappen|word|worden) ~5 (andere|ander|nieuwe) (provider|aanbieder|leverancier|energieleverancier|bank|verzekeraar|zorgverzekeraar|webshop|winkel|bedrijf|telecomaanbieder|maatschappij|vervoerder|partij|zaak|garage|supermarkt|internetprovider|energiebedrijf|tandarts|huisarts|makelaar|verhuurder|sportschool|kapper|luchtvaartmaatschappij|zorgverlener|hypotheekverstrekker)
(laatste|allerlaatste) (bestelling|aankoop|keer|reis|vlucht|boeking|order|bezoek|abonnement) ~3 (bij|hier|geweest|gedaan|met)
(pas|pasje|ledenpas|klantenkaart|kaart|bonuskaart|klantenpas|lidmaatschapskaart|spaarkaart) ~2 (doorgeknipt|doorknippen|weggegooid|verscheurd|ingeleverd)
(ontbind|ontbinden|ontbonden|herroep|herroepen) ~3 (koop|koopovereenkomst|overeenkomst|bestelling|contract|order)
(verwijder|verwijderen|verwijderd|deinstalleer|deinstalleren|gedeinstalleerd) ~3 (app|account|apps|profiel)
(ga|gaan|ik|we|wij) ~3 voortaan ~3 (naar|bij|ergens|elders)
om (op|af) te zeggen
# --- added (holdout4 round) ---
(koop|kopen|bestel|bestellen|boek|boeken|kom|komen|vlieg|vliegen|eet|eten|tank|tanken|shop|shoppen|winkel|reis|reizen) ~3 (ik|we|wij) ~2 (nooit|niet|nie) (meer|weer|ooit) | noneg
zien (mij|me|ons) ~3 (nooit|niet|nie) (meer|weer|terug) | noneg
+ ik zeg mijn abonnement per direct op
+ ik stap over naar een andere provider
+ nooit meer bij jullie
+ dit was de laatste keer dat ik hier bestel
+ jullie zijn een klant kwijt
- ik ben al twintig jaar tevreden klant
- ik wil mijn adres wijzigen
- kan ik overstappen op een grotere databundel?
+ hier koop ik nooit meer iets
+ jullie zien mij hier nooit meer terug
- ik hoop dat dit nooit meer gebeurt
# --- added (holdout5 round) ---
(koop|kopen|bestel|bestellen|boek|boeken|kom|komen) ~3 (daar|er|hier) ~2 (nooit|nie) (meer|ooit|nog) | noneg
(nooit|nie) (meer|ooit) ~3 (iets|wat|een|iets) ~2 (kopen|koop|bestellen|bestel|gekocht|besteld) | noneg
+ ik koop daar nooit meer iets
+ hier kom ik nooit meer
- ik koop daar al jaren alles
- nooit meer iets mis gegaan sinds de verhuis, prima
# --- added (mixed-genre round) ---
# never going back there; not another cent
nooit (meer|weer) ~1 naar (deze|die|dit|dat|jullie|hun|de|het|zo'n) | noneg
geen (cent|euro|frank|stuiver|rooie|duit|eurocent|rotcent) ~2 meer ~3 (uitgeven|uit|besteden|aan|bij|naar|zien|uitgeef) | noneg
(zien|ziet) (mij|me|ons) ~2 (nooit|niet|nie) ~1 (meer|terug|weer) | noneg
(wilde|wou|wilden|wouden) ~5 (opzeggen|beeindigen|stopzetten|annuleren|opheffen)
+ nooit meer naar deze vestiging
+ ik ga daar geen frank meer uitgeven
+ jullie zien mij nooit meer terug
- ik ga morgen weer naar deze vestiging, prima service
- ik heb geen cent meer op mijn rekening door die dubbele afschrijving
# --- added (round 6: idea-grid probes) ---
# "voor mij nooit meer", "nooit meer deze webwinkel"
(voor|bij) (mij|ons) ~1 nooit (meer|weer) | noneg
nooit (meer|weer) ~2 (deze|die|dit|dat|jullie|hun) (webwinkel|winkel|webshop|bedrijf|zaak|keten|bank|provider|maatschappij|vliegmaatschappij|merk|hotel|restaurant|supermarkt|verzekeraar|leverancier|garage|firma|tent|club) | noneg
+ voor mij nooit meer deze webshop
+ nooit meer dit bedrijf
- ik hoop dat dit bedrijf dit nooit meer meemaakt

# --- r9a (implicit round) ---
# "hier zet ik geen voet meer binnen", "geen stap meer over de drempel"
(geen|nooit|nie) (voet|stap|poot|teen) ~3 (meer|ooit|nog) ~3 (binnen|over|bij|in|hier|daar) | noneg
(zet|zetten|zal|zullen|kom|komen|ga|gaan) ~4 (geen|nooit|nie) ~2 (voet|stap|poot|teen) ~3 (binnen|over|in|meer) | noneg
+ Hier zet ik geen voet meer binnen.
+ in die winkel zet ik nooit meer een voet
+ bij die garage kom ik geen stap meer binnen
- geen stap meer zetten zonder pijn, maar de fysio hielp
- ik kon geen voet meer verzetten van de pijn
+ jullie zijn weer een klant af
- ze probeerden de fout op de klant af te wentelen
# won't renew, any word order: "dat verleng ik echt niet", "ik verleng mijn contract niet"
(verleng|verlengen) (ik|we|wij) ~3 (niet|nooit|nie) | noneg
(ik|we|wij) (verleng|verlengen) ~4 (niet|nooit|nie|zeker) ~1 (meer|niet) | noneg
# shopping around at the competition
(kijk|kijken|keek|keken|gekeken|rondkijken|rondgekeken|orienteer|orienteren|georienteerd) ~3 (bij|naar) (andere|de|een) ~1 (concurrent*|concurrentie|aanbieder*|provider*|leverancier*|energieleverancier*|bank|banken|verzekeraar*|zorgverzekeraar*|webshop*|winkels|zaken|bedrijven|partijen|maatschappijen|alternatief|alternatieven)
+ Mijn abonnement loopt af en dat verleng ik echt niet.
+ we kijken nu rond bij andere energieleveranciers
- ik kijk nog even rond in de winkel voor een andere kleur
- we verlengen het contract niet automatisch, zei de verkoper, dat moet ik zelf doen

# --- r12a (four-voices round 3) ---
# Flemish "veranderen van bank", switching providers
(veranderen|verander|verandert|veranderd|wisselen|wissel|switchen|switch|switchte) ~2 van (bank|provider|aanbieder|leverancier|verzekeraar|energieleverancier|operator|gsm-operator|maatschappij|ziekenfonds|mutualiteit|zorgverzekeraar|netwerk|telecomoperator|energiebedrijf|winkel|webshop|supermarkt|sportschool|fitness)
(bankwissel|overstapservice|bankoverstap|overstapdienst)
# moving one's business elsewhere: "rekeningen elders onderbrengen"
elders ~2 (onderbreng|onderbrengen|onderbrengt|ondergebracht|heen|naartoe|verzekeren|bankieren|afsluiten|regelen|bestellen|kopen|boeken|tanken|shoppen)
(rekening*|polis*|spaargeld|hypotheek|verzekering*|abonnement*|klandizie|boodschappen|zaken|bestellingen) ~4 (elders|ergens) ~1 (anders|onder|heen|naartoe|onderbrengen|onderbreng)
# no longer staying a customer: "ik wil niet meer bij jullie blijven", "niet langer klant zijn"
(niet|nie|nooit) (meer|langer) ~2 bij (jullie|u|deze|dit|hun|jou|die) ~2 (blijven|blijf|klant|zijn)  | noneg
(niet|nie|nooit|geen) (meer|langer) ~1 klant ~2 (zijn|blijven|worden|wezen|bij) | noneg
# wants to be rid of the provider or the contract: "wil van deze zorgverzekeraar af"
van (jullie|u) af
van ~3 (abonnement*|contract*|lidmaatschap|polis|verzekering|verzekeraar|zorgverzekeraar|provider|aanbieder|leverancier|energieleverancier|bank|maatschappij|sportschool|club|overeenkomst*|bedrijf|operator) ~1 (af|vanaf)
# stopping with the gym or the contract
(stop|stoppen|stopt|gestopt|kappen|kap) ~2 met ~2 (mijn|m'n|het|de|dit|deze|jullie|ons|onze) ~1 (abonnement*|lidmaatschap|sportschool|contract*|polis|account|club|bank|verzekering|overeenkomst*|fitness|gym)
# a cancellation to be confirmed
(opzegging|opzeggen|beeindiging|ontbinding) ~5 (bevestigen|bevestig|bevestigd|bevestiging|verwerken|doorvoeren)
(bevestiging|bevestigen|bevestig) ~4 (opzegging|beeindiging|ontbinding)
# terminating the agreement, said as an intention (infinitive) with a date between
(overeenkomst*|contract*|abonnement*|lidmaatschap|polis|klantrelatie|samenwerking) ~6 (beeindigen|stopzetten|ontbinden|annuleren|opheffen)
# "ik ga weg bij ..." (a tagged brand after it is not a word)
(ga|gaan) ~2 weg bij
+ Ik denk dat ik ga veranderen van bank.
+ Ik breng mijn spaargeld voortaan elders onder.
+ Ik wil echt niet meer bij jullie blijven.
+ Ik wil van dit abonnement af, zo snel mogelijk.
+ Na twaalf jaar ga ik weg bij @ING.
+ Graag ontvang ik een bevestiging van de opzegging.
- Ik wilde van de storing af, en dat is nu gelukt.
- Ik blijf bij jullie, het is opgelost.
# --- added (r13b thesaurus pass) ---
# leaving idioms: vaarwel/adieu zeggen, voor gezien houden, de rug toekeren, afscheid nemen, boycotten, uitschrijven bij
(zeg|zeggen|zei) ~2 (jullie|u|je) ~1 (vaarwel|adieu|gedag|tabee|ciao|bye)
(hou|houd|houden|houdt) ~3 voor gezien
(keer|keren|kerenwe|toekeren|toekeer) ~3 (jullie|u|dit|deze) ~3 (de|mijn|m'n|onze) rug ~1 (toe|voorgoed)
(neem|nemen|genomen) ~3 afscheid ~2 van (jullie|u|deze|dit|die|jou)
(boycot|boycotten|boycot*|mijden|vermijden|mijd) ~3 (jullie|u|deze|dit|die|hun) ~2 (winkel*|webshop*|bedrijf|zaak|keten|merk|maatschappij|bank|provider|vanaf|voortaan)
(ik|we|wij) (boycot|boycotten) (jullie|u|deze|dit|die)
(opzeggen|opzegging|beeindigen|afsluiten|stopzetten|opheffen) ~3 (per|met|zo) (direct|onmiddellijk|omgaand|zofort|meteen)
(contract|abonnement|lidmaatschap|polis|account) ~3 (gaat|gaan|wordt) ~3 (eraan|eruit|opgezegd|gecanceld|geannuleerd)
(cancel|cancelen|gecanceld|canceld) ~3 (mijn|m'n|het|ons|onze) ~1 (abonnement*|contract*|lidmaatschap|account|polis)
+ ik zeg jullie vaarwel na tien jaar
+ ik hou het hier voor gezien, jullie zijn me kwijt
+ ik neem afscheid van jullie
+ ik ga mijn abonnement cancelen
- ik zei de buurvrouw gedag
- ik heb het artikel even voor gezien gehouden in de winkel
# "overweeg om over te stappen"; "een klant minder/armer"
(een|1|weer|alweer) klant (minder|armer)
+ jullie hebben een klant minder
- het kostte me moeite om over te stappen op de nieuwe versie van jullie app
- Ik kan mijn factuur niet vinden, ik ben hem kwijt.

# --- added (nl14a paraphrase round) ---
# former customer: "zes jaar klant geweest", "jaren was ik klant"
(jaar|jaren|jarenlang|lang|decennium) ~2 klant (geweest|gweest)
(jaar|jaren) was (ik|wij|we) ~1 klant
+ tien jaar klant geweest, vandaag opgezegd
+ twintig jaar was ik trouw klant
+ jarenlang klant geweest maar nu is het op
- ik ben al jaren klant en heel tevreden
- hoeveel jaar moet je klant zijn voor korting
# --- nl15a: "you've lost a (long-time) customer"
(zijn|bent|is) ~3 (klant|klante|klanten) ~4 (kwijt|armer)
(verliezen|verliest|verloren) ~3 (een|weer|trouwe|jullie|hun) ~2 (klant|klante|klanten)
+ jullie zijn zojuist een trouwe klant van tien jaar kwijt
+ zo verliezen jullie weer een trouwe klant
- ik ben als klant mijn bonnetje kwijt
- de verkoper snauwde: gaat u maar ergens anders heen
- ik had mijn oude abonnement zelf te laat opgezegd
- ik wil het abonnement van mijn overleden moeder opzeggen, wat heeft u nodig?
# --- added (nl18b inflection round) ---
# object first in an infinitive clause: "erover denken om van bank te veranderen"
van (bank|provider|aanbieder|leverancier|verzekeraar|energieleverancier|operator|maatschappij|ziekenfonds|mutualiteit|zorgverzekeraar|telecomoperator|energiebedrijf|sportschool) ~2 (veranderen|veranderd|wisselen|gewisseld|switchen|geswitcht|overstappen|overgestapt)
+ we gaan binnenkort van provider wisselen
