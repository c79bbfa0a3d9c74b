# Pressure to buy, upsell or sign up; aggressive selling.
(opdringerig*|opdringen|opgedrongen|pusherig*|pushy|gepusht|pushen|pushte|pushten|aandringen|aangedrongen|drammen|dramde|drammerig*|doorgedramd|doordrammen|verkooppraat*|verkooptruc*|verkoopdruk|verkooptechniek*|upsell*|aangepraat|aanpraten|aangesmeerd|aansmeren|colporteur*|verkoopbelletje*|telemarketing*|verkooppraatje*)
drong ~4 (op|aan)
(agressieve|agressief) ~2 (verkoop*|verkopen|verkocht)
(praatte|praatten|smeerde|smeerden) ~4 aan
onder druk
druk ~3 (gezet|zetten|uitgeoefend|uitoefenen)
(wilde|wilden|probeerde|probeerden) ~6 (verkopen|verkocht)
(probeerde|probeerden|wilde|wilden|bleef|bleven) ~6 (aan|op|te|af) te (smeren|praten|dringen|verkopen|sluiten|nemen|upgraden)
(probeerde|probeerden|wilde|wilden|bleef|bleven) ~6 te (verkopen|upgraden)
alleen maar ~4 verkopen
(bleef|bleven|blijft|blijven) ~6 (aanprijzen|aanbieden|aanraden|aansmeren|aanpraten|pushen|verkopen|promoten|voorstellen|doordrukken|drammen|aandringen|doorzeuren|zeuren|aanbevelen|upsellen)
aan te (smeren|praten|prijzen)
verkoopgesprek* | weight=0.5
(elk|ieder|elke|iedere) ~3 (verkoopgesprek|verkooppraatje|verkooppraat|verkoopgesprekken|reclamepraatje)
(meerdere|herhaaldelijk|steeds|telkens|keer|x) ~4 nee | weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|tien) keer ~3 nee
nee (dank|bedankt|dankjewel|dankuwel) ~5 (gezegd|zeggen|herhaald|bleef|bleven|toch)
(upgrade|upgrades|abonnement|abonnementen|aanbieding|aanbiedingen|verzekering|verzekeringen|pakket|add-on|add-ons) ~3 (aangehoord|aanhoren|strot|opgedrongen|aangesmeerd|aangepraat)
(liet|lieten) ~3 pas gaan
(liet|lieten) (me|mij|ons) ~2 niet ~1 gaan | noneg
(belden|belde|bellen|belt|blijven|bleven) ~9 (contract|abonnement|aanbieding|energiecontract|verzekering|upgrade|pakket|klantenkaart|lidmaatschap) | weight=0.5
aan te bieden | weight=0.5
alleen ~3 (geinteresseerd|geïnteresseerd|uit) ~3 (verkopen|verkoop|omzet|geld)
(ongevraagd*) ~3 (abonnement|contract|verzekering|upgrade|pakket|extra|product|lidmaatschap)
door ~2 strot ~2 (geduwd|drukken|gedrukt|duwen)
(bleven|bleef|blijven|blijft) ~1 bellen ~8 (aanbieding|aanbiedingen|abonnement|contract|energiecontract|overstappen|stappen|verkopen|kopen|afsluiten)
nee ~3 niet ~2 (accepteren|accepteerde|accepteerden|aannemen|respecteren) | noneg
moest ~5 per se
(hard|sterk|nadrukkelijk|dringend|opdringerig|telkens|steeds|herhaaldelijk|constant|continu|maar) ~4 (aangeraden|aanraden|aanbevolen|aangeprezen|aangepraat|aanprijzen|opgedrongen)
(keer|x|maal|steeds|telkens|herhaaldelijk|weer|opnieuw|alweer|constant|continu) ~6 (aangeboden|aanbieden|aangeprezen|aangeraden|voorgesteld|aangesmeerd|opgedrongen)
(keer|x|maal|meerdere|herhaaldelijk|steeds|telkens|duidelijk) ~4 (gezegd|aangegeven|herhaald|gemeld|gezegd) ~3 (geen|niet|nie) ~2 (interesse|geinteresseerd|nodig|hoef|hoeft|wil) | noneg
geen interesse | weight=0.5,noneg
(verkoopafdeling|verkoopteam|salesafdeling|verkoopmedewerker*|callcenter*|telemarketeer*|verkoopster|colporteur*) ~6 (belt|belde|belden|bellen|telefoontje|gebeld|deur|stond|staan|weer) | weight=0.5
(duurdere|duurder|duurste|luxere|uitgebreidere|upgrade|upgraden) | weight=0.5
(liet|lieten|laat|laten) ~2 (me|mij|ons) ~2 (niet|nie) met rust | noneg,weight=0.5
(bleef|bleven|blijft|blijven|kwam|kwamen) ~4 (vragen|aandringen|terugkomen|zeuren|doorvragen) ~3 of (ik|we|wij) ~3 (niet|toch|misschien|echt) ~4 (wilde|wilden|nemen|kopen|afsluiten|toch|duurdere|upgrade) | noneg
(doordrammen|doorgedramd|drammen|dramde|dramden|doorzeuren|doorgezeurd|doordrukken|doorgedrukt|pushen|pushte|pushten)
(bestookt|bestoken|overspoeld|bedolven|overladen|gebombardeerd|platgebeld|lastiggevallen) ~3 (aanbiedingen|aanbieding|reclame|acties|voorstellen|upgrades|verkooppraatjes|telefoontjes|belletjes)
(aangesproken|aangeklampt|lastiggevallen|achtervolgd|opgewacht) ~6 (afsluiten|sluiten|nemen|kopen|tekenen|abonnement|contract|energiecontract|verzekering|donateur|loterij)
(deur|deuren|voordeur) ~6 (verkoper*|verkopen|energiecontract|contract|abonnement|tekenen|getekend|colporteur*|aanbieding)
(weggaat|weggaan|vertrekt|vertrok|wegging) ~4 (voor|tot|totdat) ~3 (getekend|tekent|koopt|ja|teken)
+ de verkoper was ontzettend opdringerig
+ ze probeerden me meteen een duurder abonnement aan te smeren
+ ik werd onder druk gezet om een verzekering af te sluiten
+ hij bleef maar pushen terwijl ik nee zei
+ ik heb wel vijf keer nee gezegd maar hij bleef het aanbieden
- de verkoper gaf goed advies en liet me rustig kiezen
- ik wil graag een abonnement afsluiten
# --- added (round 6: idea-grid probes) ---
# could not leave without signing / buying
(kon|mocht|kwam|liet|konden|mochten) ~4 (niet|nie) ~2 (weg|uit|buiten|weggaan|vertrekken|gaan) ~2 (zonder|voordat|voor|tot|totdat) ~4 (tekenen|tekende|getekend|kopen|kocht|gekocht|afsluiten|afsloot|afgesloten|nemen|nam|genomen) | noneg
# called to switch / sign up
(gebeld|benaderd|lastiggevallen|bestookt|aangeklampt|opgebeld) ~3 om ~4 (overstappen|stappen|abonnement|contract|energiecontract|verzekering|upgrade|aanbieding|lidmaatschap|kopen|tekenen|afsluiten)
# extras sold that were not needed
(verkocht|aangesmeerd|aangepraat|meeverkocht|bijverkocht|opgedrongen|aangeboden|opgesmeerd) ~6 (niet|nie|geen) ~1 (nodig|gevraagd|wilde|wou|wilden) | noneg
(bijverkocht|bijverkopen|meeverkocht)
(erbij|bij) verkocht
(werd|word|werden|worden) (ik|je|we|u|ge) ~1 (bewerkt|ingepakt|overrompeld|omgepraat|ingepraat)
+ ik mocht de winkel niet uit voordat ik had getekend
+ ik word steeds gebeld om over te stappen
+ ze hebben me een verzekering verkocht die ik niet nodig had
+ aan de balie werd ik flink bewerkt
- ik heb zelf gekozen voor de verzekering, goed uitgelegd
- ik werd gebeld om de afspraak te bevestigen

# r8a: pitch for something the customer did not want
(praatje|verhaal|pitch|verkooppitch|riedel|reclamepraatje|uitleg) ~6 (pakket*|glasvezel*|abonnement*|jaarabonnement*|contract*|upgrade*|verzekering*|aanbieding*|lidmaatschap*|garantie*|creditcard*) ~4 (niet|nie|geen) ~1 (wilde|wou|wilden|nodig|vroeg|gevraagd|interesse) | noneg
(pakket*|abonnement*|contract*|upgrade*|verzekering*|garantie*|aanbieding*|lidmaatschap*|creditcard*) ~2 (dat|die|wat|waar) (ik|we|wij) ~2 (niet|nie|helemaal) ~2 (wilde|wou|wilden|nodig|vroeg|gevraagd|om) | weight=0.5,noneg
# r8a: only allowed to leave after the pitch
(mocht|mochten|kon|konden) ~2 pas ~2 (weg|gaan|vertrekken|weggaan|ophangen|naar) ~2 (na|nadat|toen|als) | weight=0.5
# r8a: calling every day/week with offers
(elke|iedere) (dag|week|avond|maand|ochtend) ~6 (gebeld|belt|belden|bellen|belde|telefoontje|telefoontjes) ~6 (aanbieding*|aanbod|energieaanbod|energieaanbieding*|voordeelaanbod|telefoonaanbod|promoties|promotie|contract*|energiecontract*|abonnement*|verzekering*|upgrade*|loterij*|actie|acties) | noneg
(gebeld|belt|belden|bellen|belde|mailen|mailden|mailt) ~3 (elke|iedere) (dag|week|avond|maand|ochtend) ~6 (aanbieding*|aanbod|energieaanbod|energieaanbieding*|voordeelaanbod|telefoonaanbod|promoties|promotie|contract*|energiecontract*|abonnement*|verzekering*|upgrade*|loterij*|actie|acties) | noneg
+ Ze belden elke dag voor een nieuw contract.
+ Ik kreeg een half uur een praatje over een verzekering die ik helemaal niet wilde.
+ Bij de telefoonwinkel mocht ik pas weg na een verkoopgesprek over een nieuw abonnement.
+ Elke week gebeld met een nieuwe aanbieding voor een energiecontract.
- Ik vroeg zelf naar een upgrade en die werd netjes geregeld.

# --- r9a (implicit round) ---
# pressure lines quoted: "alleen vandaag deze prijs", "nu tekenen, anders is het weg": half each
(alleen|enkel|slechts|uitsluitend) (vandaag|nu|vanavond|vandaag|morgen) ~3 (prijs|aanbieding|korting|actie|actieprijs|geldig|aanbod|tarief) | weight=0.5
(vandaag|nu|vanavond|direct|meteen|plekke) ~3 (beslissen|tekenen|beslis|teken|beslist|ondertekenen|tekende|tekenden|ondertekende) ~4 (anders|want|of) | weight=0.5
# insisting that the customer switch / buy / sign
(wilde|wou|wilden|wouden|moest|moesten) ~3 (per|perse|absoluut|koste|pertinent) ~3 (dat|overstap*|afsluiten|tekenen|kopen|nemen|verlengen|upgraden|se) | weight=0.7
(telemarketeer*|colporteur*|deurverkoper*) ~8 (overstap*|overstappen|afsluiten|tekenen|aanbieding|prijs|contract*|abonnement*) | weight=0.3
+ de telemarketeer wilde per se dat ik overstapte, alleen vandaag deze prijs
+ hij wilde per se dat ik ter plekke tekende, anders was de korting weg
+ 'alleen vandaag deze prijs', dus direct tekenen, anders ben je te laat, zei de man aan de deur
- de aanbieding was alleen vandaag geldig, ik heb hem laten schieten en dat was prima
- ik wilde per se dat mijn dochter ook mee kon, geregeld
# harping on a product: "bleef maar hameren op een verzekering"
(hameren|hamerde|hamerden|gehamerd|hamert|zeurde|zeurden|zeuren|zeurt|doorzeuren) ~2 (op|over) ~6 (verzekering*|abonnement*|contract*|upgrade*|pakket|pakketten|tv-pakket*|zorgpakket*|aanbieding*|garantie*|lidmaatschap*|creditcard*|spaarrekening*|glasvezel|tv-pakket|extra*|uitbreiding*)
# a pitch before the question could even be asked
(voordat|voor|eer) ~3 (ik|we|wij) ~4 (vraag|probleem|klacht|storing) ~4 (stellen|kon|kwijt|gesteld|uitleggen|uitgelegd|vertellen|melden) ~6 (aanbieding*|aanbod|upgrade*|abonnement*|pakket*|verzekering*|voordeel*|actie*|verkooppraat*)
+ Ze bleef maar hameren op een verzekering die ik niet wilde.
+ Voordat ik mijn vraag kon stellen kreeg ik al een aanbieding voor een duurder pakket.
- de verkoper hamerde op het belang van een goede matras en liet me rustig kiezen
# --- added (r13b thesaurus pass) ---
# persuaded into: overgehaald, overgepraat, omgepraat, ingepraat, bewerkt, overrompeld, "niet met rust gelaten tot ik tekende"
(overgehaald|overgepraat|omgepraat|ingepraat|overrompeld|overvallen) ~4 (tot|om|voor|met) ~4 (contract*|abonnement*|verzekering*|upgrade*|lening*|pakket*|aankoop|koop|handtekening|tekenen|kopen|afsluiten|nemen|lidmaatschap|bundel*|toestel*)
(liet|lieten|laat|laten) (me|mij|ons) ~2 (niet|nie) ~2 (met|in) rust ~5 (tot|totdat|voor|voordat|zolang) | noneg
(liet|lieten|laat|laten) ~3 (niet|nie) (los|gaan) ~4 (tot|totdat|voor|voordat) ~4 (tekende|getekend|kocht|gekocht|afsloot|afgesloten|ja|akkoord|bestelde) | noneg
(hard|keihard|agressief|opdringerig|sluw|slinks) ~2 (verkocht|verkopen|aangeprezen|gepusht|geprobeerd) | weight=0.5
(verkoopmachine|verkoopmachientjes|verkooptactiek*|verkoopdrift|verkooptrucje*|verkoopterreur|babbelaar*|gladjakker*) | weight=0.5
(colporteur*|deurverkoper*|deur-aan-deur*|huis-aan-huis*|telefonische) ~4 (verkoop|verkoper*|verkopers|deur) | weight=0.5
+ ik werd overgehaald tot een duur contract
+ ze lieten me niet met rust tot ik tekende
+ de man liet me niet gaan voordat ik getekend had
- ik heb mezelf overgehaald tot een nieuwe fiets, prima
- ze lieten me met rust en ik kon rustig kiezen
# a seller who would not stop; "moest en zou een abonnement nemen"
(verkoper*|verkoopster*|telemarketeer*|callcenter*|colporteur*|vertegenwoordiger*|adviseur*) ~3 (die|dat) ~2 (niet|nie) ~1 (ophield|ophoudt|stopte|stopt|wegging|weggaat|afliet|aflaat|opgaf|opgeeft) | noneg
moest en zou ~5 (nemen|kopen|afsluiten|tekenen|upgraden|bestellen|verzekering|abonnement|contract|pakket)
+ ik werd gebeld door een verkoper die niet ophield
+ ik moest en zou een abonnement nemen van de verkoper
- hij moest en zou gelijk hebben over de route

# --- added (nl14a paraphrase round) ---
# "trying to sell me something"
(proberen|probeert|probeerde|probeerden|willen|wil|wilde|wilden|bleef|bleven) ~3 (me|mij|ons) ~3 (iets|wat|van|allerlei|dingen|extra|extras|meer) ~3 (verkopen|aansmeren|aanpraten|slijten)
+ ze proberen me bij elk gesprek iets te verkopen
+ de verkoper bleef me allerlei extra's aansmeren
+ de medewerker wilde me van alles aanpraten
- ik heb mijn oude auto zelf verkocht
- ik heb geprobeerd mijn oude fiets te verkopen
+ elke week word ik gebeld met een energieaanbod waar ik niet om gevraagd heb
- Elke keer als ik nee zeg, knikt de verkoper en laat me rustig verder kijken.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# 'bewerkten ze me flink' / 'hebben me flink bewerkt'
(bewerkten|bewerkte|bewerkt|overrompelden|overrompelde|praatten|praatte) (ze|zij|hij|die|men) ~1 (me|mij|ons) ~2 (flink|stevig|helemaal|zo|enorm|behoorlijk|omver|om|in)
(heeft|hebben|had|hadden) ~1 (me|mij|ons) ~4 (bewerkt|ingepakt|omgepraat|ingepraat|overrompeld)
# called to switch: 'ze bellen me steeds op of ik wil overstappen', 'ze blijven bellen om over te stappen'
(ze|zij|hij|men|jullie|die) (bellen|belt|belde|belden|blijven|bleven|blijft|bleef) ~4 (om|of) ~3 (ik|we|wij|u|je|jij|over|te) ~2 (wil|wilde|wou|willen|wilden|zou|zouden|stappen|overstappen|afsluiten|tekenen|kopen|upgraden|verlengen)
+ ze belden me elke dag op of ik wou overstappen naar hun energiecontract
+ ze hebben me aan de deur flink bewerkt
# --- r19 nl19d paraphrase pass ---
# a relative worked on until they said yes
(heeft|hebben|had|hadden) ~1 (hem|haar|hen|pa|ma|vader|moeder|opa|oma) ~4 (bewerkt|ingepakt|omgepraat|ingepraat|overrompeld|overgehaald|aangepraat|overgepraat)
(net|zo|zolang) ~2 lang ~6 (tot|totdat) ~3 ja ~1 (zei|zeiden|zegt|zeggen|zou|zeg|had)
(overgehaald|overgepraat|omgepraat|ingepraat|overhalen|ompraten) ~3 (tot|om) | weight=0.5
# asked again and again whether they want to buy / sign up
(vroeg|vroegen|vraagt|vragen|gevraagd) ~1 (2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|tien|meerdere|zoveel) (keer|x|maal|keren) ~1 of (ik|we|wij|u|je) ~4 (wilde|wil|wou|wilden|nemen|afsluiten|kopen|echt|toch|geen)
(vroeg|vroegen|vraagt|vragen|gevraagd) ~1 (herhaaldelijk|steeds|telkens|nogmaals|opnieuw|constant|continu) ~1 of (ik|we|wij|u|je) ~4 (wilde|wil|wou|wilden|nemen|afsluiten|kopen|echt|toch|geen)
# the upsell comes back at every contact
(elk|ieder|elke|iedere|steeds|telkens|alweer) ~8 (upgrade*|upgraden|duurder*) | weight=0.5
(gewezen|wijzen|wijst|wees) op ~3 (upgrade*|aanbieding*|duurder*|abonnement*|pakket*) | weight=0.5
# called time and again with offers
(dagelijks|wekelijks|steeds|telkens|voortdurend|constant|continu|herhaaldelijk) ~3 (gebeld|opgebeld|benaderd|gemaild) ~8 (aanbieding*|aanbod|contract*|abonnement*|verzekering*|upgrade*|actie*)
+ ze hebben mijn oma zo lang bewerkt tot ze ja zei
+ de caissiere vroeg drie keer of ik echt geen spaarkaart wilde
+ we worden wekelijks gebeld door hun callcenter met een aanbod
- de verkoper vroeg één keer of ik een tasje wilde, prima
- hij vroeg vriendelijk of ik nog vragen had
