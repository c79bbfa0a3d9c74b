# Website or app hard to navigate, broken, unusable on a phone, or with no
# way to find contact details.
(website*|site|sites|webshop*|web|app|apps|applicatie*|webpagina*|pagina|paginas|pagina's|afsprakenpagina|inlogpagina|betaalpagina|bestelpagina|contactpagina|accountpagina|hulppagina|helppagina|homepage|portaal|klantportaal|omgeving|winkelwagen*|winkelmandje*|*formulier|contactformulier|webformulier|mailformulier|aanmeldformulier|retourformulier|bestelformulier|klachtenformulier|inloggen|inlog|account|betaling|betalen|afrekenen|checkout|bestellen|chat|livechat|chatfunctie|zoekbalk|zoekfunctie|zoekresultaten|knop|link|menu|kalender|agenda) ~6 (crasht|crashte|gecrasht|vastgelopen|hapert|haperde|storing|storingen|kapot|traag|supertraag|foutmelding*|error*|offline|onbereikbaar|onoverzichtelijk*|onduidelijk|onbruikbaar|drama|rampzalig|buggy|bugs|blanco|mislukt|mislukte|verdwenen|verdwijnt|uitgelogd|onvindbaar|lege|hangt|doolhof|chaos|puinhoop)
(website*|site|sites|webshop*|app|apps|applicatie*|portaal|omgeving|server*) ~6 (bug|down|ramp|leeg)
(website*|site|webshop*|app|applicatie*|pagina|afsprakenpagina|inlogpagina|betaalpagina|homepage|portaal|omgeving|winkelwagen*|winkelmandje*|*formulier|contactformulier|webformulier|mailformulier|inloggen|account|betaling|betalen|afrekenen|bestellen|chat|livechat|zoekbalk|zoekfunctie|knop|link|kalender) ~6 (werkt|werkte|werken|doet|deed|laadt|laadde|opent|verstuurt|verzendt|stuurt|scrollt|reageert|geeft|vindt|lukt|lukte|ging|gaat) ~3 (niet|niks|niets|nooit|mis) | noneg
(website*|site|webshop*|app|pagina|portaal|*systeem) ~6 (loopt|liep|lopen) ~2 vast
(website*|site|webshop*|app|pagina|portaal|*systeem|scherm) ~6 (vastgelopen|vastloopt|vastlopen|bevroren|bevriest|vastgeslagen)
(website*|site|webshop*|app|pagina|portaal|scherm) ~6 (blijft|bleef) ~1 (laden|hangen|draaien)
(website*|site|webshop*|app|portaal|server*|*systeem) ~6 (ligt|lag|ging|gaat) ~2 (plat|eruit|down)
(website*|site|webshop*|app|portaal|server*) ~6 (plat|eruit) (ligt|lag|lagen|gelegen)
(kan|kon|lukt|lukte|kunnen|konden) ~3 (niet|nooit) ~3 (inloggen|afrekenen|betalen|bestellen|registreren|uploaden|downloaden|aanmelden) | noneg
(kan|kon|lukt|lukte|kunnen|konden) ~3 (niet|nooit) ~3 (in|af) te (loggen|rekenen) | noneg
(lukt|lukte) ~3 (niet|nooit) ~3 te (betalen|bestellen|registreren|uploaden) | noneg
(inloggen|afrekenen|betalen|bestellen|registreren|uploaden|aanmelden) ~3 (lukt|lukte|ging|gaat|kan|kon) ~2 (niet|nooit|mis) | noneg
(werkt|werkte|doet|deed) (de|het|jullie|mijn|uw|die) ~1 (app|website|site|webshop|pagina|portaal|omgeving|chat|livechat|zoekfunctie|betaalpagina) ~4 (niet|nooit) | noneg
(accepteert|accepteerde|pakt|pakte|herkent|herkende|neemt|nam) ~4 (creditcard|kaart|betaling|pas|ideal|code|kortingscode*|actiecode*|vouchercode*|promocode*|cadeaukaart*|cadeaubon*|giftcard*|tegoedbon*|pincode|wachtwoord|adres|postcode) ~2 (niet|nie) | noneg
mislukt | weight=0.5
(foutmelding*|errormelding*|uitgelogd|onoverzichtelijk*|gebruiksonvriendelijk*|ongebruiksvriendelijk*|onvindbaar)
error ~1 (code|melding|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(error|fout|foutcode|code|foutmelding|http|melding) ~2 (404|500|502|503)
(404|500|502|503) ~2 (error|fout|foutmelding|pagina|melding|not|internal)
niet gebruiksvriendelijk | noneg
(logt|logde|loggen|gooit|gooide) ~3 uit
(leidt|leidde|linkt|linkte|brengt|bracht) ~8 (weer|terug) ~2 naar
rondje na rondje | weight=0.5
(klik|klikte|klikken|druk|drukte|tik|tikte) ~5 (krijg|kreeg|gebeurt|gebeurde|verschijnt|verscheen|ongeldig|foutmelding|error|niets|niks|leeg|lege|wit|blanco|vast)
(lege|witte|blanco) (pagina|scherm)
(niet|nergens|nauwelijks|niks|niets) ~4 (vinden|vindbaar) | weight=0.5,noneg
(telefoonnummer|nummer|contactgegevens|contactformulier|mailadres|e-mailadres|emailadres|contactpagina|adres|chat|chatfunctie|knop|bestelgeschiedenis|facturen|factuur) ~6 (onvindbaar|verstopt|verborgen|weggestopt|nergens) | noneg
(telefoonnummer|nummer|contactgegevens|contactformulier|mailadres|e-mailadres|contactpagina|knop|optie) ~6 niet ~1 (vinden|vindbaar|te) | noneg
nergens ~6 (telefoonnummer|contactgegevens|contactformulier|mailadres|e-mailadres|contactpagina|contactmogelijkheid|contactoptie) | noneg
(niet|geen|nie) ~3 (telefoonnummer|contactgegevens|contactformulier|mailadres|e-mailadres|contactpagina|contactmogelijkheid|contactoptie|klantenservicenummer) ~4 (op|te|vinden|vindbaar|site|website|app|staat|vermeld|terug) | noneg
(op|met|via) (mijn|de|een) (telefoon|mobiel|smartphone|iphone|tablet|ipad) ~5 (niet|onleesbaar|onbruikbaar|weg|verspringt) | noneg
(mobiele|mobiel) ~5 (niet|onleesbaar|onbruikbaar|ramp|drama|slecht) | noneg
(wachtwoord|inlogcode|verificatiecode|sms-code|code) ~6 (niet|nooit) ~2 (ontvangen|aan|binnen|geaccepteerd|werkt|gewerkt) | noneg
(website*|site|app|webshop*) ~3 (slecht|waardeloos|bagger|rampzalig|belabberd|hopeloos|ouderwets|verouderd|onlogisch|verwarrend)
(slechte|waardeloze|rampzalige|belabberde|onlogische|verwarrende|trage|onduidelijke|onoverzichtelijke) (website|site|app|webshop)
(time-out|timeout|time-outs|timeouts|laadfout*|betaalfout*|inlogfout*|serverfout*|storingsmelding*|crash|crashes|vastloper*|bugje*)
maar (draaien|laden|ronddraaien|hangen|doorladen) | weight=0.5
(valt|vallen|viel|vielen|staat|staan|stond|verdwijnt|verdwijnen) ~6 buiten (beeld|scherm|het)
(verstopt|weggestopt|verborgen|onvindbaar) ~4 (menu|menu's|pagina|paginas|submenu|tabblad|tabbladen|instellingen|app|site|website|webshop|footer|kleine)
(scherm|pagina|app|website|beeld|site) ~3 (blijft|bleef|wordt|werd|is|was|gaat|ging) ~1 (wit|zwart|leeg|blanco|grijs)
(formulier*|contactformulier|webformulier|site|website|app|webshop*|*systeem|veld|betaalpagina|kassa) ~3 (accepteert|accepteerde|pakt|pakte|herkent|herkende|slikt|slikte|neemt|nam|vreet|vrat) ~2 (geen|niet|nie) | noneg
(raak|raakte|geraak|geraakte|kom|kwam) ~2 (er|d'r) ~2 (niet|nie) (in|binnen) | noneg
(raak|raakte|geraak|geraakte|kom|kwam) ~2 (niet|nie) ~1 (ingelogd|binnen|ingeschreven) | noneg
(update|updates|versie|vernieuwde) ~6 (kan|kon|werkt|werkte|zie|zag|doet|deed) ~3 (niet|nie|niks|niets|nooit) ~1 (meer|meer) | noneg
(app|site|website|webshop|account|browser|portaal) ~8 (onthoudt|onthield|bewaart|bewaarde|vergeet|vergat) ~3 (niks|niets|niet|nie|steeds|telkens|elke)
(inzoomen|scrollen|klikken|typen|lezen|afrekenen|uploaden) ~2 (kan|kon|lukt|lukte|gaat|ging) ~1 (niet|nie) | noneg
(te|zo) klein ~4 (lezen|tekst|letters|knoppen|scherm)
(app|site|website|webshop|pagina|portaal) ~3 (doet|deed) ~1 (raar|vreemd|moeilijk|gek|vaag)
nergens ~4 (site|website|app|webshop|pagina|portaal) ~3 (vinden|vindbaar|staan|staat|terug) | noneg
(app|site|website|versie|update|webshop|portaal) ~10 (laden|laadt|laadde|openen|opent|tonen|toont|verschijnen|verschijnt) ~2 (niet|nie|nooit) | noneg
+ de website geeft steeds een foutmelding bij het afrekenen
+ ik kan niet inloggen in de app
+ het telefoonnummer is nergens op de site te vinden
+ op mijn telefoon is de site onbruikbaar
+ de app crasht elke keer
- de website werkt prima en is overzichtelijk
- ik heb via de app besteld
# --- added (holdout5 round) ---
# the fault before the site; down for hours; mobile; payment and login services
(crasht|crashte|crashten|crashen|gecrasht|crashed|crashes|vastgelopen|hapert|haperde|kapot|traag|plat|down|offline|onbereikbaar) ~3 (de|het|jullie|die|hun|uw|mijn|jouw) ~1 (website*|webstek|site|webshop*|e-shop|app|applicatie*|portaal|pagina|betaalpagina|inlogpagina|server*|klantenzone|klantzone)
(crasht|crashte|crashten|crashen|gecrasht)
(website*|webstek|site|webshop*|e-shop|app|portaal|server*|*systeem|klantenzone|klantzone) ~6 (ligt|lag|ging|gaat|liggen|lagen) ~5 (plat|eruit|down|offline|stil)
(niet|nie) ~2 (mobielvriendelijk|gebruiksvriendelijk|responsive|overzichtelijk|intuitief|logisch) | noneg
(itsme|digid|ideal|bancontact|payconiq|captcha|tweestapsverificatie) ~4 (werkt|werkte|lukt|lukte|ging|gaat|doet|deed|laadt|laadde) ~2 (niet|nie|nooit|mis) | noneg
(webstek|e-shop|klantenzone|klantzone) ~6 (crasht|vast|kapot|traag|foutmelding*|error*|onbereikbaar|onoverzichtelijk*|plat|werkt|lukt|ramp|drama) | noneg
(laadt|laden|laadde) ~3 (eeuwig|eindeloos|oneindig|eeuwen|minuten|niet|nie|nooit) | noneg
(rommelige|onoverzichtelijke|chaotische|verwarrende|ingewikkelde|omslachtige|trage|buggy|gebrekkige) (website|webstek|site|app|webshop|e-shop|portaal|omgeving|klantenzone)
(website|webstek|site|app|webshop|e-shop|portaal) ~4 (rommelig|chaotisch|verwarrend|ingewikkeld|omslachtig|onlogisch|gebrekkig|hopeloos|verschrikkelijk)
(vindt|vind|vond|vinden) ~3 (daar|er) ~3 (niks|niets|nie|niet) (op|terug) | noneg
(betaalpagina|betaalscherm|afrekenpagina|kassa|checkout|winkelmandje|winkelwagen*) ~4 (gaf|geeft|gaven|toonde|toont) ~2 (een|'n) ~1 (error|fout|foutmelding|storing)
(apple|google) pay ~4 (werkt|werkte|lukt|lukte|ging|gaat) ~2 (niet|nie|nooit|mis) | noneg
blijft ~1 laden ~4 (eeuwig|eindeloos|oneindig|minuten|uren)
(vindt|vind|vond|vinden) ~3 (daar|er) ~3 (niks|niets|nie|niet) (op|terug) | noneg
(website|webstek|site|app|webshop|e-shop|portaal) ~4 niet te doen | noneg
(niet|nie|slecht|nauwelijks|amper) ~3 (gebruiken|bruikbaar|leesbaar|werkt|werken|gebruiksvriendelijk) ~3 (op|met|via) ~2 (gsm|smartphone|telefoon|mobiel|tablet|iphone|android|ipad) | noneg
(nergens|niet|nie) ~3 (vinden|vind|vond|vindbaar) ~5 (contact|klantenservice|klantendienst|bellen|mailen|telefoonnummer) | noneg
(op|met|via) (mijn|de|een|m'n) gsm ~5 (niet|nie|onleesbaar|onbruikbaar|weg|verspringt) | noneg
+ na de update crasht de app bij het opstarten
+ de webshop ligt al de hele dag plat
+ da's ne rommelige website, ge vindt daar niks op
+ de site is niet mobielvriendelijk
- de app is na de update een stuk sneller
- ik vond alles meteen op de website
# --- added (long-narrative round) ---
# not usable: "kan jullie nieuwe website niet gebruiken", "het bestelformulier werkt niet"
(kan|kon|konden|kunnen|kun|kunt) ~4 (website*|site|app|webshop|bestelformulier*|formulier*|portaal|omgeving|webpagina*) ~2 (niet|nie) ~1 (gebruiken|bedienen|openen|lezen|vinden|laden|gebruikt) | noneg
(werkt|werkte|doet|deed|laadt|laadde|opent|opende) ~3 (bestelformulier*|retourformulier*|aanvraagformulier*|inschrijfformulier*|betaalformulier*|contactformulier*|webformulier*|betaalpagina*|inlogpagina*|winkelwagen*) ~2 (niet|nie|nooit) | noneg
(letters|tekst|knoppen|lettertype) ~5 (piepklein|onleesbaar|onzichtbaar|onleesbare|minuscuul) | noneg
+ mijn vader kan jullie nieuwe website niet gebruiken
+ met zijn voorleessoftware werkt het bestelformulier niet
+ de letters op de site zijn piepklein
- de website werkt prima op mijn telefoon
- ik kon de app meteen gebruiken na de update
# --- added (mixed-genre round) ---
# subordinate order: "dat de app niet werkt"
(app|website|site|webshop|portaal|inlogpagina|appje|betaalpagina|webpagina|mijn-omgeving) ~2 (niet|nie|nooit) (werkt|werkte|werken|laadt|laadde|opent|opende|reageert|reageerde|functioneert|functioneerde) | noneg
+ ze zeiden dat het aan mijn telefoon ligt dat de app niet werkt
# --- added (round 6: idea-grid probes) ---
# "werkt voor geen meter", won't start after an update
(site|website*|webstek|app|webshop*|portaal|appje) ~3 (werkt|werkte|werken|doet|deed) ~1 voor geen (meter|sikkepit|moer|ene) | noneg
(app|appje|website|site|webshop|programma|software|portaal) ~4 (start|startte|starten|opstarten|opent|opende) ~3 (niet|nie|nooit) ~2 (meer|op|goed) | noneg
(start|startte|opent|opende) ~2 (de|het|die|jullie|mijn|uw|m'n) ~1 (app|appje|website|site|webshop|programma|portaal) ~3 (niet|nie|nooit) ~2 (meer|op|goed) | noneg
# dead links, error pages, "er ging iets mis"
404
(dode|kapotte) (link|links|linkje|linkjes)
(link|linkje|links|url|knop) ~4 (geeft|gaf|leidt|leidde|toont|toonde|geven) ~2 (een|'n) ~1 (404|error|foutmelding|foutpagina|lege|fout)
(link|linkje|links|linkjes|knop|knoppen) ~3 (werkt|werken|werkte|werkten|doet|doen|deed) ~2 (niet|nie|niks|niets) | noneg
(melding|foutmelding|boodschap|scherm|pagina|tekst) ~3 er (ging|gaat|is) iets (mis|misgegaan|fout|foutgegaan)
onmogelijk ~4 (te|om) ~4 (wijzigen|aanpassen|inloggen|bestellen|betalen|afrekenen|registreren|uploaden|downloaden|opzeggen|veranderen) ~4 (in|op|via) ~3 (portaal|klantportaal|app|site|website|webshop|account|omgeving|mijn-omgeving|klantenzone)
# payment refused by the shop; login screen keeps loading
(betaling|betalen|creditcard|kaart|pinpas|ideal|bancontact) ~4 (wordt|werd|worden) ~2 (geweigerd|afgewezen) ~4 (webshop|site|website|app|kassa|*systeem|betaalpagina)
(inlogscherm|inlogpagina|betaalscherm|startscherm|laadscherm|beginscherm|homepage|winkelmand*|winkelwagen*|checkout) ~4 (blijft|bleef) ~2 (laden|hangen|draaien|leeg|wit)
in (godsnaam|hemelsnaam) ~6 (telefoonnummer|contactgegevens|mailadres|e-mailadres|contactformulier|contactpagina|klantenservicenummer)
+ jullie app werkt voor geen meter
+ na de update start de app niet meer op
+ de link in de bevestigingsmail geeft een foutpagina
+ steeds de melding 'er ging iets mis' bij het opslaan
+ het inlogscherm blijft maar laden
- de link in de mail werkte meteen
- er ging iets mis met de levering, maar de site werkt prima
# --- added (round 7: industry probes) ---
# a form, page or app that keeps erroring: "formulier dat steeds een fout geeft"
(formulier*|klachtformulier*|klachtenformulier*|webformulier*|contactformulier*|pagina|app|site|website|portaal|klantportaal|reisplanner|planner|knop|link|webshop|omgeving) ~4 (fout|foutmelding|error|storing|melding) (geeft|gaf|geven|gaven|toont|toonde)
# the app shows wrong data: "de app toont de verkeerde vertrektijden"
(app|site|website|reisplanner|planner|portaal|klantportaal|webshop|omgeving|bankapp|appje) ~4 (toont|toonde|tonen|geeft|gaf|laat|liet) ~3 (verkeerde|foute|onjuiste|oude|verouderde|lege)
# can't buy, book or pay in the app
(app|site|website|reisplanner|planner|portaal|klantportaal|webshop|omgeving|bankapp|appje) ~4 (kan|kon|kun|kunt|kunnen|konden|lukt|lukte|lukten) ~3 (niet|geen|nie) ~3 (kopen|bestellen|boeken|afrekenen|betalen|reserveren|opzeggen|wijzigen|downloaden|uploaden) | noneg
# a hidden button or link: "opzeggen kan alleen via een verstopte knop"
(verstopte|verborgen|onvindbare|weggestopte|piepkleine) (knop|knopje|link|linkje|optie|pagina|menu|kopje|*formulier|instelling|opzegknop|opzeglink)
(knop|knopje|link|linkje|optie|opzegknop|opzeglink|contactgegevens|telefoonnummer|*formulier) ~4 (verstopt|verborgen|weggestopt|onvindbaar)
+ het formulier dat steeds een fout geeft
+ de app toont de verkeerde vertrektijden
+ in de reisplanner kan ik geen kaartje meer kopen
+ opzeggen gaat via een verstopte knop
- de app toont mijn saldo netjes
- de webshop kon mijn pakket niet sneller leveren
# family: generic error message during an online action
(afrekenen|betalen|inloggen|bestellen|opslaan|verzenden|versturen|registreren|klik|klikte|klikken|uploaden|winkelmandje|winkelwagen*|checkout|betaalpagina|*formulier) ~6 er (is|ging|gaat) iets (mis|misgegaan|fout|foutgegaan)
(winkelmand*|winkelwagen*) ~5 (leeg|geleegd|verdwenen|gewist)
# family: payment page refuses the card
(betaalomgeving|betaalpagina|betaalscherm|betaalsysteem|site|website|app|webshop|checkout|kassa|afrekenpagina) ~3 (weigert|weigerde|weigeren|wijst|weest) ~3 (creditcard|kaart|betaling|pas|pinpas|ideal|bancontact|paypal|betaalkaart)
# family: app/site "stuk", only a white screen
(app|appje|site|website|webshop|portaal|omgeving|klantportaal) ~2 (weer|alweer|helemaal|compleet|totaal|gewoon|is|was|zijn|nog|steeds) (stuk|defect)
(alleen|enkel|steeds|telkens|maar) ~2 (een|'n) (wit|witte|leeg|lege|blanco|zwart) (scherm|pagina|beeld)
# family: impossible / hard to find contact details on the site
(onmogelijk|moeilijk|lastig|ondoenlijk|zoeken) ~8 (telefoonnummer|contactgegevens|mailadres|e-mailadres|emailadres|contactformulier|contactpagina|klantenservicenummer) ~6 (vinden|vindbaar|te)
+ bij het afrekenen krijg ik steeds 'er is iets misgegaan'
+ de betaalpagina weigert mijn creditcard
+ is jullie app weer stuk? ik krijg alleen een wit scherm
+ het is onmogelijk om op de site een telefoonnummer te vinden
- er ging iets mis met de levering
- ik heb de creditcard zelf geblokkeerd bij de bank
- de nieuwe app werkt een stuk beter
- het automatische systeem herkende mijn klantnummer meteen
# --- added (round 9b: described breakage) ---
# parts of the page fall off the screen
(valt|vallen|viel|vielen|verdwijnt|verdwijnen|verdwenen|steekt|steken|stak) ~4 (buiten|van|naast|over) ~2 (beeld|scherm|schermrand|pagina)
# an action that cannot be completed online: half, needs company
(kan|kon|lukt|lukte|kunnen|konden) ~3 (niet|nooit|nie) ~3 (bevestigen|afronden|voltooien|opslaan|verzenden|versturen|plaatsen|bevestigd|afgerond|verstuurd|opgeslagen) | noneg,weight=0.5
# searching the site for a phone number or address
(gezocht|zoeken|zocht|zoek|zoekt|gespeurd|speurde|speuren) ~6 (telefoonnummer|contactgegevens|mailadres|e-mailadres|emailadres|contactformulier|contactpagina|klantenservicenummer|contactmogelijkheid|contactinfo)
# a form or basket that wipes what was typed
(formulier*|contactformulier|webformulier|aanvraag|site|website|app|pagina|webshop|winkelmand*|winkelwagen*|portaal) ~4 (wist|wiste|gewist|verliest|verloor|vergeet|vergat|reset|leegt|leegde|kwijt|weg) ~4 (gegevens|alles|invoer|ingevulde|antwoorden|velden|tekst|bericht|adres)
+ op mijn telefoon vallen de knoppen half van het scherm
+ twintig minuten op jullie site gezocht naar een telefoonnummer
+ het formulier wist al mijn gegevens als ik op volgende klik
- ik heb het telefoonnummer gevonden en meteen gebeld
- het formulier onthoudt netjes al mijn gegevens
# --- added (r13b thesaurus pass) ---
# breaking: sluit zichzelf af, klapt eruit, valt uit, hangt op, bevriest, spinnend wieltje, blijft haperen
(app|appje|website|site|webshop|programma|portaal|pagina|scherm) ~4 (sluit|sloot|sluiten|klapt|klapte|knalt|knalde|vliegt|vloog|schiet|schoot) ~3 (zichzelf|zomaar|steeds|telkens|constant|vanzelf|spontaan) ~3 (af|dicht|eruit|uit)
(app|appje|website|site|webshop|programma|portaal|pagina|scherm) ~4 (klapt|klapte|vliegt|vloog|knalt|knalde) ~2 eruit
(app|appje|website|site|webshop|portaal|pagina|scherm|server*|*systeem) ~4 (hapert|haperde|haperen|stottert|stotterde|bevriest|bevroor|hangt|hing|blijft) ~3 (steeds|telkens|constant|continu|voortdurend|altijd|weer|alweer|haperen|hangen)
(draaiend|draaiende|ronddraaiend|ronddraaiende) (wieltje|rondje|cirkeltje|laadicoon|zandloper)
(website*|site|webshop*|app|appje|portaal|omgeving) ~4 (is|was|zijn) ~2 (buggy|brak|kapot|onwerkbaar|onbruikbaar|doolhof|zooitje|puinhoop|janboel|rommeltje|bende)
+ de app sluit zichzelf steeds af
+ de webshop klapt eruit bij het afrekenen
+ de site hapert constant
+ alleen maar een draaiend wieltje
+ jullie webshop is een puinhoop
- ik sloot de app zelf af en ging slapen
- de site is gloednieuw en werkt prima
# parts of the site that hang: betaalscherm, inlogscherm, winkelmand, formulier; "krijg het formulier niet verstuurd"
(betaalscherm|inlogscherm|startscherm|laadscherm|betaalpagina|inlogpagina|bestelpagina|afrekenpagina|checkout|winkelmand*|winkelwagen*|bestelformulier*|contactformulier*|webformulier*|aanvraagformulier*|betaalomgeving|appje|browser) ~4 (loopt|liep|lopen|liepen) ~2 vast
(betaalscherm|inlogscherm|startscherm|betaalpagina|inlogpagina|bestelpagina|afrekenpagina|checkout|winkelmand*|winkelwagen*|betaalomgeving) ~4 (vastgelopen|vastloopt|bevriest|bevroor|crasht|crashte|hapert|haperde|hangt|hing)
(krijg|kreeg|krijgen|kregen) ~3 (formulier*|aanvraag|bestelling|order|betaling|registratie|inschrijving) ~2 (niet|nie|nooit) ~1 (verstuurd|verzonden|opgeslagen|afgerond|ingediend|bevestigd|geplaatst|voltooid) | noneg
+ het betaalscherm loopt vast
+ ik krijg het formulier niet verstuurd
- ik liep vast in het verkeer op weg naar de winkel

# nl14b: site loops you back, hangs, or closes itself
(link|linkje|knop|contactpagina|helpcentrum|faq|veelgestelde|pagina|contact|hulppagina|helppagina) ~8 (verwijst|verwijzen|verwees|stuurt|sturen|stuurde|leidt|leiden) ~3 (weer|terug)
(rondjes|rondje) ~2 (draaien|draaide|draait|lopen) | weight=0.5
(site|website|app|webshop|pagina|portaal|applicatie) (hing|hangt|hingen) | noneg
(agenda|kalender|scherm|pagina) ~3 (blijft|bleef) ~1 (hangen|steken|staan)
(app|applicatie|appje|website|site) ~3 (sluit|sluiten|sloot|klapt|klapte) ~2 (zichzelf|zelf|vanzelf|steeds|telkens) ~1 af
(werkt|werkte|functioneert|functioneerde|doet|deed) ~1 (niet|nie) (op|met|via) ~2 (telefoon|mobiel|smartphone|iphone|tablet|ipad|android) | noneg
+ De contactpagina verwijst je weer terug naar de FAQ.
+ De app sluit zichzelf af als ik inlog.
+ De afsprakenmodule functioneert niet op een smartphone.
- De app werkt prima op mijn telefoon.

# --- added (nl14a paraphrase round) ---
# signed out by itself; site or chat not reachable; form won't send; search finds nothing; card rejected online
(automatisch|telkens|steeds|elke|iedere|constant|continu) ~4 (afgemeld|uitgelogd|uitgegooid)
(website*|site|webshop*|app|pagina|portaal|chat|livechat|chatfunctie|klantomgeving|omgeving) ~6 niet (bereikbaar|beschikbaar) | noneg
(chat|livechat|chatfunctie|chatknop) ~5 (staat|stond|staan|stonden) ~4 (uit|offline|dicht|grijs)
(formulier*|contactformulier*|webformulier*|mailformulier*|aanvraagformulier*|retourformulier*|bestelformulier*|aanmeldformulier*|klachtenformulier*) ~4 (niet|nooit) ~2 (verzonden|verstuurd|versturen|verzenden|opgeslagen|opslaan) | noneg
(zoekfunctie|zoekbalk|zoekveld|zoekmachine|zoekopdracht) ~5 (geen|niks|niets|nul) ~2 (resultaten|resultaat|treffers|op|oplevert|gevonden) | noneg
(site|website|app|webshop*|betaalpagina|kassa|*systeem) ~6 (kaart|pas|creditcard|betaalpas|bankpas|pinpas) ~3 (ongeldig|geldig|afgekeurd|geweigerd) | noneg
(app|website|site|reisplanner) ~4 (rijdt|reed|rijden|reden|vertrekt|vertrok) ~3 (gewoon|normaal|netjes|volgens)
+ ik word om de haverklap automatisch uitgelogd
+ de webshop was de hele avond niet bereikbaar
+ de livechat staat al dagen op offline
+ het retourformulier wil niet verzonden worden
+ de zoekbalk geeft nul resultaten op een simpel woord
+ de site zegt steeds dat mijn creditcard ongeldig is
- de site was prima bereikbaar
- mijn pas was verlopen dus dat lag aan mij, de winkel kon er niks aan doen
# --- nl15a: the site/app throws the user out; the app shows stale or wrong info
(website*|webstek|site|webshop*|e-shop|app|portaal|klantenzone|*systeem) ~2 (gooit|gooide|smijt|smeet|kickt|kickte|schopt|schopte) ~5 (uit|eruit|buiten)
(website*|webstek|site|webshop*|e-shop|app|portaal|klantenzone) (zegt|zei|toont|toonde|vermeldt|vermeldde|geeft|gaf) nog (steeds|altijd|nogsteeds)
(website*|webstek|site|webshop*|e-shop|app|portaal|klantenzone) ~2 (zegt|zei|toont|toonde|vermeldt|vermeldde|geeft|gaf) ~2 (verkeerde|foute|onjuiste|verouderde|achterhaalde)
+ de webshop smijt me er telkens weer uit bij het betalen
+ volgens de app rijdt de bus, de app toont nog altijd de oude dienstregeling
+ de site geeft compleet verkeerde openingsuren
- de app toont mijn bestelling netjes
- ik gooi die oude app eruit
- het menu gaat van optie naar optie en nergens een mens
# --- added (nl18b inflection round) ---
# compound written apart: "niet mobiel vriendelijk", "niet gebruikers vriendelijk"
(niet|nie|ni) ~2 (mobiel|gebruiks|gebruikers) vriendelijk | noneg
+ de webshop is echt ni mobiel vriendelijk
# main-clause order, the verb before the error: "het formulier gaf steeds een fout"
(formulier*|klachtformulier*|webformulier*|contactformulier*|pagina|app|site|website|portaal|klantportaal|reisplanner|webshop) ~2 (geeft|gaf|geven|gaven|toont|toonde|toonden) ~4 (fout|fouten|foutmelding*|error*|storing) | noneg
(geeft|gaf|geven|gaven|toont|toonde) ~2 (formulier*|webformulier*|contactformulier*|app|site|website|portaal|klantportaal|reisplanner|webshop) ~4 (fout|fouten|foutmelding*|error*) | noneg
+ de site toonde bij elke poging een foutmelding
# --- r19c paraphrase pass ---
# subordinate order, negation before the verb: "omdat ik niet kon inloggen", "de knop niets doet"
(niet|nooit|nie) (kan|kon|kunnen|konden|kun|kunt) ~1 (inloggen|afrekenen|registreren|uploaden|downloaden) | noneg
(knop|knoppen|knopje|link|linkje|links|menu|zoekfunctie|zoekbalk|betaalknop|bestelknop|inlogknop|formulier*) ~3 (niets|niks|niet|nie) (doet|doen|deed|deden|werkt|werken|werkte|reageert|reageren|reageerde) | noneg
# keeps loading, the adverb in between: "blijft eindeloos laden"
(blijft|bleef|blijven|bleven) ~1 (eindeloos|eeuwig|oneindig|maar|steeds|constant|urenlang|minutenlang) ~1 (laden|hangen|draaien|ronddraaien) | noneg
# thrown out, verb last: "omdat de website eruit vloog"
(website*|site|webshop*|app|appje|pagina|portaal|programma|scherm|*systeem) ~4 eruit (vloog|vliegt|vlogen|klapt|klapte|knalt|knalde|schoot|schiet|lag|ligt|gooide|gooit)
# a bare error message in an online action
(een|'n|weer|alweer|steeds|telkens|nog) (error|errors|errormelding*)
# too many clicks or steps for a simple thing
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|honderd|tig|zoveel|eindeloos|ontelbare|talloze) (klikken|kliks|clicks|muisklikken|schermen|tussenstappen) ~4 (om|voor|voordat|voor)
+ het lukte niet omdat ik niet kon afrekenen in de webshop
- hij kreeg een lening die hij niet kon betalen
+ de bestelknop niks doet, ik klik me suf
+ het scherm bleef maar eindeloos draaien
+ halverwege de betaling de app eruit klapt
+ na het invullen kreeg ik weer een error
+ vijftien klikken voor een simpele wijziging
- ik heb met twee klikken mijn adres gewijzigd

# --- nl-s8: fused past forms
(website*|site|webshop*|app|pagina|portaal|*systeem|scherm) ~6 (vastliep|vastliepen)
+ bij het betalen zag ik dat de app steeds vastliep
- de auto liep vast in de modder
# --- s10 paraphrase round ---
# a function that does not work: "wachtwoord resetten werkt niet", "inloggen lukt niet"
(wachtwoord|inloggen|inlog|login|registreren|registratie|afrekenen|zoekfunctie|winkelmand*|winkelwagen*|betaalpagina|betaalscherm|contactformulier|webformulier|resetlink|activatielink) ~3 (werkt|werken|werkte|lukt|lukken|lukte|gaat|ging) ~2 (niet|nie|nooit) | noneg
# the app / site does not even start or load
(app|applicatie|website|site|webshop|pagina|portaal) ~5 (niet|nie|nooit) ~2 (opstart|opstarten|start|laadt|laden|opent|openen|inladen|op) | noneg
# the basket empties itself
(verdwijnt|verdwijnen|verdween|verdwenen|leeggemaakt|gewist) ~4 (winkelmand*|winkelwagen*|mandje|winkelkar*|bestellijst)
(winkelmand*|winkelwagen*|mandje|winkelkar*) ~4 (leeg|verdwijnt|verdwenen|gewist|geleegd)
# contact details hidden: "goed verstopt", "een kwartier gezocht naar hoe ik contact kan opnemen"
(gezocht|zocht|zoeken|zoek|zoekend) ~4 (contact|contactgegevens|telefoonnummer|mailadres|contactformulier|contactpagina) | weight=0.5
(goed|ver|diep|mooi|knap|handig|slim) (verstopt|weggestopt) | weight=0.5
# cannot understand the site; the app remembers nothing; buttons overlapping
(website|site|app|webshop) ~2 (niet|nie) ~1 (snap|snapt|snappen|begrijp|begrijpen|begrijpt|snapte|begreep|volgen) | noneg
(snap|snapt|snappen|begrijp|begrijpt|begrijpen|snapte|begreep) ~3 (website|site|app|webshop) ~1 (niet|nie) | noneg
(app|website|site|account|webshop) ~8 (onthoudt|onthouden|onthield|bewaart|bewaard|opslaat|opgeslagen) ~2 (niks|niets|niet) | noneg
(knoppen|knop|tekst|menu|velden|buttons|vakjes) ~3 (overlappen|overlapt|verspringen|verspringt|verschuiven|onleesbaar|buiten)
(niks|niets|niet) ~2 (aanklikken|klikken|aantikken|tikken) | noneg
+ het inloggen lukt al dagen niet op jullie site
+ de betaalpagina werkt niet, ik kan niet afrekenen
+ de app wil op mijn tablet niet eens opstarten
+ mijn winkelwagen raakt telkens leeg als ik naar de kassa ga
+ ik heb twintig minuten gezocht naar een telefoonnummer, heel goed verstopt op de site
+ ik snap die website niet, alles staat door elkaar
+ de app onthoudt mijn gegevens niet, elke keer opnieuw invullen
+ op mijn mobiel verspringen de knoppen en kan ik niks aanklikken
- ik heb zelf gezocht naar contact met een andere klant
- ik snap niet waarom de bezorger zo laat was
- de app werkt prima en opent snel

# s11b: forms and fields that hang or refuse input (subordinate order included)
(formulier*|contactformulier*|aanvraagformulier*|bestelformulier*|webformulier*|klachtenformulier*|retourformulier*) ~4 (vastliep|vastliepen|vastloopt|vastlopen|vastgelopen|crashte|crasht|hing|hangt)
(veld|invulveld|formulier*|site|website|app|*systeem) ~4 (geen|niet|nie) ~2 (accepteerde|accepteert|accepteerden|aanvaardde|aanvaardt|pakte|pakt|slikte|slikt|herkende|herkent) | noneg
bestand* ~2 te groot
ongeldige (code|kortingscode|link|sessie|invoer|waarde)
+ het aanvraagformulier liep steeds vast bij de adrescontrole
+ het lukte pas na vijf pogingen omdat het veld geen letters accepteerde
+ bij het uploaden kreeg ik steeds 'bestand te groot', ook bij een kleine foto
+ de kortingscode geeft alleen 'ongeldige code'
- het formulier was snel ingevuld en verstuurd
- de foto was te groot om te printen, dus ik heb hem verkleind
# s11b: login after update, codes that don't work on the site, refresh loses your place, app/site loops, no date picker
(kan|kon|lukt|lukte) ~3 (niet|nooit|nie) ~6 (inloggen|registreren|uploaden|downloaden|afrekenen) | noneg
(code|kortingscode|tegoedbon|cadeaubon|waardebon|voucher|link|knop) (werkt|werkte) (niet|nie) (op|in) ~2 (website|site|app|webshop|webwinkel) | noneg
(ververs|ververst|verversen|herlaad|herlaadt|herladen|refresh) ~6 (weer|achteraan|kwijt|leeg|uitgelogd|opnieuw)
(website|site|app|webshop) ~2 (stuurt|stuurde|verwijst|verwees) ~3 naar ~2 (de|het) (app|website|site|webshop)
(kan|kon|kun|kunt) ~3 (geen|niet|nie) ~2 (datum|tijd|tijdstip|tijdslot|bezorgdatum|bezorgmoment|afspraak) ~1 (kiezen|selecteren|aanklikken|prikken|kiezen) | noneg
(online|digitale) ~2 (*systeem|agenda|boekingssysteem|reserveringssysteem|planning) ~4 (niet|nie) ~2 (gekoppeld|verbonden|gesynchroniseerd|bijgewerkt) | noneg
+ sinds de update kan ik niet meer met mijn vingerafdruk inloggen
+ de tegoedbon werkt niet op de website
+ als ik de pagina ververs sta ik weer achteraan in de rij
+ de website stuurt me naar de app en de app weer naar de website
+ in de app kan ik geen bezorgdatum kiezen
+ het online systeem is blijkbaar niet gekoppeld aan de agenda van de garage
- ik kan morgen niet, kunnen we een andere datum kiezen?
- de winkel stuurde me naar de website van de fabrikant, en daar stond het antwoord
