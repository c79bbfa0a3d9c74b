# Told to use the website, app, e-mail or another channel instead of being
# helped where they asked.
(verwezen|verwees|verwijst|verwijzen|doorverwezen|stuurde|stuurden|stuurt|gestuurd|doorgeschoven|doorschuiven|doorgeschoven|afgeschoven|verwijzing|verwijzingen|doorverwijzing) ~4 naar ~3 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|mailformulier*|formulier*|chat|livechat|chatfunctie|mail|e-mail|email|mailadres|e-mailadres|klantportaal|portaal|internet|online|helpcentrum|whatsapp|servicepagina*|klantenservicepagina*|hulppagina*|helppagina*|telefoonnummer|facebook|twitter|omgeving)
(moet|moest|moeten|moesten|kunt|kon|kan|kun|mocht|mag|hoort|hoorde|dient) ~4 (via|op|naar) ~2 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|mailformulier*|formulier*|chat|livechat|chatfunctie|mail|e-mail|email|mailadres|e-mailadres|klantportaal*|portaal*|retourportaal*|internet|online|helpdesk|helpcentrum|whatsapp|servicepagina*|klantenservicepagina*|hulppagina*|helppagina*|omgeving) ~5 (regelen|doen|aanvragen|melden|invullen|indienen|aanmelden|afhandelen|versturen|sturen|mailen|wijzigen|aanpassen|opzeggen|kijken|zoeken|bestellen|plaatsen)
(alleen|uitsluitend|enkel) ~2 (via|per|online|op) ~2 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|mailformulier*|formulier*|chat|livechat|chatfunctie|mail|e-mail|email|mailadres|e-mailadres|klantportaal|portaal|internet|online|helpdesk|helpcentrum|whatsapp|servicepagina*|klantenservicepagina*|hulppagina*|helppagina*|omgeving|post|brief)
(alleen|uitsluitend) (online|digitaal|schriftelijk)
(stuur|stuurt|stuurde|stuurden) ~2 (ons|even|gewoon|ff|eventjes) ~2 (mail|mailtje|e-mail|email|bericht|berichtje|brief|*formulier|dm|pb|privebericht|whatsappje|appje|whatsapp)
(mail|mailen|e-mailen|chatten|bel|bellen|appen|whatsapp) ons
# "bel even met de klantenservice" in the agent's words; "ik bel even om…" is the writer
(mail|mailen|e-mailen|chatten|bel|bellen|appen|whatsapp) (gewoon|even|eventjes|ff) | said
(niet|geen|nie) ~3 (telefonisch|telefoon|winkel|balie|filiaal|loket|kassa) ~4 (helpen|geholpen|regelen|doen|afhandelen|behandelen|behandeld|beantwoorden|oplossen) | noneg
(telefonisch|telefoon|winkel|balie|filiaal|loket|kassa) ~4 (niet|geen|nie) ~3 (helpen|geholpen|regelen|doen|afhandelen|behandelen|behandeld|beantwoorden) | noneg
telefonisch ~3 (kon|kan|kunnen|konden|ging|gaat|mocht|mag) ~2 niet | noneg
(via|per|aan|over) de telefoon ~3 (kon|kan|kunnen|konden|ging|gaat|mocht|mag) ~2 niet | noneg
(moest|moet|moesten|moeten) ~3 (mail|mailtje|e-mail|email|brief|*formulier|contactformulier|webformulier) ~2 (sturen|invullen|schrijven|versturen)
(link|linkje) ~5 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|mailformulier*|formulier*|chat|livechat|chatfunctie|mail|e-mail|email|mailadres|e-mailadres|klantportaal|portaal|internet|online|helpdesk|helpcentrum|whatsapp|servicepagina*|klantenservicepagina*|hulppagina*|helppagina*|faq|artikel)
(kijk|kijkt|kijken|zoek|zoekt|zoeken) ~2 (maar|even|gewoon|allemaal) ~2 (op|in|via) ~2 (website|site|app|faq|internet|veelgestelde|webshop)
(moet|moest|moeten|kunt|kan) ~2 (een|het) ~1 (ander|andere|algemene) (nummer|telefoonnummer|mailadres|kanaal)
(moest|moet|moeten|moesten|kunt|kan|kon|gaan|ga) ~4 (naar|langs|in) (een|de|het|onze|jullie) (winkel*|filiaal|filialen|vestiging*|kantoor|servicepunt*|balie|servicebalie|postkantoor|shop|store) | said
(naar|langs) (een|de|het|onze) (winkel*|filiaal|filialen|vestiging*|kantoor|servicepunt*|balie|servicebalie|postkantoor|shop|store) ~2 (moest|moet|moeten|moesten|gaan|te)
naar (de|het|onze|een|jullie) (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|mailformulier*|formulier*|chat|livechat|chatfunctie|mail|e-mail|email|mailadres|e-mailadres|klantportaal|portaal|internet|online|helpdesk|helpcentrum|whatsapp|servicepagina*|klantenservicepagina*|hulppagina*|helppagina*|winkel*|filiaal|filialen|vestiging*|kantoor|servicepunt*|balie|servicebalie|postkantoor|shop|store|klantenservice|omgeving) ~3 (gestuurd|verwezen|doorverwezen|doorgestuurd|gewezen|moet|moest|moeten|te|gaan)
(gebruik|probeer|download|installeer|check|raadpleeg|bezoek) ~3 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|mailformulier*|formulier*|chat|livechat|chatfunctie|mail|e-mail|email|mailadres|e-mailadres|klantportaal|portaal|internet|online|helpdesk|helpcentrum|whatsapp|servicepagina*|klantenservicepagina*|hulppagina*|helppagina*|webshop|omgeving)
(website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|veelgestelde|chat|livechat|chatfunctie|mail|e-mail|email|mailadres|e-mailadres|klantportaal|portaal|internet|online|helpdesk|helpcentrum|whatsapp|servicepagina*|klantenservicepagina*|hulppagina*|helppagina*|omgeving) ~3 (moet|moest|moeten|moesten) (gebruiken|invullen|proberen|downloaden|sturen)
(via|per) ~2 (chat|livechat|app|website|site|mail|e-mail|email|post|omgeving|klantportaal|portaal|internet|webformulier|*formulier|whatsapp) ~2 (moet|moest|moeten|dient|hoort|hoeft)
(via|per) ~2 (chat|livechat|app|website|site|mail|e-mail|email|post|omgeving|klantportaal|portaal|internet|webformulier|*formulier|whatsapp) ~4 (stellen|regelen|aanvragen|afhandelen|indienen|doorgeven|opzeggen|wijzigen|melden|invullen|bestellen|doen|aanpassen) | weight=0.5
(moet|moest|moeten|moesten|dient|hoort|hoorde|moogt) ~2 (via|per) ~2 (chat|livechat|app|website|site|mail|e-mail|email|omgeving|klantportaal|portaal|internet|webformulier|*formulier|whatsapp|mijn)
(gewoon|gwn) via
(moest|moet|moesten|moeten) ~4 (online|digitaal|schriftelijk) ~3 (aanvragen|regelen|doen|invullen|bestellen|melden|wijzigen|afhandelen|indienen|opzeggen|aanpassen)
(online|digitaal|schriftelijk) ~3 (moest|moet|moesten|moeten) ~2 (aanvragen|regelen|doen|invullen|bestellen|melden|wijzigen|afhandelen|indienen|opzeggen|aanpassen)
(moet|moest|moeten|dient|moogt|mag) ~3 via (mijn|m'n) ~2 (doen|regelen|aanvragen|wijzigen|opzeggen|invullen|aanpassen|bekijken|downloaden)
(beter|gewoon|even|liever|ff) ~2 (kon|kan|kunt|moest|moet|kunnen) ~1 (bellen|mailen|langskomen|langsgaan|chatten|appen|e-mailen|whatsappen|twitteren)
(zei|zeiden|zegt|adviseerde|adviseerden|raadde|raadden) ~3 (ik|u|je|we) ~3 (beter|moest|moet|kon|kunt|even|liever) ~2 (bellen|mailen|langskomen|langsgaan|chatten|appen|e-mailen|whatsappen)
(doorverwezen|verwezen|doorgestuurd|gestuurd) ~3 (naar|via) ~2 mijn ~1 (omgeving|account|pagina|portaal)
# "kijk maar in de app", "zoek het maar op de website op": the particle
# "maar" opens a new clause for the engine, so the quoted command before it
# ("zei 'kijk") and the channel after it are half a hit each.
(zei|zeiden|zegt|zeggen|riep|antwoordde|antwoordt|antwoord|reactie|advies|kreeg|adviseerde) ~4 (kijk|kijkt|zoek|zoekt|ga|gaat|stuur|stuurt|bel|belt|mail|mailt|gebruik|probeer|regel|regelt|doe|doet|vul|kom|download|check|installeer|surf) | weight=0.5
maar ~3 (op|in|via|naar|een|de) ~2 (website|site|webshop|app|online|internet|mail|e-mail|email|mailtje|chat|livechat|*formulier|contactformulier|webformulier|winkel|filiaal|faq|omgeving|klantenservice|vestiging|servicepunt) | weight=0.5
(moet|moest|moeten|kunt|dient|mag) ~3 (klantenservice|helpdesk|servicedesk|webcare|*afdeling|hoofdkantoor) ~2 (mailen|bellen|e-mailen|contacteren|appen|benaderen|schrijven|aanschrijven)
# --- added (holdout4 round) ---
# "maar" opens a clause: "ik moest het maar online aanvragen"
maar ~2 (online|digitaal|schriftelijk|via|per) ~3 (aanvragen|regelen|doen|invullen|bestellen|melden|wijzigen|afhandelen|indienen|opzeggen|aanpassen|app|website|site|mail|*formulier|internet)
# a quoted imperative sending the customer elsewhere
maar ~3 (website|site|webshop|app|online|internet|mail|e-mail|email|mailtje|chat|livechat|*formulier|contactformulier|webformulier|faq) ~4 (zei|zegt|zeiden|zeggen|antwoordde|adviseerde|riep|schreef) | weight=0.5
(verwees|verwezen|verwijst|verwijzen|doorverwezen|stuurde|stuurden|stuurt|sturen|stuur|verwijs|wees|wezen|wijst|wijzen|schoven|schoof|schuiven) ~3 (me|mij|ons|u|je) ~3 (naar|door) ~3 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|app|webshop*|faq|formulier*|contactformulier*|webformulier*|mail|e-mail|chat|livechat|internet|online|klantportaal)
+ ze verwees me naar de website in plaats van me te helpen
+ dat kan alleen via de app, zei de medewerker
+ telefonisch konden ze me niet helpen, ik moest een mail sturen
+ u moet dat via het contactformulier regelen
+ de kassière zei alleen 'zoek het maar op de website op'
- ik heb het via de website geregeld, werkte prima
- de app is handig
# --- added (holdout5 round) ---
# "neem contact op via ...", "daarvoor moet u in de app zijn"
(neem|neemt|opnemen) ~2 contact ~2 (op|opnemen) ~2 (via|met|per) ~3 (klantenservice|website*|site|app|mail|e-mail|email|chat|livechat|formulier*|contactformulier*|webformulier*|telefoon|telefonisch|whatsapp|klantendienst|helpdesk|servicedesk|webcare|dm|pb|privebericht)
(daarvoor|hiervoor|daarvoor|ervoor|dat) ~4 (moet|moest|moeten|moesten|moogt|mag|dient|kunt|kan|kon) ~3 (via|op|in|naar|per) ~2 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|apps|faq|webformulier*|contactformulier*|formulier*|chat|livechat|mail|e-mail|email|klantportaal|portaal|internet|online|whatsapp|omgeving|winkel|filiaal|klantenservice|klantendienst|helpdesk|telefoon)
(mededeling|antwoord|reactie|bericht|advies|standaardantwoord|boodschap|melding) ~5 dat ~5 (moet|moest|moeten|beter|kon|kan|kunt|dient) ~3 (bellen|mailen|langskomen|langsgaan|chatten|appen|e-mailen|whatsappen|telefoneren|website|site|app|*formulier|contactformulier|webformulier|online)
(doen|doet|deden|behandelen|behandelt|regelen|regelt|beantwoorden|helpen) ~3 (niet|nie|geen) ~2 (via|per|over|aan) ~1 (telefoon|chat|mail|e-mail|balie|kassa|loket|twitter|facebook|messenger|whatsapp) | noneg
(aan|via|per|over) de (telefoon|balie|kassa|chat) ~3 (kon|kan|konden|kunnen|mocht|mag|wilden|wilde|willen) ~3 (niet|nie|niks|niets) ~2 (helpen|geholpen|regelen|doen|verder|terecht) | noneg
(klantendienst|klantenservice|helpdesk|webcare|servicedesk) ~3 (verwees|verwijst|stuurde|stuurt|doorverwezen|verwezen) ~3 (naar|door) ~2 (website*|site|app|mail|e-mail|email|chat|livechat|formulier*|contactformulier*|webformulier*|whatsapp|internet|online|faq|helpcentrum|portaal)
op te nemen ~2 (via|met|per) ~3 (klantenservice|website*|site|app|mail|e-mail|email|chat|livechat|formulier*|contactformulier*|webformulier*|whatsapp|klantendienst|helpdesk) | weight=0.5
maar (moest|moet|moeten|kon|kan|kunt) ~1 (mailen|bellen|e-mailen|chatten|appen|langskomen|langsgaan|whatsappen|terugbellen) | weight=0.5
telefonisch ~3 (doen|doet|kunnen|kan|helpen|regelen) ~2 (ze|zij|we|wij) ~1 (niks|niets|niet|nie) | noneg
(moet|moest|moeten|moesten|dient) (je|u|ik|we|men|ge) ~3 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|faq|webformulier*|chat|livechat|klantportaal|portaal|omgeving) ~1 (gebruiken|invullen|downloaden|raadplegen|bekijken|checken)
(teruggestuurd|terugverwezen|weggestuurd|afgewimpeld|afgescheept) ~3 (naar|met) ~3 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|faq|veelgestelde|webformulier*|contactformulier*|chat|livechat|mail|e-mail|email|klantportaal|portaal|internet|online|klantenservice|klantendienst|helpdesk|telefoon|winkel|filiaal)
(bekijk|bekijkt|raadpleeg|raadpleegt) ~3 (de|onze|het) ~1 (faq|veelgestelde|helppagina|hulppagina|helpcentrum|kennisbank)
(bekijk|bekijkt|raadpleeg|raadpleegt) ~3 (de|onze|het) ~1 (website|site|app) | weight=0.5
(raadden|raadde|raden|raadt|adviseerde|adviseerden|aangeraden|geadviseerd) ~4 (online|digitaal|website|app|mailen|bellen|chat) | weight=0.5
in plaats van (me|mij|ons) ~2 helpen | weight=0.5
+ neem contact op via onze klantenservice, antwoordden ze op Facebook
+ daarvoor moet u in de app zijn, zei de man aan de balie
+ de reactie op mijn mail was dat ik moest bellen
+ ze doen dat niet via de telefoon
- ik heb contact opgenomen via de chat en werd snel geholpen
- de app werkt sinds de update prima
# --- added (long-narrative round) ---
# "dat kunt u toch zelf in de app doen"
(zelf|toch|gewoon|gwn) ~2 (in|via|op) (de|het|onze|jullie|uw|je) ~1 (app|website|site|webshop|computer|internet|portaal|omgeving|klantportaal|pc|laptop) ~3 (kan|kunt|kon|moet|moest|doen|regelen|aanvragen|opzoeken|vinden|bekijken)
# the channel before its verb: "via het retourportaal op de website moest regelen"
(via|op|in|per) ~3 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|app|klantportaal|webformulier*|contactformulier*|formulier*|omgeving|online|internet|mail|e-mail|email|chat) ~2 (moest|moet|moesten|moeten|diende|dient|kon|kan|kunt) ~1 (regelen|doen|aanvragen|melden|invullen|indienen|afhandelen|opzeggen|wijzigen|aanpassen|bestellen|retourneren|aanmelden|proberen|sturen)
# "beter per e-mail proberen", "liever via de chat vragen"
(beter|liever|maar|gewoon) ~2 (per|via|op) ~2 (mail|e-mail|email|chat|app|website|site|brief|post|*formulier|internet|whatsapp) ~3 (proberen|probeer|probeerde|doen|regelen|sturen|vragen|aanvragen|melden|navragen|stellen)
# "online aankopen moeten online geretourneerd worden"
(moeten|moet|moest|moesten|kan|kunnen|kon|mag|mogen) ~2 (online|digitaal|schriftelijk|telefonisch) ~2 (geretourneerd|teruggestuurd|aangevraagd|geregeld|gemeld|opgezegd|gewijzigd|ingediend|afgehandeld|besteld|gedaan)
+ ze zei dat ik dat toch zelf in de app kan doen
+ ik moest dat via het retourportaal op de website regelen, zei de chat
+ iemand zei dat ik het beter per e-mail kon proberen
+ online aankopen moeten online geretourneerd worden
- ik heb het zelf in de app geregeld, ging prima
- de retour via de website ging vlot
# --- added (mixed-genre round) ---
# subordinate order: "een bandje dat je naar de app verwijst"
naar (de|het|onze|jullie|een|hun) ~1 (app|website|site|webformulier|*formulier|chat|livechat|faq|helpcentrum|klantportaal|webshop|contactformulier|mail|e-mail|email) (verwijst|verwees|verwijzen|verwezen|gestuurd|doorverwezen|doorgestuurd|stuurt|stuurde)
+ je krijgt alleen een bandje dat je naar de app verwijst
# --- added (round 6: idea-grid probes) ---
# pointed at FAQ / site ("wees naar de veelgestelde vragen"), portals
(wees|wezen|wijst|wijzen|gewezen|linkte|linkten|linkt) ~4 (naar|op) ~2 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|webshop*|app|faq|veelgestelde|webformulier*|contactformulier*|formulier*|chat|mail|e-mail|email|klantportaal|portaal|retourportaal|serviceportaal|selfservice|zelfservice|helpcentrum|hulppagina*|helppagina*|servicepagina*|omgeving|mijn-omgeving)
(verwezen|verwees|verwijst|verwijzen|doorverwezen|stuurde|stuurden|stuurt|gestuurd) ~4 naar ~2 (retourportaal|serviceportaal|selfserviceportaal|selfservice|zelfservice|mijn-omgeving|klantenzone|klantzone)
# must do it online / digitally instead
(moet|moest|moeten|moesten|dient|dienen|hoort) ~4 (online|digitaal|internet) ~3 (regelen|doen|aanvragen|maken|melden|invullen|indienen|boeken|reserveren|plannen|afhandelen|aanpassen|wijzigen|opzeggen)
(online|digitaal) ~2 (moet|moest|moeten|moesten|dient|dienen) ~3 (regelen|doen|aanvragen|maken|melden|invullen|indienen|boeken|reserveren|plannen|afhandelen|aanpassen|wijzigen|opzeggen)
# "not at the counter / not by phone": half, with the channel sent to
(telefonisch|loket|balie|kassa|winkel|filiaal) ~4 (helpen|doen|regelen|behandelen|afhandelen) ~3 (niet|nie|geen) | weight=0.5,noneg
+ de medewerker wees alleen naar de veelgestelde vragen
+ ze zeggen dat je dat online moet regelen, aan de balie helpen ze je niet
+ voor een retour verwijzen ze je naar het retourportaal
- ik heb het zelf online geregeld, heel makkelijk
- de medewerker wees me de weg naar de kassa
# --- added (round 6b: families from a fresh second probe set) ---
# the old channel is closed: "mailen kan niet meer, alles via de chat"
(mailen|bellen|telefonisch|loket|balie|langskomen|schriftelijk) ~2 (kan|kon|mag|gaat|ging) ~2 (niet|nie) meer | weight=0.5,noneg
alles ~2 (via|per|op) ~2 (chat|app|website|site|mail|e-mail|internet|webformulier|*formulier|portaal|omgeving) ~3 (zeggen|zegt|zei|zeiden|moet|moest|moeten) | weight=0.5
+ bellen kan niet meer, alles via de app moet het
- mailen kan niet meer naar dat oude adres, ik gebruik het nieuwe
# --- added (round 7: industry probes) ---
# the form or mail comes first: "dat ik een klachtformulier moest invullen"
(formulier*|klachtformulier*|klachtenformulier*|webformulier*|contactformulier*|schadeformulier*|claimformulier*|mailtje|mail|e-mail|email) (moest|moet|moesten|moeten|mocht|kon|kan|mag) (invullen|sturen|indienen|versturen|mailen|opsturen|insturen)
+ de assistente zei dat ik een klachtformulier moest invullen
+ ik kreeg te horen dat ik maar een mail moest sturen
+ aan de balie zeiden ze dat het schadeformulier moest insturen via de site
+ een mail moest sturen, zei de balie
- ik heb zelf het formulier ingevuld en alles was snel geregeld
- u had het formulier zorgvuldiger moeten invullen
# family: "that must be done online / in writing" (told to switch channel)
(moet|moest|moeten|moesten|dient|diende|hoort|hoorde) ~2 (u|je|ik|ge|men|jij|we|wij|dat|het|dit) ~2 (online|digitaal|schriftelijk|internet) ~3 (aanmelden|aanvragen|regelen|doen|indienen|melden|afhandelen|invullen|opzeggen|wijzigen|doorgeven|bestellen|registreren|aangemeld|aangevraagd|geregeld|gedaan|ingediend|gebeuren) | noneg
# family: advised / told to use the site, app or form instead
(aangeraden|adviseerde|adviseerden|geadviseerd|raadde|raadden|aanraden|doorverwezen) ~6 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|app|formulier*|webformulier*|contactformulier*|chat|livechat|mail|e-mail|email|online|portaal|klantportaal|omgeving|faq|veelgestelde|whatsapp) ~4 (gebruiken|invullen|proberen|downloaden|sturen|raadplegen|bekijken|kijken|mailen)
in plaats van ~3 (telefonisch|bellen|balie|winkel|loket|me|mij|ons) ~3 (helpen|geholpen|beantwoorden|indienen|regelen|afhandelen|oplossen|lossen) | weight=0.5
(afgescheept|afgewimpeld|afgepoeierd) ~4 (link|linkje|website|site|faq|app|*formulier|mailadres|chat|mail|e-mail|nummer|telefoonnummer|veelgestelde)
(kunt|kan|kun|kon|konden) ~2 (u|je|ge|ik|we|men) ~2 (alleen|uitsluitend|enkel) ~2 terecht
(kunt|kan|kun) ~2 (u|je|ge) ~3 terecht (op|via|in) ~2 (website*|internetsite*|webpagina*|internetpagina*|klantomgeving*|site|app|chat|faq|veelgestelde|webshop|portaal|klantportaal|omgeving)
+ dat moet u online aanmelden, zei de dame aan de balie
+ de medewerker raadde me aan het contactformulier te gebruiken
+ afgescheept met een linkje naar de veelgestelde vragen
+ daarvoor kunt u alleen terecht op onze website
- ik heb mijn adres zelf online gewijzigd, ging prima
- de medewerker hielp me meteen telefonisch verder
# family: "u dient dit schriftelijk in te dienen"
(dient|dienen|diende|moet|moest|moeten|moesten) ~4 (schriftelijk|online|digitaal) ~3 te (dienen|vragen|melden|sturen|geven|doen|regelen|wijzigen|bestellen|zeggen) | noneg
+ u dient uw klacht schriftelijk in te dienen, werd mij gezegd
- ik heb mijn klacht zelf schriftelijk ingediend

# --- added (r10 nl10b: four-voice probes) ---
# the channel before the modal, formal: "dat ik dit via uw internetsite diende door te geven"
(via|per) ~2 (website*|internetsite*|webpagina*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|formulier*|chat|livechat|mail|e-mail|email|mailadres|klantportaal|portaal|klantomgeving*|omgeving|internet|online|whatsapp|helpcentrum|post|brief) ~2 (diende|dient|dienen|moest|moet|moeten|moesten|hoorde|hoort|hoefde) ~3 (te|door|aan|in|op|af) | noneg
# advised or ordered to use another channel: "men adviseerde mij het per e-mail te melden", "droeg hem op het via de site aan te melden"
(adviseerde|adviseerden|geadviseerd|advies|raadde|raadden|aangeraden|sommeerde|sommeerden|gesommeerd|opdroeg|opdroegen|opgedragen|instrueerde|instrueerden|verplichtte|verplichtten|verplicht|dwongen|dwong|gedwongen) ~5 (via|per) ~2 (website*|internetsite*|webpagina*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|formulier*|chat|livechat|mail|e-mail|email|mailadres|klantportaal|portaal|klantomgeving*|omgeving|internet|online|whatsapp|helpcentrum|post|brief)
# "hiervoor kunt u beter bellen", "kun je beter even mailen"
(kunt|kan|kon|kun|moet|moest|kunnen) (u|je|ge|jij|jullie|men) ~1 (beter|gewoon|even|liever|ff|best|eerst) ~1 (bellen|mailen|langskomen|langsgaan|chatten|appen|e-mailen|whatsappen|schrijven|online)
# "dit doe je thuis op de computer"
(doe|doet|kan|kunt|moet|regel|regelt|kunnen|moeten) ~3 (thuis|zelf) ~2 (op|via|achter|met) ~2 (computer|pc|laptop|internet|app|website|site|tablet|smartphone|telefoon)
# "gaat alleen met internet", "dat kan enkel nog digitaal"
(gaat|ging|kan|kon|mag|lukt|werkt) (alleen|enkel|uitsluitend|nog|allemaal|tegenwoordig) ~2 (via|met|op|per|online|digitaal) ~2 (internet|website|site|app|online|mail|computer|digitaal|e-mail)
# an imperative to go to the site, quoted: "ze zeggen altijd: ga naar de website"
(zei|zeiden|zegt|zeggen|antwoord|antwoordde|antwoordden|reactie|advies|riep|schreef|schreven) ~4 (ga|gaat|surf|kijk) ~1 (naar|op|in) (de|het|onze|jullie|uw|hun|je) (website*|site|app|webshop|faq|internet|helpcentrum|klantportaal|portaal|omgeving|contactformulier|webformulier)
# separable "droeg ... op": "droeg hem op de retour via de website aan te melden"
(droeg|droegen|draagt) ~3 op ~5 (via|per) ~2 (website*|internetsite*|webpagina*|site|webshop*|app|apps|faq|veelgestelde|webformulier*|contactformulier*|formulier*|chat|livechat|mail|e-mail|email|mailadres|klantportaal|portaal|klantomgeving*|omgeving|internet|online|whatsapp|helpcentrum|post|brief)
+ aan de balie werd mij medegedeeld dat ik mijn wijziging via uw internetsite diende door te geven
+ men adviseerde mij mijn klacht per e-mail kenbaar te maken
+ de caissiere droeg hem op de retour via de website aan te melden
+ hiervoor kunt u beter bellen, was het antwoord in de chat
+ dit doe je thuis op de computer, zei de man in de winkel
+ zij zeggen: gaat alleen met internet
+ mijn vraag werd doorgeschoven naar het contactformulier
- ik ging naar de website en bestelde het opnieuw, prima
- ik heb zelf per e-mail een klacht ingediend en kreeg snel antwoord
# --- added (r13b thesaurus pass) ---
# channel synonyms: webchat, chatfunctie, chatbox, ticket(systeem), supportpagina, helpdesk-portaal, aangetekende brief, postadres
(verwees|verwezen|verwijst|verwijzen|doorverwezen|stuurde|stuurden|stuurt|sturen|gestuurd|wees|wezen|wijst|wijzen) ~3 (me|mij|ons|u|je|ge) ~3 (naar|door) ~3 (webchat|chatfunctie|chatbox|chatvenster|supportpagina*|servicepagina*|ondersteuningspagina*|ticketsysteem|supportportaal|webportaal|appje|website-chat|online-formulier|webwinkel)
(moest|moet|moesten|moeten|dient|diende|hoefde) ~2 (maar|gewoon|eerst|zelf|dan) ~3 (ticket|ticketje|supportticket|serviceverzoek|aanvraag) ~2 (aanmaken|indienen|insturen|openen|aanvragen)
(ticket|ticketje|supportticket|serviceverzoek) ~2 (aanmaken|indienen|insturen|openen) ~2 (via|op|in) ~2 (website*|site|app|portaal|klantportaal|omgeving)
(aangetekende|aangetekend) (brief|schrijven) ~3 (moest|moet|diende|dient|moesten|sturen|versturen|opsturen)
(moest|moet|diende|dient|moesten) ~3 aangetekend ~2 (sturen|versturen|opsturen|indienen)
(moest|moet|diende|dient|moesten) ~3 per (post|brief) ~2 (sturen|versturen|opsturen|indienen)
+ ze verwezen me naar de webchat in plaats van te helpen
+ ik moest maar een ticket aanmaken via de site, zei de dame aan de telefoon
+ de medewerker zei dat ik een aangetekende brief moest sturen
- ik heb zelf een ticket aangemaakt en het werd snel opgelost
- de aangetekende brief kwam netjes aan
# "moest het maar googelen"; passive "werd doorgestuurd naar de FAQ"; "je moet maar mailen"; sent away with a website
(ik|je|u|ge|we|jij) ~3 (maar|zelf|gewoon|even|ff) ~2 (moest|moet|kon|kan|kunt) ~1 (googelen|googlen|googleen|opgooglen|opgoogelen)
(moest|moet|kun|kunt|kan) (je|u|ik|ge|jij) ~3 (maar|zelf|gewoon|even|ff) ~1 (googelen|googlen|googleen|opgooglen|opgoogelen)
(je|u|ge|jij) (moet|moest) (maar|gewoon|dan|even|ff) (mailen|e-mailen|chatten|appen|whatsappen|schrijven)
- de assistente moest het googelen en wist het nog niet
(werd|word|wordt|worden|werden) ~3 (doorgestuurd|doorverwezen|verwezen|gestuurd|teruggestuurd|afgescheept) ~2 naar ~2 (website*|site|app|faq|veelgestelde|helpcentrum|kennisbank|webchat|livechat|formulier*|contactformulier*|webformulier*|klantportaal|portaal|internet)
(moet|moest|moeten|moesten) (je|u|ik|ge|we|men) ~1 (maar|gewoon|dan|even|ff) ~1 (mailen|e-mailen|chatten|appen|whatsappen|schrijven|googelen|googlen)
weggestuurd ~5 (website|site|app|folder|link|linkje|*formulier|mailadres|e-mailadres)
(stuurde|stuurden|stuurt|sturen) ~3 weg ~5 (website|site|app|folder|link|linkje|*formulier|mailadres|e-mailadres)
+ ze zeiden dat ik het maar moest googelen
+ ik werd doorgestuurd naar de FAQ
+ je moet maar mailen, zeiden ze aan de telefoon
- ik heb het gegoogeld en vond het antwoord zelf
- ik werd doorgestuurd naar de juiste collega

# nl14b: advised to use the website/app instead
(adviseert|adviseerde|advies|raadt|raadde|aangeraden|zegt|zei|zeggen) ~5 (website|site|app|webformulier|online|mijn) ~2 te (gebruiken|doen|regelen) | noneg
+ De klantenservice adviseert slechts om de website te gebruiken.
+ Ze raadde aan om de app te gebruiken in plaats van te helpen.
- Ik heb zelf de website bekeken, alles duidelijk.

# --- added (nl14a paraphrase round) ---
# sent to a physical shop; chat to web form; "see the app"
(verwezen|verwees|verwijst|doorverwezen|gestuurd|stuurde|stuurden) ~3 naar ~3 (fysieke|dichtstbijzijnde|een) ~1 (winkel|filiaal|vestiging|servicepunt|balie|kantoor)
(chat|telefoon|livechat|balie|loket|winkel) naar ~2 (website*|site|app|webformulier*|contactformulier*|formulier*|mail|e-mail|email|chat|livechat|winkel|filiaal) ~2 (gestuurd|verwezen|doorgestuurd)
(zei|zegt|zeggen|zeiden|antwoordde|riep|loket|balie) ~3 (zie|staat|check|kijk) ~2 (de|het|onze|in) ~1 (app|website|site|faq)
+ ik werd verwezen naar een fysieke winkel terwijl ik juist belde om dat te vermijden
+ twee keer van de chat naar het contactformulier gestuurd
+ de medewerker zei alleen 'zie de website' en hing op
+ de man achter de balie: 'staat in de app'
- de app zie ik niet staan in de store
- ik ben zelf naar een fysieke winkel gegaan en daar goed geholpen
# --- nl15a: sent to the site/form, verb last; told to "just look in the app"
naar (de|het|een|jullie|onze|hun|uw) ~1 (e-mailformulier*|emailformulier*|klachtenformulier*|retourformulier*|aanvraagformulier*|meldformulier*|contactpagina*|klantenzone|klantzone|webstek|e-shop|chatbot|selfservice*) ~3 (gestuurd|verwezen|doorverwezen|doorgestuurd|gewezen)
(in|op|via) (de|het|onze|jullie|die) (app|website|site|webshop|faq|helpcentrum|klantportaal|portaal) ~2 (moest|moet|moesten) ~1 (kijken|nakijken|checken|raadplegen|zoeken)
+ ik werd voor de zoveelste keer naar het klachtenformulier doorverwezen
+ aan de balie zeiden ze dat ik maar op de website moest kijken
- de monteur werd naar het verkeerde adres gestuurd
- op de website stond alles duidelijk uitgelegd
- de klantenservice stuurde me door naar de technische afdeling
- ik vroeg hen contact op te nemen per sms
# --- added (nl18b inflection round) ---
# reported in a "dat"-clause, the modal after the channel: "zei dat ik het maar op de website moest opzoeken"
(dat|da|maar) ~4 (via|op|naar|in) ~2 (website*|site|webshop*|app|faq|veelgestelde|webformulier*|contactformulier*|formulier*|chat|livechat|mail|e-mail|email|klantportaal*|portaal*|retourportaal*|internet|online|whatsapp) ~4 (moet|moest|moeten|moesten|dient|dienden|hoort|hoorde) ~2 (regelen|doen|aanvragen|melden|invullen|indienen|aanmelden|afhandelen|versturen|sturen|mailen|wijzigen|opzeggen|kijken|opzoeken|zoeken|nakijken|bestellen|retourneren)
(dat|da|maar) ~4 (via|op|naar|in) ~2 (website*|site|webshop*|app|faq|veelgestelde|webformulier*|contactformulier*|formulier*|chat|livechat|mail|e-mail|email|klantportaal*|portaal*|retourportaal*|internet|online|whatsapp) ~4 (regelen|doen|aanvragen|melden|invullen|indienen|aanmelden|afhandelen|versturen|sturen|mailen|wijzigen|opzeggen|kijken|opzoeken|zoeken|nakijken|bestellen|retourneren) (moet|moest|moeten|moesten|dient|dienden)
+ de medewerker zei dat we het via de app moesten aanvragen
+ volgens de chat moest ik het via het klantportaal regelen
# --- r19c paraphrase pass ---
# told to do it yourself in the portal: "dat regelt u zelf in Mijn Omgeving", "doe je zelf even online"
(regelt|regel|doet|doe|wijzigt|wijzig|past|vraagt|vraag|zoekt|zoek|meldt|meld|kunt|kan|kun) (u|je|ge|jij) ~3 (zelf|gewoon|even|ff|maar) ~3 (in|via|op|online|digitaal) ~3 (app|website*|site|omgeving|mijn|portaal|klantportaal|account|internet|online|webshop|computer|klantenzone)
# must do it online, with the verb of the errand: "moest even online een retour aanmelden"
(moest|moet|moesten|moeten|dient|diende|hoort|hoorde) ~4 (online|digitaal|schriftelijk) ~3 (aanmelden|afmelden|retourneren|doorgeven|insturen|uploaden|registreren|versturen|sturen|boeken|reserveren|afspreken|inplannen)
# advised or asked to file it in writing / online: "adviseerde mij het verzoek schriftelijk in te dienen"
(adviseerde|adviseerden|geadviseerd|adviseert|raadde|raadden|raadt|aangeraden|verzocht|verzochten|verzoekt|vroeg|vroegen|gevraagd|sommeerde) ~5 (schriftelijk|online|digitaal|per) ~3 te (dienen|melden|sturen|geven|doen|regelen|vragen|zeggen|maken)
# refused at the phone or counter, then sent elsewhere: half
(weigerde|weigerden|weigert|weigeren|geweigerd) ~4 (telefoon|telefonisch|balie|kassa|loket|chat|winkel) ~3 te (helpen|woord|behandelen) | weight=0.5,noneg
# sent away with a leaflet, QR code or link
(weggestuurd|afgescheept|afgewimpeld|afgepoeierd) ~5 (folder*|qr*|link*|website*|site|app|online|formulier*|mailadres|omgeving|portaal)
(folder*|qr-code*|linkje) ~6 (weggestuurd|afgescheept|afgewimpeld|afgepoeierd)
+ aan de balie kreeg ik alleen een folder met een qr-code mee en werd ik weggestuurd
+ dat past u zelf even aan via uw online omgeving, zei de man aan de lijn
+ ze adviseerden mij het bezwaar schriftelijk in te dienen in plaats van te helpen
+ ik moest maar digitaal een afspraak inplannen, zei de receptie
- ik regel het zelf wel online, geen probleem
- ik heb zelf gevraagd om het schriftelijk te bevestigen
# --- s10 paraphrase round ---
# answered with another channel: "mijn mail werd beantwoord met: neem telefonisch contact op"
(beantwoord|antwoord|antwoordde|antwoordden|reactie|reageerden|reageerde|zei|zeiden|zegt|zeggen|kreeg|kregen) ~4 (neem|neemt) ~2 (telefonisch|schriftelijk|per|via) ~3 contact
# a quoted order to do it elsewhere: "'registreer het maar in de app'", "'meld het via het portaal'"
(zei|zeiden|zegt|zeggen|was|antwoord|antwoordde|antwoordden|reactie|advies|riep) ~4 (registreer|registreert|meld|meldt|regel|regelt|boek|vraag|dien|vul|log) ~4 (app|website|site|webshop|portaal|klantportaal|*formulier|webformulier|omgeving|account|internet|online|mail|e-mail|chat)
# the particle "maar" splits "registreer het | maar in de app" for the engine: the quoted order is half, the channel after "maar" the other half
(zei|zeiden|zegt|zeggen|was|antwoord|antwoordde|antwoordden|reactie|advies|riep) ~4 (registreer|registreert|meld|meldt|boek|dien|zet|vraag|log) (het|dat|dit|alles|even|u|je|jezelf|uzelf) | weight=0.5
+ aan de kassa zeiden ze: registreer het maar in de app
- ik zei tegen mijn zoon: regel het maar, ik ben moe
# sent off towards the site: "met een kluitje in het riet gestuurd, richting de website"
(gestuurd|verwezen|afgescheept|weggestuurd|afgewimpeld|doorverwezen|gewezen|riet) ~6 richting ~2 (website*|site|app|faq|formulier*|webformulier*|contactformulier*|mail|e-mail|chat|portaal|klantportaal|internet|webshop)
# handed a card or QR code instead of help
(kreeg|kregen|gaf|gaven|gekregen|meegegeven|meegekregen|overhandigd|drukte|drukten) ~5 (qr-code|qr|qrcode|kaartje|visitekaartje|folder|foldertje|flyer|papiertje|briefje) ~4 (website|site|app|link|linkje|qr-code|qr|qrcode|code|mailadres|*formulier|url|klacht|klachten)
# "kunt u het beste even via de website kijken"
(kunt|kan|kun|kon) (u|je|ge|jij) ~2 (beste|best) ~3 (via|per|op|in) ~2 (website|site|app|chat|mail|e-mail|*formulier|internet|webshop|portaal)
(dat|da) (ik|je|u|we|ge) ~3 (beste|best) ~4 (via|per|op|in) ~2 (website|site|app|chat|mail|e-mail|*formulier|internet|webshop|portaal) ~3 (kan|kon|kunt|moet|moest|kon)
# advised to use a self-service portal
(aangeraden|raadde|raadden|adviseerde|adviseerden|stelde|stelden|voorgesteld|verwees|verwezen|stuurde|stuurden) ~6 (portaal|selfserviceportaal|serviceportaal|klantportaal|klantenportaal|retourportaal|webportaal|selfservice|zelfservice|selfservicepagina|zelfservicepagina)
+ op mijn e-mail kreeg ik als reactie: neem telefonisch contact op met ons
+ de verkoper zei alleen 'meld het zelf maar online'
+ ik werd weggestuurd, richting het contactformulier
+ aan de kassa kreeg ik een kaartje met een QR-code voor klachten
+ u kunt het beste via de app kijken, zei de medewerker aan de telefoon
+ aan de balie zeiden ze dat ik het beste even via de site kon kijken
+ de jongen aan de lijn raadde mij aan het via het klantportaal te doen
- ik heb zelf telefonisch contact opgenomen en werd goed geholpen
- ik kreeg een kaartje met de openingstijden, handig
- ik vond het zelf het beste om via de app te bestellen

# subordinate order: "een medewerker die me doorverwees naar de website"
(me|mij|ons|u|je) (doorverwees|doorverwezen|verwees|verwezen|doorstuurde|stuurde|stuurden|wees) ~1 naar ~5 (website*|site|app|portaal|klantportaal|omgeving|webformulier*|contactformulier*|formulier*|chat|livechat|mail|e-mail|email|faq|internet)
# one channel sends you to the next: "de chat zegt bellen, de winkel zegt mailen"
(chat|livechat|telefoon|mail|website|site|app|winkel|balie|klantenservice|helpdesk|filiaal|webcare) (zegt|zei|zeggen|zeiden) (bellen|mailen|chatten|appen|langskomen|e-mailen|whatsappen|online)
# an instruction to write instead: "u kunt een e-mail sturen", "dan kunt u altijd een brief sturen"
(u|je|ge) (kunt|kan|kun|moet|moest) ~2 (brief|briefje|mail|mailtje|e-mail|email|bericht|*formulier|webformulier|contactformulier) ~2 (sturen|schrijven|versturen|opsturen|invullen|indienen)
(dan|anders|daarvoor|hiervoor) (kunt|kan|kun|moet|moest) (u|je|ge|ik) ~3 (brief|briefje|mail|mailtje|e-mail|email|bericht|*formulier|webformulier|contactformulier) ~2 (sturen|schrijven|versturen|opsturen|invullen|indienen)
# told it can only be done via customer service / head office, from a shop or desk
(alleen|uitsluitend|enkel) ~2 (via|bij|met|door) ~2 (klantenservice|klantendienst|hoofdkantoor|servicedesk|servicelijn|serviceafdeling) ~2 (kon|kan|mag|mocht|gaat|ging|moet|moest|geregeld|gemeld|afgehandeld)
# the voice menu or agent says it can be done online
(bandje|bandopname|keuzemenu|menu|stem|computerstem|chatbot|*medewerker|*medewerkster|zei|zeiden|zegt|vertelde|meldde|meldt) ~6 (online|digitaal) ~3 (kon|kan|kunt|moest|moet) ~1 (doen|regelen|aanvragen|wijzigen|aanpassen|opzeggen|melden|afhandelen)
+ De jongen aan de balie zei dat ik het alleen via de klantenservice kon regelen.
+ De chat zegt bellen en de winkel zegt mailen.
+ U kunt ons een mail sturen, zei ze, en daarmee was het gesprek klaar.
+ Dan kun je altijd een formulier invullen, was zijn antwoord.
+ Een stem zei dat ik het adres ook online kon wijzigen, en weg was de verbinding.
+ Hij was de tweede die mij verwees naar het klantportaal.
- Kunt u mij een mail sturen met de bevestiging?
- Ik heb zelf online mijn adres gewijzigd, dat ging prima.
- De klantenservice heeft mijn retour meteen geregeld.

# --- s11a paraphrase round (channel_deflection) ---
# referred to some self-service portal, with words in between: "doorverwezen naar een of ander claimportaal"
(verwezen|verwees|verwijst|verwijzen|doorverwezen|doorverwees|stuurde|stuurden|stuurt|gestuurd|doorgestuurd) ~4 naar ~4 (claimportaal|schadeportaal|huurdersportaal|klachtenportaal|meldportaal|webportaal|reparatieportaal|ticketportaal|onlineportaal|klantportaal|klantenportaal|retourportaal|serviceportaal|zorgportaal|bewonersportaal|schadeformulier|claimformulier)
+ Daarna werd ik doorverwezen naar een of ander claimportaal.
+ Ze stuurden me door naar het bewonersportaal van de corporatie.
- Het klantportaal werkt prima, ik vond alles meteen.
- Ik heb mijn claim zelf via het schadeportaal ingediend en kreeg snel geld.
# must file it through the app / site / portal, verb before the channel: "moest een verzoek indienen via het portaal"
(moest|moet|moesten|moeten|dient|diende|maar) ~4 (indienen|invullen|aanvragen|melden|doorgeven|aanmaken|opzeggen|insturen|uploaden|aanmelden|afmelden|oplossen|uitzoeken) ~1 (via|op|in) (de|het|onze|jullie|uw|hun|een) ~1 (app|website|site|portaal|huurdersportaal|klantportaal|*formulier|webformulier|omgeving|account|internet|webshop)
+ De corporatie zei dat ik een reparatieverzoek moest indienen via het huurdersportaal.
+ Ik moest zelf maar een claim indienen op hun site.
+ Hij zei dat ik het verzoek moest indienen via de app.
- Ik heb mijn verzoek ingediend via het portaal en kreeg meteen antwoord.
- Hij zei dat hij het voor mij zou indienen via het portaal.
# told to just send a mail or letter instead: "ik moest maar een mail sturen naar de klantenservice"
(moest|moet|moesten|moeten) ~2 (gewoon|dan) ~2 (mail|mailtje|e-mail|email|brief|briefje|bericht|berichtje|dm) ~3 (sturen|versturen|schrijven|opsturen)
# the particle "maar" opens a clause for the engine: "ik moest | maar een mail sturen"
maar ~2 (mail|mailtje|e-mail|email|brief|briefje|bericht|berichtje|dm) ~3 (sturen|versturen|schrijven|opsturen)
+ Ik moest maar een mail sturen naar de klantenservice.
+ Aan de balie zeiden ze: dan moet u gewoon een brief schrijven.
- Morgen stuur ik zelf een mail naar mijn werkgever.
- Hij zei dat hij zelf een mail zou sturen naar de technische dienst.
# the channel elsewhere "goes faster / is easier": "terugbelverzoeken gaan via de app sneller"
(zei|zeiden|zegt|zeggen|volgens|antwoord|antwoordde|reactie|advies|tip) ~6 (via|in|op|online|per) ~2 (app|website|site|chat|mail|e-mail|*formulier|internet|online|webformulier|portaal) ~3 (sneller|makkelijker|handiger|eenvoudiger|beter)
+ Ze zei dat terugbelverzoeken via de app sneller gaan.
+ Het advies was dat het via de website veel makkelijker gaat.
- Ik vind zelf dat het via de app sneller gaat.
- Via de app ging het inderdaad sneller, top.
# a tip or advice to download or use the app / site
(tip|advies|suggestie|raad) ~2 om ~4 (app|website|site|*formulier|webformulier|chat|portaal) ~4 te (downloaden|gebruiken|bezoeken|raadplegen|invullen)
+ Ik kreeg de tip om de app van de vervoerder te downloaden.
+ Hun enige advies was om het formulier op de site te gebruiken.
- Een tip voor anderen: de app is handig om je bestelling te volgen.
- Via de klantenservice kreeg ik het advies om de app opnieuw te installeren, wat hielp.
# quoted orders to use "our" site or app: "kijk op onze website", "gebruik onze app"
(kijk|ga|surf|check|bezoek|raadpleeg|gebruik|download|probeer) ~2 onze (website*|site|app|faq|webshop|helpcentrum|klantportaal|portaal|veelgestelde|chat|chatbot|klantomgeving)
+ Telkens weer: kijk op onze website.
+ Het enige wat ze zeggen is: download onze app.
- Zij hadden de website verbeterd en vroegen of ik wilde kijken of het werkte.
- Jullie app gebruik ik elke dag met plezier.
# go to a physical shop instead: "dat ik naar een fysieke winkel moest gaan"
(fysieke|dichtstbijzijnde) (winkel|filiaal|vestiging|servicepunt|balie|kantoor|servicebalie|servicecenter) ~2 (moest|moet|moesten|moeten|gaan|langsgaan|langskomen|langs)
(moest|moet|moesten|moeten|kunt|kan) ~4 (fysieke|dichtstbijzijnde) (winkel|filiaal|vestiging|servicepunt|kantoor|servicecenter)
+ Ze zei dat ze me niet verder kon helpen en dat ik naar een fysieke winkel moest gaan.
+ U moet daarvoor naar het dichtstbijzijnde filiaal.
- Het dichtstbijzijnde filiaal is gelukkig om de hoek.
- Ik ging zelf naar de fysieke winkel omdat ik dat prettiger vind.
# "doe het via Mijn Account": an order to do it in the portal
(dan|maar|beter|liever|gewoon|even|zelf) ~2 (doe|regel|meld|vraag|wijzig|zeg) (het|dat|dit|alles) ~2 (via|in|op) (de|het|mijn|onze|jullie|uw) ~1 (account|app|website|site|omgeving|portaal|klantportaal)
+ Of nog beter, doe het via Mijn Account.
+ Dan regel het maar in de app, zei hij.
- Ik heb het zelf via de app geregeld en dat werkte prima.
- Ik regel het liever zelf, zei ik tegen de medewerker.
# addressed order to use a form or app (main clause): "voor wijzigingen moet u het contactformulier gebruiken"
(moet|moest|moeten|moesten|dient|diende) (u|ge) ~3 (contactformulier*|formulier*|webformulier*|app|website|site|portaal|klantportaal|chat|livechat|chatfunctie|faq|omgeving) ~1 (gebruiken|invullen|raadplegen|proberen|downloaden|openen)
+ Voor wijzigingen moet u het contactformulier gebruiken, zei de medewerker in de winkel.
+ Daarvoor moet u de app downloaden, meneer.
- Ik heb het formulier zelf ingevuld en ze hebben me snel geholpen.
- U moet het formulier wel ondertekenen, zei ze, en daarna regelde ze alles.
- ik bel even om te vragen of mijn afspraak doorgaat
- gelukkig kon ik gewoon in de winkel terecht
