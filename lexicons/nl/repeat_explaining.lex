# Had to explain the problem or give the same details again and again to
# different people.
(opnieuw|weer|nogmaals|eens|overnieuw|telkens|steeds|begin|nul) ~5 (uitleggen|uitgelegd|vertellen|verteld|uitgetypt|uittypen|beschrijven|beschreven|omschrijven|omschreven|geschetst|uiteengezet|doorgeven|doorgegeven|opgeven|opgegeven|herhalen|herhaald|toelichten|gegevens|klantnummer|ordernummer|bestelnummer|dossiernummer|geboortedatum|postcode|ticketnummer|zaaknummer|referentienummer|iban|controlevragen)
(opnieuw|weer|nogmaals|eens|overnieuw|telkens|steeds|begin|nul) ~5 (uit|door|op|toe) te (leggen|geven|lichten)
(opnieuw|weer|nogmaals|eens|overnieuw|telkens|steeds|begin|nul) ~5 te (vertellen|herhalen)
(uitleggen|uitgelegd|vertellen|verteld|doorgeven|doorgegeven|verhaal|gegevens|klantnummer|ordernummer|dossiernummer) ~4 (opnieuw|weer|nogmaals|eens|overnieuw|telkens|steeds|iedereen|elke|iedere)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|meerdere|zoveel|talloze|ettelijke|ontelbaar|tig) (keer|x|maal|keren) ~6 (uitleggen|uit|uitgelegd|vertellen|verteld|doorgeven|doorgegeven|herhalen|herhaald)
(tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|twintigste|zoveelste) keer ~8 (uitleggen|uit|uitgelegd|vertellen|verteld|uitgetypt|uittypen|getypt|ingetypt|beschreven|omschreven|geschetst|uiteengezet|situatie|doorgeven|doorgegeven|door|opgegeven|herhalen|herhaald|opgelezen|opgenoemd|genoemd|ingetoetst|gespeld|ingevoerd|gestuurd|opgestuurd|gemaild|iban|klantnummer|gegevens|verhaal)
(elke|iedere|ieder) keer ~5 (uitleggen|uitgelegd|vertellen|verteld|doorgeven|doorgegeven|opgeven|opgegeven|herhalen|herhaald|gegevens|klantnummer)
(elke|iedere|ieder) keer ~5 (mijn|m'n|het|hele|heel|zelfde|dezelfde) ~1 verhaal
(elke|iedere|ieder) keer ~5 (uit|door|op) te (leggen|geven)
(elke|iedere|ieder) keer ~5 te (vertellen|herhalen)
(aan|bij) (iedereen|elke|iedere|elk|ieder) ~5 (uitleggen|uitgelegd|verteld|vertellen|herhalen|opnieuw|leggen)
(herhalen|herhaal|herhaalde|herhaald) ~3 (verhaal|gegevens|alles|mijzelf|mezelf)
(mezelf|mijzelf) ~2 (herhalen|herhaald)
(dossier|notities|aantekeningen|gespreksverslag|geschiedenis|historie) ~6 (niet|nergens|geen|niemand) ~4 (gelezen|bekeken|vastgelegd|genoteerd|vinden|zichtbaar|inzien|ingezien) | noneg
(niemand|niets|nergens|geen) ~4 (genoteerd|vastgelegd|bijgehouden|notitie|aantekening) | noneg
(weer|opnieuw|helemaal) ~3 (nul|voren|begin|overnieuw|vooraf|scratch) ~2 (beginnen|begonnen|starten|schrijven|typen|uitleggen|vertellen|uitgelegd|verteld|geschreven)
(die|dat|wat|welke) ik (al|allang|reeds|toch|eerder) ~4 (gestuurd|opgestuurd|gegeven|doorgegeven|gemaild|verteld|uitgelegd|ingevuld|geupload|aangeleverd|ingestuurd|genoemd|ingetoetst|opgegeven)
(dezelfde|zelfde|identieke) ~2 (vragen|vraag|controlevragen|gegevens|verhaal|informatie|info|foto|foto's|documenten|nummers|vragenlijst) ~3 (opnieuw|weer|stelde|stellen|stelden|vroeg|vragen|vroegen|beantwoorden|geven)
(elke|iedere|ieder|elk) ~1 (*medewerker|*medewerkster|persoon|collega|chatmedewerker|agent|*afdeling|keer) ~5 (dezelfde|zelfde|opnieuw|weer|alles)
(vraagt|vroeg|vragen|vroegen|wil|wilde|wilden) ~4 (weer|opnieuw|nogmaals|eens) ~2 (om|naar)
(ingetoetst|ingetikt|ingevoerd|opgegeven|doorgegeven) ~5 (weer|opnieuw|nogmaals|eens)
(verhaal|alles) ~3 (aan|bij) (iemand|een|de|weer|iedere|elke) (anders|ander|volgende|nieuwe)
(aan|bij) (iemand|een|de) (anders|ander|volgende) ~3 (vertellen|uitleggen|uit|verteld|uitgelegd)
(aan|bij|tegen) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig|verschillende|diverse|allerlei|meerdere|zoveel) ~1 (mensen|*medewerkers|personen|collega's|agents|mannen|vrouwen|*afdelingen) ~4 (uitgelegd|verteld|uitleggen|vertellen|herhaald|doorgegeven|gemeld)
(hoe|zo) vaak ~4 (uitleggen|vertellen|herhalen|doorgeven|uitgelegd|verteld|opsturen|sturen|opgeven|melden)
(verhaal|riedel|relaas) ~3 (moeten|moest|moesten|mocht|opnieuw|weer) ~2 (doen|vertellen|uitleggen)
(verhaal|riedel|relaas) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|tien|zoveel) (keer|x|maal) ~3 (gedaan|doen|verteld|uitgelegd|moeten)
+ ik moest mijn verhaal bij iedere medewerker opnieuw uitleggen
+ voor de zoveelste keer mijn klantnummer doorgegeven
+ elke keer moet ik alles weer vanaf het begin vertellen
+ ik heb het probleem nu vijf keer uitgelegd
+ drie keer heb ik het al moeten uitleggen
- ik heb het probleem één keer uitgelegd en het werd meteen opgelost
- de medewerker las mijn dossier en wist meteen alles
# --- added (round 6: idea-grid probes) ---
# the same questions again from each new person
(telkens|steeds|elke|iedere|weer|opnieuw|keer|nieuwe) ~6 (dezelfde|zelfde) (vragen|gegevens|controlevragen|verificatievragen|info|informatie|verhaal|uitleg)
# sending the same documents / photos again
(foto's|fotos|foto|documenten|bewijsstukken|bewijs|bonnetje|kassabon|kopie|kopieen|paspoort|bankafschrift|gegevens|papieren|*formulieren) ~8 (opnieuw|nogmaals|weer|steeds|telkens) ~3 (opsturen|sturen|uploaden|insturen|aanleveren|mailen|opgestuurd|gestuurd|geupload|ingestuurd|aangeleverd|doorgeven|doorgegeven|indienen|ingediend)
+ telkens een andere medewerker die dezelfde vragen stelt
+ de foto's van de schade moest ik drie keer opnieuw opsturen
- ik heb de foto's opgestuurd en de schade werd meteen vergoed
- ik stelde zelf dezelfde vraag aan twee winkels om prijzen te vergelijken
# --- added (round 6b: families from a fresh second probe set) ---
(opnieuw|weer|nogmaals|steeds|telkens|zoveelste|derde|vierde|vijfde) ~6 uit de doeken
+ weer mijn hele verhaal uit de doeken doen
- ze heeft het probleem duidelijk uit de doeken gedaan
# --- added (round 9b: described repetition) ---
# start over each time
(telkens|steeds|elke|iedere|weer|alweer) ~4 (opnieuw|overnieuw|vooraan) ~1 (beginnen|begonnen|starten|gestart)
# the same details sent again and again
(dezelfde|zelfde) ~2 (gegevens|documenten|info|informatie|papieren|stukken|bewijzen|*formulieren|nummers) ~5 (keer|maal|opnieuw|weer|nogmaals)
(iedereen|elke|iedere|ieder) ~3 (vraagt|vroeg|vragen|vroegen|wil|wilde|wilden) ~3 (opnieuw|weer|nogmaals)
+ telkens moest ik opnieuw beginnen
+ dezelfde gegevens nu al vier keer opgestuurd
+ iedereen vraagt ze opnieuw
- we zijn opnieuw begonnen met een nieuwe keuken en dat ging goed
- dezelfde gegevens staan ook in de app
# --- r12b (four-voices round) ---
# typed/written out N times
(verhaal|klacht|probleem|situatie|vraag|relaas) ~6 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|meerdere|zoveel|talloze|tig) (keer|x|maal|keren) ~4 (intypen|ingetypt|getypt|typen|opschrijven|opgeschreven|uitschrijven|uitgeschreven|toelichten|toegelicht|samenvatten|samengevat)
# told to N different people / handlers
(aan|bij|tegen|tegenover|voor) ~2 (twee|drie|vier|vijf|zes|zeven|acht|tien|verschillende|diverse|meerdere|zoveel|allerlei|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 (behandelaar*|adviseur*|consulent*|agenten|agents|loketmedewerker*|*medewerkers|mensen|personen|collega's|callcentermedewerker*|klantenservicemedewerker*) ~5 (herhalen|herhaald|vertellen|verteld|uitleggen|uitgelegd|toelichten|toegelicht|doorgeven|doorgegeven)
# once more: "nog een keer vertellen", "nog eens uit de doeken"
nog (een|ene|1) (keer|x|maal) ~4 (vertellen|verteld|uitleggen|uitgelegd|herhalen|herhaald|doorgeven|doorgegeven|toelichten|toegelicht|uitleg)
nog eens ~4 (vertellen|verteld|uitleggen|uitgelegd|herhalen|herhaald|doorgeven|doorgegeven|toelichten|toegelicht)
nog eens ~4 uit de doeken
# the same identity checks after each transfer
(opnieuw|weer|nogmaals|telkens|steeds|alweer) ~5 (identiteit|legitimeren|gelegitimeerd|identificeren|geidentificeerd|verifieren|geverifieerd)
(identiteit|identiteitsgegevens|persoonsgegevens|gegevens) ~3 (opnieuw|weer|nogmaals|alweer) ~2 (bevestigen|bevestigd|verifieren|geverifieerd|controleren|gecontroleerd|opgeven|opgegeven)
# nobody knew my story / the Nth time with the question in between
niemand ~3 (kende|kent|wist|weet|had) ~3 (verhaal|dossier|geschiedenis|situatie|voorgeschiedenis) | noneg,weight=0.5
(tweede|derde|vierde|vijfde|zesde|zevende|achtste|tiende|zoveelste) keer | weight=0.5
(uitleggen|uitgelegd|vertellen|verteld|samenvatten) | weight=0.5
+ ik heb het hele verhaal nu al drie keer opgeschreven
+ mijn verhaal tegenover drie verschillende behandelaars moeten herhalen
+ mocht ik het allemaal nog een keer vertellen
+ elke keer moest ik nog eens alles uit de doeken doen
+ na het doorverbinden moest ik mijn identiteit weer bevestigen
- ik heb het één keer uitgelegd en het was meteen geregeld
- voor de derde keer dit jaar op vakantie, heerlijk

# --- added (nl14a paraphrase round) ---
# asked again for what was already sent; "how often must I give that number"
(opnieuw|weer|nogmaals|keer) ~8 (al|allang|reeds) ~2 (gestuurd|opgestuurd|aangeleverd|doorgegeven|verstuurd|gemaild|ingevuld|ingetoetst|ingetikt)
(klantnummer|geboortedatum|postcode|gegevens|ordernummer|bestelnummer|dossiernummer|iban|rekeningnummer|meternummer) ~8 (vraagt|vroeg|vragen|vroegen|wil|wilde|wou|wilden) ~4 (nogmaals|opnieuw|weer|keer)
hoe vaak ~3 (moet|moest|moeten|moesten|heb|hebben|heeft|mag|mogen) ~6 (opnoemen|noemen|doorgeven|doorgegeven|herhal*|herhaald|vertellen|verteld|uitleggen|uitgelegd|opgeven|opgegeven|opsommen)
+ hoe vaak hebben we onze gegevens nou al doorgegeven
+ ze willen de pasfoto nog een keer, die heb ik allang opgestuurd
+ mijn ordernummer ingetikt en de medewerker vraagt er opnieuw naar
+ hoe vaak moet ik mijn postcode nog herhalen
- de pasfoto heb ik al gestuurd en is goedgekeurd
- hoe vaak moet ik de plant water geven
# --- nl15a: "have to do / tell everything again"
(moet|moest|moeten|moesten|mag|mocht) ~2 (ik|we|je|wij) ~1 alles ~1 (opnieuw|weer|nogmaals|overnieuw|nogeens) ~1 (doen|vertellen|uitleggen|doorlopen|doornemen|doorgeven|herhalen|opsommen)
+ bij elk telefoontje moest ik alles opnieuw uitleggen
+ dan mag je alles weer doen van voren af aan
- ik moet alles opnieuw installeren na de update
(elke|iedere|ieder|elk) ~1 (*medewerker|*medewerkster|collega|chatmedewerker|agent) ~5 hetzelfde
# nl15b: nobody reads the earlier messages / history
(niemand|nooit) ~4 (leest|las|lezen|bekijkt|bekeek|kijkt) ~5 (eerdere|vorige|oude|voorgaande) ~2 (berichten|mails|e-mails|communicatie|correspondentie|gesprekken|notities|chats) | noneg
# nl15b: "what I already wrote to the previous one"
(vorige|vorig|eerdere|vorigen) ~3 (al|reeds|allang) ~3 (geschreven|gezegd|verteld|uitgelegd|gemaild|doorgegeven|gevraagd) | weight=0.5
+ elke nieuwe medewerker vraagt precies hetzelfde
+ elke mail moet ik weer van voren af aan schrijven omdat niemand de eerdere berichten leest
+ ik moest weer helemaal van voren af aan uitleggen
- de monteur las de vorige berichten en wist meteen wat er mis was
# --- nl19b paraphrase-coverage round ---
# the story again, owned: "weer mijn hele verhaal", "telkens hetzelfde verhaal" (not "telkens een ander verhaal")
(opnieuw|weer|nogmaals|eens|overnieuw|telkens|steeds|begin|nul) ~5 (mijn|m'n|mn|ons|onze|het|hele|heel|gehele|volledige|complete|zelfde|dezelfde|hetzelfde) ~2 (verhaal|riedel|relaas)
# said / typed / named N times: "zes keer moeten noemen", "drie keer moeten toelichten", "voor de 4e keer"
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|meerdere|zoveel|talloze|ettelijke|ontelbaar|tig) (keer|x|maal|keren) ~6 (toelichten|toegelicht|uiteenzetten|uiteengezet|schetsen|geschetst|beschrijven|beschreven|omschrijven|omschreven|noemen|genoemd|opnoemen|opgenoemd|spellen|gespeld|opgeven|opgegeven|opgelezen|oplezen)
(2|3|4|5|6|7|8|9|1*) (e|de|ste) keer | weight=0.5
hoe vaak ~3 (moet|moest|moeten|moesten|heb|hebben|heeft|mag|mogen) ~6 (typen|intypen|intikken|tikken|spellen|toelichten|uiteenzetten|oplezen|opnoemen) | weight=0.5
# told to N different people, more kinds of people and verbs
(aan|bij|tegen|tegenover|voor) ~2 (twee|drie|vier|vijf|zes|zeven|acht|tien|verschillende|diverse|meerdere|zoveel|allerlei|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 (verkopers|verkoopsters|contactpersonen|adviseurs|monteurs|*medewerksters|behandelaars|consulenten|collega's|mensen|personen|*medewerkers|telefonistes|agents|agenten) ~5 (toelichten|toegelicht|uiteenzetten|uiteengezet|schetsen|geschetst|beschrijven|beschreven|omschrijven|omschreven|uitleggen|uitgelegd|vertellen|verteld|herhalen|herhaald)
+ dat nummer heb ik vandaag al vier keer moeten opnoemen
+ ik heb de klacht bij drie verschillende adviseurs toegelicht
+ voor de 3e keer, hoe vaak moet ik dat adres nog intypen
- de medewerker wist het bij de eerste keer en ik hoefde niets te herhalen

# started from scratch every time: "begon ik weer bij nul", "opnieuw bij af"
(begon|begin|begint|beginnen|begonnen|startte|start|starten) (ik|we|wij|je|u|ge|men) ~3 (weer|opnieuw|telkens|steeds|elke|iedere) ~2 (bij|vanaf|van|op) ~1 (nul|af|voren|scratch)
(ik|we|wij|je|u|ge|men) (begon|begin|begint|beginnen|begonnen|startte|start|starten) ~3 (weer|opnieuw|telkens|steeds|elke|iedere) ~2 (bij|vanaf|van|op) ~1 (nul|af|voren|scratch)
+ Bij elk telefoontje begon ik weer bij nul.
+ Elke nieuwe medewerker, en ik begin opnieuw bij af.
+ We beginnen telkens weer van voren.
- We begonnen bij nul met ons bedrijf en nu gaat het goed.
- Ik begon om negen uur te bellen.
- Na een fout begint het keuzemenu weer van voren.
