# The problem is still not fixed after contacting the company; repeated
# contacts without result.  Contacts are counted by units.lex/numbers.lex.
onopgelost*
# not a hypothetical ("als dit niet wordt opgelost"): the finite verb
# before "niet", or "nog steeds", marks a main clause.
(steeds|altijd|nogsteeds|alweer|wederom|helemaal|totaal|nergens|nooit) ~2 (niet|niks|niets|nie|nooit) ~3 (opgelost|verholpen|gerepareerd|gemaakt|geregeld|hersteld|verbeterd|gefixt|gefikst|aangepakt|rechtgezet|gecorrigeerd|aangepast|gewijzigd|teruggedraaid|teruggestort|verwerkt) | noneg
(is|zijn|werd|werden|wordt|worden|heeft|hebben|hebt|heb|was|waren) ~3 (niet|niks|niets|nooit|nie) ~2 (opgelost|verholpen|gerepareerd|gemaakt|geregeld|hersteld|verbeterd|gefixt|gefikst|aangepakt|rechtgezet|gecorrigeerd|aangepast|gewijzigd|teruggedraaid|teruggestort|verwerkt) | noneg
nog (niet|nie) (opgelost|verholpen|gerepareerd|gemaakt|geregeld|hersteld|verbeterd|gefixt|gefikst|aangepakt|rechtgezet|gecorrigeerd|aangepast|gewijzigd|teruggedraaid|teruggestort|verwerkt) | noneg
(opgelost|verholpen|gerepareerd|geregeld|hersteld|rechtgezet|gecorrigeerd) ~3 (niet|nooit) | noneg
geen ~2 (oplossing|resultaat|vooruitgang|verbetering|hulp) | noneg
geen (stap|steek|meter) verder | noneg
zonder ~2 (resultaat|oplossing|succes|effect|verbetering) | noneg,weight=0.5
(niets|niks) ~2 (opgeschoten|gebeurd) | noneg
(niets|niks) (aan|mee) gedaan | noneg
niemand ~3 (helpt|hielp|helpen|geholpen|lost|loste|oplossen|verder) | noneg
niemand ~4 (lost|loste|oplossen|opgelost|verhelpen|verholpen|repareren|gerepareerd|fixen|gefixt) | noneg
niemand ~2 geholpen | noneg
(niet|nooit|nergens|nie) ~2 geholpen | noneg,weight=0.5
(tevergeefs|vergeefs*) | weight=0.5
nog (steeds|altijd) ~4 (niet|geen|kapot|stuk|defect|fout|verkeerd|verkeerde|storing|storingen|problemen|probleem|hetzelfde|last|lek|lekt|lekkage|stroomt|hapert|valt|uitval|onjuist|zonder|open|onopgelost|schimmel|herrie|overlast|dubbel|afgeschreven) ~2 (internet|tv|bereik|verbinding|stroom|water|warm|werkend|opgelost|verholpen|gerepareerd|gewijzigd|aangepast|gecorrigeerd|hersteld|veranderd|werkt|doet|kapot|stuk|defect|fout|verkeerd|storing|problemen|probleem|hetzelfde|last|lek|lekt|lekkage|stroomt|hapert|valt|uitval|onjuist|open|schimmel|herrie|overlast|dubbel|afgeschreven|bedrag|internetverbinding|signaal|verwarming) | noneg
nog (steeds|altijd|nogsteeds) (kapot|stuk|defect|fout|verkeerd|storing|problemen|lek|lekt|hapert|onopgelost|open|plat|offline|platliggen|platligt|onbruikbaar|onbereikbaar|geblokkeerd|hetzelfde|vochtig) | noneg
(stroomt|lekt|hapert|valt|klopt|kapot|stuk|defect|fout|verkeerd|open|lek|vochtig|koud|afgesloten|geblokkeerd|staat|staan|hangt|druppelt|piept|rammelt|stinkt) ~4 nog (steeds|altijd) | noneg
(staat|staan|stond|stonden) ~2 nog ~2 (verkeerde|foute|onjuiste|dubbele|oude)
(probeer|proberen|probeert|bezig|bel|belt|bellen|mailt|mailen|klaag|klaagt|klagen|schrijf|schrijft|vecht|vechten|zeur|zeurt|zeuren|aandringen|smeek|smeken|appt|appen|chatten) ~2 al ~3 (dag|dagen|week|weken|maand|maanden|jaar|tijden|eeuwigheid|sinds)
al ~3 (dagen|weken|maanden|week|maand|jaar) ~4 (niet|nie|geen|zonder|kapot|stuk|storing|problemen|uit|weg|eruit|last) | noneg,weight=0.5
(jullie|ze|niemand|zij|men) (doen|doet|deden|deed) ~2 (niks|niets) | noneg
(tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|twintigste|zoveelste) (telefoontje|mail|e-mail|email|bericht|klacht|melding|brief|gesprek|poging|bezoek)
(tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|twintigste|zoveelste) (keer|maal) | weight=0.5
(tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|twintigste|zoveelste) (keer|maal) ~5 (gebeld|bel|bellen|belde|opgebeld|gemaild|mailen|mail|geschreven|contact|langs|langsgeweest|langsgegaan|geweest|geprobeerd|gemeld|geklaagd|gechat|chat|bericht|berichten|klacht|benaderd|gecontacteerd|aangeschreven|gesproken|aangekaart|gevraagd|verzocht|klaag|ingediend|teruggeweest|aangegeven|opgestuurd|ingestuurd|teruggestuurd|gerepareerd|reparatie|monteur|gehoord|horen|gekregen|melden|klaag|meld|contacteer|schrijf)
(werkt|werken|doet|deed) ~3 (steeds|altijd|alweer|weer) ~2 niet | noneg
(probleem|storing|klacht|defect|kwestie|situatie|zaak|fout|lekkage|lek) ~5 (blijft|bleef|bestaat|speelt|loopt|terugkomen|terug)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|meerdere|zoveel|talloze|ettelijke|ontelbaar|tig|veel) (keer|maal|keren|keertjes) ~5 (gebeld|bellen|belde|opgebeld|gemaild|mailen|geschreven|contact|langsgeweest|langsgegaan|geweest|geprobeerd|gemeld|geklaagd|klagen|gechat|benaderd|gecontacteerd|aangeschreven|aangekaart|ingediend|teruggeweest|opgestuurd|teruggestuurd|gerepareerd|monteur|melden|gehoord|horen|gekregen|gevraagd|verzocht|gesproken|aangegeven|ingestuurd|reparatie|klaag) | noneg
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|meerdere|zoveel|talloze|ettelijke|ontelbaar|tig|veel) x ~5 (gebeld|gemaild|geschreven|gechat|geklaagd|gemeld|langsgeweest|opgebeld|bellen|mailen|aangekaart|gecontacteerd|benaderd|teruggestuurd|opgestuurd) | noneg
(gebeld|bel|bellen|belde|opgebeld|gemaild|mailen|geschreven|langsgeweest|langsgegaan|geweest|geprobeerd|gemeld|geklaagd|gechat|benaderd|gecontacteerd|aangeschreven|gesproken|aangekaart|gevraagd|verzocht|klaag|ingediend|teruggeweest|aangegeven|opgestuurd|ingestuurd|teruggestuurd|gerepareerd|melden|opgenomen) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|meerdere|zoveel|talloze|ettelijke|ontelbaar|tig) (keer|maal|keren|keertjes) | noneg
(gebeld|gemaild|geschreven|gechat|geklaagd|gemeld|langsgeweest|opgebeld|bellen|mailen|aangekaart|gecontacteerd|benaderd) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|meerdere|zoveel|talloze|ettelijke|ontelbaar|tig) x | noneg
(tweemaal|driemaal|viermaal|vijfmaal|zesmaal|tienmaal)
(herhaaldelijk|meermaals) ~5 (gebeld|bel|bellen|belde|opgebeld|gemaild|mailen|mail|geschreven|contact|langs|langsgeweest|langsgegaan|geweest|geprobeerd|gemeld|geklaagd|gechat|chat|bericht|berichten|klacht|benaderd|gecontacteerd|aangeschreven|gesproken|aangekaart|gevraagd|verzocht|klaag|ingediend|teruggeweest|aangegeven|opgestuurd|ingestuurd|teruggestuurd|gerepareerd|reparatie|monteur|gehoord|horen|gekregen|melden|bezig)
(al|sinds) (weken|maanden|dagen) ~4 (gebeld|bel|bellen|belde|opgebeld|gemaild|mailen|mail|geschreven|contact|langs|langsgeweest|langsgegaan|geweest|geprobeerd|gemeld|geklaagd|gechat|chat|bericht|berichten|klacht|benaderd|gecontacteerd|aangeschreven|gesproken|aangekaart|gevraagd|verzocht|klaag|ingediend|teruggeweest|aangegeven|opgestuurd|ingestuurd|teruggestuurd|gerepareerd|reparatie|monteur|gehoord|horen|gekregen|melden|bezig)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|meerdere|zoveel|talloze|ettelijke|ontelbaar|tig) (telefoontjes|belletjes|gesprekken|mails|e-mails|emails|mailtjes|berichten|bezoeken|chats|klachten|tickets|meldingen|reparaties|monteurbezoeken) | noneg
(ik|we|wij|moet|moest|moeten) ~3 (blijf|blijven|bleef|bleven) ~2 (bellen|mailen|klagen|aandringen|navragen)
(blijf|bleef) (ik|we) ~2 (bellen|mailen|klagen)
(alweer|wederom|opnieuw|nogmaals) ~3 (gebeld|bel|bellen|gemaild|contact|langsgeweest|kapot|stuk|storing|defect) | weight=0.5
# removed: late delivery, not unresolved: (weken|maanden|dagen) (later|verder) ~5 nog (steeds|altijd) ~3 (niet|geen|kapot|stuk|storing|problemen|hetzelfde) | noneg
nog (niemand|niets|niks|geen) ~4 (komen|gekomen|geweest|kijken|gekeken|gedaan|gebeurd|veranderd|opgelost|gerepareerd|langs|langsgekomen) | noneg
(na|ondanks) ~3 (reparatie|reparaties|monteurs|bezoeken|meldingen|klachten|telefoontjes|mails|pogingen|gesprekken|beloftes|afspraken|keer|klagen|bellen|mailen|melden) ~8 nog (steeds|altijd) | noneg
nog (steeds|altijd) ~2 (hetzelfde|zelfde|dezelfde) ~2 (probleem|geluid|fout|storing|klacht|gedoe|verhaal|euvel|mankement)
(verandert|veranderde|gebeurt|gebeurde|beweegt|bewoog) ~3 (niets|niks|geen|nie) | noneg
(doet|werkt|deed|werkte) ~2 (het|die|hij|ze) ~4 (niet|nie) | noneg,weight=0.5
(ticket|melding|klacht|zaak|dossier) ~4 (afgesloten|gesloten|sluiten|sloten|sluit|afsluiten|gearchiveerd) ~6 (terwijl|maar|zonder|niet|nie|nog)
terwijl ~4 (niet|nie|nog) ~3 (is|zijn|was|werd) ~1 (opgelost|verholpen|gerepareerd|hersteld|geregeld)
+ ik heb al vijf keer gebeld en het is nog steeds niet opgelost
+ dit is de derde keer dat ik contact opneem over hetzelfde probleem
+ na 6 telefoontjes zit ik nog steeds zonder internet
+ de storing is na drie weken nog altijd niet verholpen
+ niemand kan mij helpen
+ het water stroomt nog steeds
- het probleem werd bij het eerste telefoontje opgelost
- de monteur heeft alles keurig gerepareerd
- nog steeds geen reactie op mijn mail
- ik wacht nog steeds op mijn pakket
# --- added (long-narrative round) ---
# repeated contact: "elke keer als ik bel", "telkens wanneer we mailen": half (the
# gold does not count it alone)
(elke|iedere|ieder|telkens|steeds) ~2 (als|dat|wanneer) (ik|we|wij|je|u) ~2 (bel|belt|belde|belden|bellen|mail|mailt|mailde|mailden|mailen|chat|chatte|chatten|langskom|langskomt|langskwam|langskwamen|langsga|langsging|langsgingen|contact|app|appte|appten|schrijf|schreef|schreven|vraag|vroeg|vroegen|informeer|informeerde|informeerden) | noneg,weight=0.5
# the contact count after its verb: "ik belde voor de derde keer", "uitgelegd, voor de vierde keer"
(belde|bel|bellen|gebeld|mail|mailde|gemaild|schrijf|schreef|geschreven|kom|kwam|contacteer|contacteerde|chat|chatte|gechat|uitgelegd|gemeld|meld|meldde|vraag|vroeg|gevraagd|klaag|klaagde|geklaagd|langs|sta|stond) ~3 voor de (tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|zoveelste) (keer|maal) | noneg
# back to square one
(moet|moest|moeten|moesten|mag|mocht|kan|kon) (ik|we|wij) ~3 van (voor|voren|vooraf) af aan | noneg
(ik|we|wij) ~4 van (voor|voren|vooraf) af aan ~2 (beginnen|begonnen|starten|opnieuw) | noneg
# nothing got settled: "zonder dat er iets geregeld was"
zonder dat ~3 (iets|er|het|iemand) ~2 (geregeld|opgelost|verholpen|gedaan|veranderd|aangepast) | noneg
# advice that did not help: "wat natuurlijk niks uitmaakte", "hielp niets"
(uitmaakte|uitmaakt|uithaalde|uithaalt) ~2 (niks|niets|niet|nie|nul) | noneg
(hielp|hielpen|helpt) ~2 (niks|niets|nul|geen) | noneg
# "het hielp niet", not a refusal ("ze hielp hem niet")
(het|dat|dit|ook|allemaal|niets|niks) (hielp|hielpen|helpt) ~1 (niet|nie) | noneg
(hielp|hielpen|helpt) (het|dat|dit|ook|allemaal) ~1 (niet|nie) | noneg
(niks|niets|nul) ~2 (uitmaakte|uitmaakt|uithaalde|uithaalt|opleverde|oplevert|opgeleverd|hielp|geholpen) | noneg
# still no answer to the question itself
nog (steeds|altijd|immer) ~1 (geen|nie|niet) ~1 (duidelijkheid|oplossing|uitsluitsel|resultaat|werkende|verbinding|internet|stroom|bereik) | noneg
# an outage that lasts: "ligt al vier dagen plat": half (an outage alone is no
# unresolved contact)
(al|ligt|lag|lagen|liggen) ~3 (dagen|weken|maanden|week|maand) ~2 (plat|down|eruit) | noneg,weight=0.5
+ mijn internet ligt al twee weken plat en elke keer als ik bel krijg ik een ander verhaal
+ ik belde voor de vierde keer over dezelfde storing
+ nu moet ik weer van voor af aan beginnen
+ ze raadden me aan de router te herstarten, wat natuurlijk niks uitmaakte
- de eerste keer dat ik belde was het meteen geregeld
- ik belde voor de eerste keer en werd goed geholpen
# --- added (mixed-genre round) ---
# "nieuw modem gekocht, zelfde probleem"
(zelfde|hetzelfde|dezelfde|identieke) (probleem|storing|fout|mankement|euvel|klacht|verhaal) | weight=0.5
(nog|steeds) (steeds|altijd) ~3 (een|mijn|m'n|die|de|het) ~1 (kapotte|defecte|lekke|kapot|defect|lekkende|haperende|stukke)
+ nieuw modem gekocht, zelfde probleem, nog steeds kapot
# --- added (round 6: idea-grid probes) ---
# "doet het nog altijd niet"; the problem keeps coming back
(doet|deed|doen) ~2 (het|t|'t) ~2 (nog|steeds|altijd|nogsteeds|alweer) ~2 (niet|nie) | noneg
(probleem|storing|fout|klacht|lekkage|lek|defect|storingen|problemen|melding|foutmelding|uitval) ~6 (komt|kwam|keert|keerde|komen) ~3 (steeds|telkens|weer|elke|iedere|alweer|altijd|opnieuw) ~2 terug
(zelfde|hetzelfde|dezelfde) (probleem|storing|fout|defect|lekkage|klacht) ~3 (als|weer|alweer|opnieuw|nog)
+ na twee meldingen doet de tv het nog altijd niet
+ de storing komt telkens weer terug
+ hetzelfde probleem als vorig jaar
- de monteur heeft de storing in één keer verholpen
- mijn vraag is dezelfde als die van mijn buurman
# --- added (round 6b: families from a fresh second probe set) ---
nog (steeds|altijd|nogsteeds) ~2 (niet|nie) (goed|oke|ok|orde|gefixt|gefikst) | noneg
+ het is nog steeds niet goed
- het is nog niet eens nodig
# --- added (round 7: industry probes) ---
# lost, blocked or gone for days: half ("koffer al 9 dagen zoek", "pas al een week geblokkeerd")
al ~3 (dagen|weken|maanden|week|maand) ~2 (zoek|kwijt|vermist|geblokkeerd|afgesloten|dicht|onbereikbaar|weg|vast) | noneg,weight=0.5
# explaining it again to each new agent means repeated contacts: half
(elke|iedere) ~2 (keer|*medewerker|agent|collega|gesprek|telefoontje|nieuwe) ~6 (opnieuw|weer|alweer|nogmaals) ~7 (uitleggen|vertellen|uitgelegd|verteld|doorgeven|doorgegeven) | weight=0.5
# "dit is nu de derde keer": half, with the counted (tweede|derde) keer rule it counts
(dit|dat|het) (is|was) ~1 de (tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|zoveelste) (keer|maal) | weight=0.5
+ koffer al 9 dagen zoek en elke keer weer het hele verhaal uitleggen aan een nieuwe medewerker
+ en dat is nu de derde keer
+ dit is de tweede keer dat het misgaat
- de koffer was al na twee dagen terug
- het was de eerste keer dat ik belde
# family: the problem is still going on ("speelt nog altijd")
nog (steeds|altijd|immer) (speelt|spelen|aanhoudt|aanhouden|voortduurt|voortduren|gaande|actueel) | noneg
(speelt|spelen|bestaat|bestaan|duurt|duren) ~1 nog (steeds|altijd|immer) | noneg
+ het probleem met de afschrijving speelt nog altijd
+ de storing bestaat nog steeds
- het probleem is door de monteur in één keer verholpen
# family: it keeps going wrong
(blijft|bleef|blijven|bleven) ~2 (misgaan|mislopen|foutgaan|haperen|uitvallen|lekken|wegvallen|vastlopen)
+ het blijft maar misgaan met mijn factuur
- ik blijf graag klant bij jullie
# --- added (round 9b: described non-resolution) ---
# the fault itself is still there
(storing|storingen|probleem|problemen|lekkage|lek|fout|fouten|defect|mankement|euvel|schimmel|overlast|hapering|haperingen|kapot) ~3 nog (steeds|altijd|nogsteeds) | noneg
# contact every day/week
(elke|iedere|ieder) (dag|week|maand) ~4 (bel|belde|bellen|mail|mailde|mailen|schrijf|schreef|chat|chatte|app|appte|klaag|klaagde|meld|meldde) | noneg,weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|tien|meerdere|zoveel) (monteurs|technici|techniekers|loodgieters|installateurs|monteursbezoeken) | weight=0.5
+ elke week mail ik jullie en de storing is er nog steeds
+ drie monteurs langs gehad, niemand heeft het euvel kunnen verhelpen
- de storing is verholpen, nu werkt alles
- de storing duurde een uur en toen was het over
# --- added (r11b: four-voices probes) ---
# the matter drags on: "het probleem sleept maar aan", "blijft aanslepen"
(sleept|sleepte|slepen|sleepten) ~3 (aan|voort|door) | noneg
(aanslepen|aansleept|aangesleept|voortslepen|voortsleept|voortgesleept)
# formal: "het gebrek is niet verholpen", "bestaat onverminderd", "tot op heden niet"
(bestaat|bestaan|aanhoudt|aanhouden|voortduurt|duurt) ~2 (onverminderd|voort) | noneg
tot op heden ~4 (niet|nie|niets|niks) ~2 (opgelost|verholpen|gerepareerd|hersteld|vrijgegeven|gecorrigeerd|rechtgezet|aangepast|geregeld|vervangen|omgeruild|gewijzigd|gedeblokkeerd|gedaan|veranderd|verbeterd) | noneg
ondanks ~2 (diverse|meerdere|herhaalde|talloze|verschillende|eerdere|vele|al|onze|mijn) ~1 (reclamaties|meldingen|klachten|verzoeken|telefoontjes|gesprekken|mails|brieven|herinneringen|aanmaningen|bezoeken|pogingen|contacten|contactmomenten) | noneg
(bij|na) herhaling ~4 (gemeld|melding|gevraagd|verzocht|gebeld|gemaild|geschreven|geklaagd|aangegeven|aangekaart|gewezen)
# sent home each time with nothing: "onverrichter zake", "met lege handen"
(onverrichter|onverrichterzake)
(steeds|telkens|weer|elke|iedere) ~4 met lege handen | noneg
# the same old story, over and over
(hetzelfde|zelfde) (liedje|verhaal|riedeltje|deuntje|spelletje) | weight=0.5
(keer|telkens|steeds) op (keer|nieuw) ~6 (bel|bellen|gebeld|mail|mailen|gemaild|melden|gemeld|klagen|geklaagd|contact|langs|terug) | noneg
+ het probleem sleept maar aan
+ ondanks diverse reclamaties zijn de onderdelen niet omgeruild
+ tot op heden is het gebrek niet verholpen
+ het probleem bestaat onverminderd
+ ik bel al drie maanden over de traplift
- de reparatie sleepte ik zelf naar de auto
- tot op heden ben ik heel tevreden
+ ik heb de router herstart, maar het hielp niet
- ze lachte hem uit en hielp hem niet
# Flemish "nog altijd niet in orde"
(nog|steeds|altijd) ~3 (niet|nie) in orde | noneg
+ mijn factuur is nog altijd niet in orde
- is alles in orde met mijn bestelling?

# --- r13a thesaurus pass ---
# "opgelost" synonyms and misspellings not yet covered
(is|zijn|werd|werden|wordt|worden|heeft|hebben|was|waren) ~3 (niet|niks|niets|nooit|nie) ~2 (afgehandeld|afgewikkeld|rechtgetrokken|opgelosd|opgelos|gerepareert|verholpe|verhopen|goedgemaakt|opgeklaard|gladgestreken|weggewerkt) | noneg
nog (niet|nie|steeds|altijd) ~2 (afgehandeld|afgewikkeld|rechtgetrokken|opgelosd|gerepareert) | noneg
# still broken: Flemish and colloquial
nog (steeds|altijd|nogsteeds) ~2 (kaduuk|onklaar|panne|defekt|kapoet|onbruikbaar|buiten) | noneg
# pointless contacts
(vruchteloos|vruchteloze|nutteloos|nutteloze|zinloos|zinloze|eindeloze) ~3 (gesprek*|telefoontje*|pogingen|poging|bezoek*|mails|contact*|bellen|gebeld|mailen|gemaild|klachten|meldingen)
# back to square one, nowhere
terug bij af | weight=0.5
(sta|staan|stond|stonden) ~2 nog ~2 nergens | noneg
geen (millimeter|centimeter|jota|haar|duimbreed) ~1 verder | noneg
# the problem recurs
(probleem|storing|fout|klacht|lekkage|lek|defect|storingen|problemen|euvel|mankement) ~4 (dook|duikt|doken|duiken|stak|steekt) ~2 (weer|opnieuw|alweer|telkens|steeds) ~1 op
# Flemish complaint verbs with a count
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|tien|meerdere|zoveel|talloze|ettelijke|tig) (keer|maal|keren) ~5 (gereclameerd|aangeklopt|geappt|gewhatsappt|getelefoneerd|ingebeld|gecontacteerd|gesignaleerd|gerappelleerd|herinnerd|aangemaand)
+ het probleem is nog steeds niet afgehandeld
+ drie vruchteloze telefoontjes later is de verwarming nog kapot
+ na drie monteurs zijn we weer terug bij af
+ de storing dook telkens weer op
+ ik heb al vijf keer gereclameerd over die factuur
- mijn klacht is netjes afgehandeld, dank u
- de storing was meteen weg en kwam niet meer terug

# nl14b: promised callback never happened, several times
(niemand|nooit) ~3 (teruggekomen|teruggebeld|belt|belde|gebeld|gereageerd) | weight=0.5,noneg
# nl14b: weeks trying to arrange something
(ben|probeer|probeerde) al ~2 (week|weken|maand|maanden|dagen) ~3 (bezig|regelen|proberen) | weight=0.5
al ~1 (week|weken|maand|maanden) ~4 (kan|kon|kunnen) ~3 (niet|nie) bij | noneg
(is|was) ~2 (niet|nooit|nie) (overgemaakt|betaald|uitbetaald|teruggestort|ontvangen) | weight=0.5,noneg
(niks|niets) ontvangen | weight=0.5,noneg
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|meerdere|talloze) (keer|maal|keren) ~4 (toegezegd|beloofd) ~8 (niemand|nooit|niet|geen) | noneg
nog (steeds|altijd) (niet|nie) (gelukt|geregeld|gefikst|rond|afgehandeld) | noneg
(is|was) niet (overgemaakt|betaald|teruggestort) | noneg
+ Drie keer is mij een terugbelverzoek toegezegd, en niemand is teruggekomen.
+ Al twee maanden kan ze niet bij haar rekening.
+ Het is niet overgemaakt en ik heb niks ontvangen.
- Het geld is keurig overgemaakt.
# --- nl15a: "still can't <do the thing>"
nog (steeds|altijd|nogsteeds) (niet|nie) ~2 (wijzigen|aanpassen|veranderen|inloggen|opzeggen|annuleren|betalen|bellen|bestellen|gebruiken|internetten|afrekenen|activeren|registreren|douchen|koken|opladen|verhuizen|tanken) | noneg
+ na drie mails kan ik mijn adres nog steeds niet aanpassen
+ we kunnen nog altijd niet douchen, de boiler is stuk
- ik hoef nog niet te betalen want de factuur komt later
# nl15b: money / points still nowhere
(geld|bedrag|betaling|punten|saldo|terugbetaling|spaarpunten) ~3 (nergens|spoorloos|zoek) | noneg
# nl15b: still can't get in
(kom|kan|geraak|raak) nog (steeds|altijd) (niet|nie) (in|binnen|erin|ertussen) | noneg,weight=0.5
+ beide banken wijzen naar elkaar en het geld is nergens
+ de punten zijn nog steeds spoorloos
- ik kon nergens het bedrag terugvinden op de website maar de medewerker hielp meteen
# --- nl16b ---
# asked again and again; locked out for months
keer op keer ~3 (gevraagd|gebeld|gemaild|gemeld|aangegeven|geklaagd|verzocht|gevraagd|geschreven)
(al|inmiddels|intussen|ondertussen) ~2 (dagen|weken|maanden|week|maand) ~4 (buitengesloten|geblokkeerd|afgesloten)
+ Ik heb keer op keer gebeld en er verandert niks.
+ Ik ben al drie weken buitengesloten van mijn account.
- Na een telefoontje was mijn account meteen weer open.
# the money / refund still has not arrived after contacts
(geld|bedrag|overschrijving|storting|centen) ~2 (is|staat|stond|was|zijn) ~1 nog (altijd|steeds) ~1 (niet|nie|nergens) | noneg
+ de overschrijving staat nog steeds nergens op mijn rekening en niemand weet waarom
+ Mijn geld is er nog altijd niet, drie telefoontjes verder.
- het geld stond er gelukkig de volgende dag al op
- ik had nog steeds niet door dat het bedrag al was teruggestort, excuses
- ik heb zelf niks veranderd aan de instellingen
- al weken later dan gepland en het pakket is er nog steeds niet
- de man zat te klikken zonder resultaat
# --- added (nl18b inflection round) ---
# "geen van hen kon het verhelpen": none of the visitors fixed it
geen van ~2 (kon|konden|kan|kunnen|heeft|hebben|wist|wisten|slaagde|slaagden) ~4 (oplossen|opgelost|verhelpen|verholpen|repareren|gerepareerd|fixen|gefixt|maken) | noneg
+ twee monteurs gestuurd maar geen van beiden wist het te repareren
+ ons internet lag drie weken plat en telkens als we belden kregen we een ander verhaal
# --- r19 nl19d paraphrase pass ---
# "hoe vaak moet ik nog bellen", "hoeveel mails moeten we nog sturen"
hoe (vaak|dikwijls) ~4 (bellen|mailen|langskomen|klagen|melden|schrijven|terugkomen|opbellen|chatten|aankloppen|contact|reclameren)
hoeveel (keer|keren|mails|mailtjes|telefoontjes|klachten|berichten) ~4 (nog|moet|moeten)
# contacted again, the error still there
weer ~2 (gebeld|gemaild|geschreven|gechat|langsgeweest) | weight=0.5
(staat|staan|stond|stonden|zit|zitten|zat|zaten) (er|het) ~1 nog (steeds|altijd|gewoon|nogsteeds) (op|in|bij|tussen) | weight=0.5
# told it is fixed, then it fails again
(zeggen|zegt|zeiden|zei|beweren|beweert|beweerde|beweerden|melden|meldt|meldde|meldden) ~4 (opgelost|verholpen|gerepareerd|gefixt|hersteld) | weight=0.5
(volgende|paar|zelfde|andere) ~1 (dag|dagen|week|ochtend|avond) ~4 (weer|opnieuw|alweer) ~3 (zonder|kapot|stuk|mis|hetzelfde|storing|probleem|uit|plat|lek) | weight=0.5
+ hoe vaak moeten we nog mailen voor die fout wordt rechtgezet
+ ik heb weer gebeld en de verkeerde rekening staat er nog steeds in
+ ze melden dat de storing verholpen is, maar de volgende ochtend zit ik weer zonder internet
- ze zeiden dat het opgelost was en sindsdien werkt alles prima
- hoe vaak moet ik de filter vervangen?

# --- nl-s8: money or goods "nog steeds weg"
nog (steeds|altijd) (weg|zoek|kwijt|foetsie|pleite) | noneg
+ mijn 300 euro is na vier mails nog altijd weg
- mijn sleutels waren weg, maar de medewerker vond ze terug

# s9: an ordinal typed with digits ("3e keer", "4de keer"): the tokenizer splits it into 3 / e / keer
(2|3|4|5|6|7|8|9|10|11|12|20) (e|de|ste) (keer|maal) | weight=0.5
(2|3|4|5|6|7|8|9|10|11|12|20) (e|de|ste) (keer|maal) ~5 (gebeld|bel|bellen|belde|belt|opgebeld|gemaild|mailen|mail|mailt|geschreven|schrijf|contact|langsgeweest|geprobeerd|gemeld|geklaagd|gechat|bericht|klacht|melding|opneem|opnemen|neem|aankaart|aangekaart)
+ dit is de 3e keer dat ik hierover contact opneem
+ voor de 4de keer gebeld over dezelfde lekkage
- de 3e keer dat ik daar at was het weer heerlijk
- voor de 2e keer dit jaar op vakantie geweest, top
# s9: still not right with another verb: "het blad past nog steeds niet", "de factuur klopt nog altijd niet"
(past|passen|paste|klopt|kloppen|lukt|sluit|sluiten|functioneert|functioneren|start|opent|laadt|reageert) nog (steeds|altijd|nogsteeds|altijd) (niet|nie) | noneg
+ na twee keer opnieuw meten past het aanrecht nog steeds niet
+ de eindafrekening klopt nog altijd niet
- het klopt niet helemaal wat u schrijft, maar dank voor de snelle hulp
- de app start nu weer zonder problemen
# s9: a ticket closed while the problem stands: "ze sluiten mijn melding af terwijl het niet is opgelost"
(ticket*|melding*|klacht*|dossier*|case|storingsmelding*) ~4 (afgesloten|gesloten|sluiten|sluit|sloot|sloten|afgehandeld|dichtgezet|af) ~8 (niet|niks|niets|nooit|geen) ~2 (opgelost|verholpen|gerepareerd|geregeld|oplossing) | noneg
(afgesloten|gesloten|sluiten|sluit|sloot|sloten|dichtgezet) ~3 (ticket*|melding*|klacht*|dossier*|case|storingsmelding*) ~8 (niet|niks|niets|nooit|geen) ~2 (opgelost|verholpen|gerepareerd|geregeld|oplossing) | noneg
+ mijn storingsmelding is afgesloten terwijl er niets verholpen is
+ jullie sloten het ticket terwijl het probleem niet is opgelost
- mijn klacht is netjes afgehandeld en er is een oplossing gekomen
- het ticket is gesloten en alles werkt weer
# s9: nothing changed yet, the same problem still, dragging on since
nog (steeds|altijd|nogsteeds) (niets|niks) (veranderd|verbeterd|gebeurd|opgelost|geregeld|aangepast|hersteld|gerepareerd) | noneg
nog ~3 met (hetzelfde|dezelfde|datzelfde) (probleem|storing|euvel|fout|gedoe|defect|lek|lekkage|klacht) | noneg
(sleept|sleepte|slepen|sleepten) ~2 al ~3 (sinds|weken|maanden|jaar|dagen|tijden)
+ er is na drie telefoontjes nog altijd niets veranderd
+ weken later zitten we nog steeds met hetzelfde euvel
+ de kwestie sleept al sinds februari
- ik heb niets veranderd aan de instellingen en het werkt weer
- de bakker op de hoek heeft nog steeds dezelfde lekkere taart
# --- s10b paraphrase round ---
# "niks opgelost", "niets geregeld na al dat bellen" (clipped, no finite verb)
(niks|niets|nix|nikske|niente) (opgelost|verholpen|geregeld|gefikst|gefixt|hersteld|gerepareerd|rechtgezet|gecorrigeerd) | noneg
+ niks opgelost na drie telefoontjes
+ twee bezoeken aan de winkel, niets gerepareerd
+ weken verder, nix geregeld
- niks aan de hand, het is opgelost
- niets was te veel moeite, alles opgelost
# getting nowhere: "zo kom je nergens", "we komen geen stap verder"
(zo|zodoende|hierdoor|daardoor|dus|zodoende) ~2 (kom|komt|komen|kwam|kwamen) ~3 nergens | noneg
(kom|komt|komen|kwam|kwamen|ben|zijn) ~3 geen (stap|meter|millimeter|centimeter) ~1 verder | noneg
+ zo kom je dus nergens met die lui
+ na vier mails ben ik nog geen stap verder
+ we komen zo geen meter verder
- ik kom nergens anders zo graag als bij jullie
- met deze tip kwam ik een stap verder
# it never comes right: "komt nooit goed", "nooit in orde gekomen"
(komt|kwam|komen|kwamen|gekomen) nooit ~2 (goed|orde) | noneg
nooit ~3 in orde (gekomen|gebracht|gemaakt) | noneg
+ ze zeggen 'komt goed' maar het komt nooit goed
+ mijn aansluiting is nooit in orde gekomen
+ de rekening kwam nooit in orde
- het komt heus wel goed, zei ik tegen mezelf
- ik heb nog nooit zo snel alles in orde gehad
# still without a utility after weeks: "zit al drie weken zonder gas"
(al|nog|alweer|inmiddels|sinds) ~3 (dagen|weken|maanden|week|maand|dag|jaar|dagenlang|wekenlang|maandenlang) zonder (gas|water|warmwater|stroom|elektriciteit|verwarming|internet|tv|wifi|licht|bereik|netwerk|warm|lift) | noneg
(zit|zitten|zat|zaten|zitte) (ik|we|wij|ze|zij|hij|mijn) ~4 (nog|al|alweer) ~4 zonder (gas|water|warmwater|stroom|elektriciteit|verwarming|internet|tv|wifi|licht|bereik|netwerk|warm|lift) | noneg
+ en ik zit al drie weken zonder verwarming
+ ondertussen zitten we nog steeds zonder internet
+ al twee weken zonder warm water door die ketel
- we zaten een uurtje zonder stroom door onweer, daarna werkte alles
- ik was een weekje zonder auto omdat ik op vakantie was
