# Asks for an apology, or complains that no one apologised.
# "ik hoef geen excuses" does not count: "geen ... excuses" needs a verb of
# getting or giving around it ("kreeg geen excuses", "geen sorry gehad").
(kreeg|kregen|krijg|gekregen|kwam|komt|kon|werd|was|is|heb|hebben|had|hadden|hoorde|gehoord|zei|zeiden|zegt|bood|boden|ontving|ontvangen|hoor|horen) ~3 (geen|nooit|geeneens|nie) ~4 (excuses|excuus|sorry|verontschuldiging|verontschuldigingen|spijtbetuiging|excuusbrief|excuusmail|excuusje|excuusbriefje) | noneg
(geen|nooit|geeneens|zonder|nie) ~4 (excuses|excuus|sorry|verontschuldiging|verontschuldigingen|spijtbetuiging|excuusbrief|excuusmail|excuusje|excuusbriefje) ~3 (gekregen|gehad|aangeboden|gemaakt|gezegd|ontvangen|vanaf|af|bij|gehoord|gegeven|gestuurd|kwam|kreeg) | noneg
(geen|zelfs|nog) ~2 (enkel|enkele|woord|greintje|spoor|sprake|spatje) ~3 (excuus|excuses|spijt|sorry) | noneg
zelfs (geen|nie) ~2 (sorry|excuus|excuses|verontschuldiging) | noneg
zonder ~3 (excuses|excuus|sorry|verontschuldiging|verontschuldigingen|spijtbetuiging|excuusbrief|excuusmail|excuusje|excuusbriefje) | noneg
niet eens ~3 (sorry|excuus|excuses|verontschuldiging) | noneg
maar (een|één|1) ~2 (keer|woord|keertje) ~3 (excuses|excuus|sorry|verontschuldiging|verontschuldigingen|spijtbetuiging|excuusbrief|excuusmail|excuusje|excuusbriefje)
(minste|minimum|minimaal|fatsoenlijk|normaal) ~6 (excuses|excuus|sorry|verontschuldiging|verontschuldigingen|spijtbetuiging|excuusbrief|excuusmail|excuusje|excuusbriefje)
(excuses|excuus|sorry|verontschuldiging) ~3 (kon|kan|kwam|was) ~3 (niet|nooit) ~1 (af|vanaf|over) | noneg
(verontschuldigd|verontschuldigen|verontschuldigde) ~3 (niet|nooit|geen) | noneg
(niet|nooit|niemand) ~4 (verontschuldigd|verontschuldigen|verontschuldigde) | noneg
(niet|nooit|niemand) ~6 (sorry|excuses) ~1 (gezegd|zeggen|aangeboden|aanbieden|gemaakt|maken) | noneg
(wil|willen|eis|eisen|verwacht|verwachten|verlang|verlangen|verlangt|verdien*|graag|wacht|wachten|vraag|vragen|zou) ~5 (excuses|excuus|sorry|verontschuldiging|verontschuldigingen|spijtbetuiging|excuusbrief|excuusmail|excuusje|excuusbriefje)
(excuses|excuus|verontschuldiging|spijtbetuiging|excuusbrief|excuusmail) ~10 (verwacht|plaats|gepast|geeist|minste|verdiend|fijn|mag|mogen|graag)
excuses (aan|naar) (mij|ons|mijn)
(sorry|excuses|excuus|verontschuldiging|spijtbetuiging|spijt) ~4 (was|waren|had|zou) ~3 (genoeg|voldoende|fijn|netjes|gepast|plaats|prettig|wonderen|veel|goed|geholpen|gescheeld|mooi)
(excuses|excuus|verontschuldiging*|sorry) ~2 (moet|moeten|mag|mogen|zou|zouden|dient|dienen) ~1 (aanbieden|maken|aanbiedt|zeggen)
(moet|moeten|dient|dienen|zou|zouden) ~4 (excuses|excuus|sorry|verontschuldiging*) ~2 (aanbieden|maken|zeggen)
geen (sorry|excuus|excuses|verontschuldiging*|excuusje) | weight=0.5,noneg
geen (uitleg|toelichting|reactie|antwoord|woord|blik|begrip|medeleven|oplossing|compensatie|hulp|uitleg) | weight=0.5,noneg
(niemand|nooit|niet|geen|nie) ~4 (geexcuseerd|excuseerde|excuseerden|excuseren|verontschuldigen|verontschuldigde) | noneg
(wil|willen|verwacht|verwachten|eis|eisen|graag|mag|mogen|moet|moeten) ~6 (excuseren|verontschuldigen)
+ ik verwacht minstens excuses van de medewerker
+ er kon nog geen sorry vanaf
+ niemand heeft zich verontschuldigd
+ ik wil een officiële verontschuldiging
- de medewerker bood meteen haar excuses aan, netjes
- sorry voor mijn late reactie
- ik hoef geen excuses, als het maar opgelost wordt
# --- added (holdout5 round) ---
# nobody offers an apology (separable "biedt ... excuses aan")
(niemand|niet|nooit|nie|geen) ~6 (excuses|excuus|sorry|spijt|verontschuldiging*) ~3 (aanbiedt|aanbood|aanboden|aanbieden|aangeboden|aan|betuigd|betuigen|betuigt|maakt|maken|gemaakt|zeggen|zegt|zei|gezegd|uitgesproken|kon|kan|af) | noneg
(sorry|excuses|excuus) ~2 (zeggen|zegt|aanbieden|maken) ~4 (moeilijk|lastig|teveel|kunst|zwaar|onmogelijk|vreemd) | noneg
(schuldbewust|schuldbesef|berouw) ~4 (geen|niet|nie|nooit|ontbreekt|nergens) | noneg
(geen|zonder|zelfs|nergens|nul) ~3 (schuldbesef|berouw|spijtbetuiging) | noneg
(wacht|wachten|wachtte|gewacht) ~4 (op|nog) ~3 (excuus|excuses|sorry|verontschuldiging*|excuusbrief|excuusmail)
(sorry|excuus|excuses|verontschuldiging) ~3 (had|hadden|zou|zouden|was|is) ~3 (wel|toch|al|netjes|gepast)
mea culpa ~4 (geen|niet|nie|nooit|ontbreekt|nergens) | noneg
(geen|zonder|zelfs|nergens|nul) ~3 mea culpa | noneg
(sorry|excuses|excuus) ~3 op zijn plaats
(excuses|excuus|sorry|verontschuldiging*) ~5 (nooit|nie|niet) ~2 gehoord | noneg
+ niemand die even z'n excuses aanbiedt
+ ik wacht nog altijd op een excuus
+ sorry zeggen is blijkbaar te moeilijk
- de chauffeur bood meteen zijn excuses aan
- sorry dat ik zo laat reageer
# --- added (long-narrative round) ---
# "en eigenlijk ook een excuus", "op zijn minst een sorry"
(eigenlijk|minstens|minimaal|tenminste|best|minst) ~3 (excuus|excuses|sorry|verontschuldiging*|excuusbrief|excuusmail)
# a formal apology asked for: "een schriftelijke verontschuldiging"
(schriftelijke|officiele|formele|persoonlijke|oprechte|publieke|fatsoenlijke|gemeende) (excuses|excuus|verontschuldiging*|excuusbrief|sorry|spijtbetuiging)
# "dat jullie haar je excuses aanbieden", "dat iemand sorry zegt"
dat ~6 (excuses|excuus|sorry|verontschuldiging*) ~1 (aanbieden|aanbiedt|maken|maakt|zeggen|zegt|betuigen|betuigt|aanbieden)
+ ik wil een vergoeding, en eigenlijk ook een excuus
+ ik wil beide bedragen terug en een schriftelijke verontschuldiging
+ ik verwacht dat iemand contact opneemt en sorry zegt
- ze bood meteen haar excuses aan en loste het op
- sorry dat ik pas nu reageer
# --- added (mixed-genre round) ---
# "een simpel sorry had al zoveel gescheeld", "een oprecht excuus"
(simpel|simpele|simpelweg|klein|kleine|eenvoudig|eenvoudige|oprecht|oprechte|welgemeend|welgemeende|gemeend|fatsoenlijk|fatsoenlijke) ~1 (sorry|excuus|excuses|verontschuldiging)
(sorry|excuses|excuus) ~8 (gescheeld|wonderen)
+ een simpel 'sorry' van de medewerker aan de telefoon had al zoveel gescheeld
+ een oprecht excuus was wel op zijn plaats geweest
# --- added (round 6: idea-grid probes) ---
# "laat staan dat ze sorry zeiden"; "mag ik excuses verwachten"
laat staan ~5 (excuses|excuus|sorry|verontschuldig*|spijt|excuseren|excuseerden) | noneg
(mag|kan|zou|mogen) (ik|we|wij) ~3 (excuses|excuus|verontschuldiging*|sorry) ~2 (verwachten|krijgen|hebben|ontvangen)
geen (sorry|excuus|excuses|verontschuldiging*|excuusje) ~3 geen (sorry|excuus|excuses|verontschuldiging*|excuusje|woord|spijt) | noneg
+ ze gaven niets toe, laat staan dat ze sorry zeiden
+ mag ik misschien excuses verwachten
+ geen sorry, geen excuses, helemaal niks
- mag ik mijn excuses aanbieden voor de late reactie
- geen sorry nodig, het is opgelost
# --- added (round 7: industry probes) ---
# "Geen excuses, niks." / "geen sorry of uitleg"
geen (excuses|excuus|sorry|verontschuldiging|verontschuldigingen|excuusje) ~2 (niks|niets|nada|noppes|compensatie|*vergoeding|uitleg|bericht|reactie|tegemoetkoming|niemand) | noneg
+ geen excuses, niks
+ geen sorry of uitleg, gewoon niks
+ geen excuses en geen compensatie
- ik hoef geen excuses, ik wil mijn geld
- zij kreeg wel excuses en uitleg

# r8a: nobody says sorry (verb before the quoted apology)
(niemand|nooit|geen|nie) ~3 (zegt|zei|zeggen|gezegd|zeiden|zeggen|die) ~3 (sorry|excuus|spijt) | noneg
# r8a: apology owed
(excuses|excuus|verontschuldiging*|sorry|spijtbetuiging) ~2 (verschuldigd|schuldig)
(verschuldigd|schuldig) ~3 (excuses|excuus|verontschuldiging*|sorry|spijtbetuiging)
# r8a: wants the company to apologise (3rd person)
(wil|willen|wilde|eis|eisen|eiste|verwacht|verwachten|verwachtte|vraag|vragen|vroeg|graag) ~5 (verontschuldigt|verontschuldigd|excuseert|excuseerde|verontschuldigde) | noneg
# r8a: "een 'het spijt ons' was wel het minste geweest"
(minste|minimum|minimaal|fatsoenlijk|normaal) ~6 spijt
spijt ~6 (minste|minimum|minimaal|gepast|verwacht|verwachten)
+ Niemand die zegt 'sorry, dat had niet mogen gebeuren'.
+ Jullie zijn mij op zijn minst een verontschuldiging verschuldigd.
+ Ik verwacht dat uw bedrijf zich verontschuldigt.
+ Een 'het spijt ons' was wel het minste geweest.
- De monteur zei meteen sorry en heeft alles opnieuw gedaan.

# --- r9a (implicit round) ---
# nobody ever apologised, any word form, more words between
(niemand|nooit|niet|geen|nie) ~6 (verontschuldig*|geexcuseerd|excuseerde|excuseerden|excuseren|excuseert) | noneg
# wants to hear that they are sorry
(pas|alleen|enkel|eerst) (tevreden|gerust|blij|gelukkig|klaar|weg) ~8 (spijt|sorry|excuses|excuus|verontschuldig*)
(wil|willen|verwacht|verwachten|eis|eisen|eist) ~3 (horen|zien|lezen) ~3 dat ~4 (spijt|sorry|fout)
+ geen enkele medewerker heeft zich ooit verontschuldigd voor de gemiste afspraak
+ ik ben pas tevreden als de directeur zelf zegt dat het hem spijt
+ ik wil horen dat het ze spijt
- de chef zei meteen dat het hem speet en bood een nieuwe afspraak aan
- ik was pas tevreden toen alles werkte

# --- r12a (four-voices round 3) ---
# still no sorry: "nog steeds geen sorry van ..."
(nog|steeds|altijd|zelfs|ooit) ~2 geen (sorry|excuus|excuses|verontschuldiging*|excuusje|spijtbetuiging) | noneg
# failed or refused to apologise: "heeft nagelaten zich te verontschuldigen", "weigerde sorry te zeggen"
(nagelaten|verzuimd|verzuimde|weigerde|weigerden|weigert|weigeren|geweigerd) ~5 (verontschuldig*|excuses|excuus|sorry|excuseren|spijt) | noneg
# demands with more words between: "ik verlang een erkenning van de fout en een excuusbrief"
(verlang|verlangen|verlangt|eis|eisen|eist|geeist|eiste) ~10 (excuses|excuus|excuusbrief|excuusmail|verontschuldiging*|spijtbetuiging)
# it was their duty to apologise: "had op de weg gelegen om spijt te betuigen"
(gelegen|plicht|behoort|hoort|hoorde|behoorde|gepast|passend) ~6 (spijt|excuses|excuus|sorry|verontschuldiging*) ~2 (betuigen|aanbieden|maken|zeggen|te)
+ Nog altijd geen sorry van de bezorger, schandalig.
+ De gemeente heeft verzuimd zich te verontschuldigen voor de fout.
+ Ik eis van de directie een schriftelijke erkenning en een excuusbrief.
+ Het had op uw weg gelegen om spijt te betuigen.
+ Hij verdient op zijn minst een excuus van de chauffeur.
- De chauffeur bood direct zijn excuses aan, netjes opgelost.

# nl14b: "geen sorry of wat dan ook"
geen (sorry|excuus|excuses) ~3 (of|niks|niets|nergens|helemaal) | noneg
+ En geen sorry of wat dan ook.
+ Geen excuus, helemaal niets.
- Ze zeiden meteen sorry.

# --- added (nl14a paraphrase round) ---
(excuses|excuus|verontschuldiging|spijtbetuiging) ~12 (plaats|gepast|verwacht|minste)
(sorry|excuses|excuus|excuusje) ~8 (kan|kon) ~4 (af|vanaf)
(excuses|excuus|sorry|verontschuldiging*|excuusje) ~5 (niet|nooit) ~1 (ontvangen|gehad|gekregen|gehoord|aangeboden) | noneg
+ een excuus voor alle ellende met de verhuizing zou hier echt op zijn plaats zijn
+ een sorry kan er toch wel vanaf
+ excuses hebben we tot op heden nooit gehad
- sorry dat ik zo laat reageer, ik kan morgen pas
- excuses aanvaard, het is opgelost
# --- nl15a: an apology "would be decent / the proper thing"
(excuus|excuses|sorry|verontschuldiging*|spijtbetuiging) ~10 (fatsoenlijk|fatsoenlijke|fatsoenlijker|fatsoenlijkste|gepast|gepaste|beleefd|beleefde)
+ een excuus was wel zo fatsoenlijk geweest
+ verontschuldigingen zouden gepast zijn na zo'n fout
- ze maakte meteen excuses, heel netjes afgehandeld
