# Treated worse because of age, gender, origin, disability, language or
# appearance.
(discrimin*|gediscrimineerd|racis*|seksis*|vrouwonvriendelijk*|xenofob*|homofob*|transfob*|vooroordeel|vooroordelen|bevooroordeeld*|leeftijdsdiscriminatie|tweederangs*)
etnisch* ~2 profile*
(witte|blanke|zwarte|donkere|gekleurde|getinte|bruine|buitenlandse|allochtone|autochtone|nederlandse|hollandse) (klanten|mensen|bezoekers|mannen|vrouwen|jongens|meisjes|jongeren|personen|kinderen|gezinnen|medeklanten|shoppers)
(normaal|'normaal|gewoon|'gewoon|fatsoenlijk|beter|echt) (nederlands|engels) ~4 (praten|spreken|kon|kan|leren|moest|moet)
(mijn|m'n|ons|haar|zijn) ~1 accent
mijn tweede taal | weight=0.5
(doof|dove|doven|slechthorend*|blind|blinde|blinden|slechtziend*|rolstoel*|gehandicapt*|invalide|autis*|dyslect*|hoorapparaat|blindengeleidehond|hulphond|rollator|scootmobiel|taalbarriere|handicap)
(visuele|lichamelijke|verstandelijke|fysieke) beperking
slecht ter been
minder (mobiel|valide)
(volgde|volgden|liep|liepen|achtervolgde|controleerde|controleerden|fouilleerde) ~5 achter (me|mij|ons) aan
(volgde|volgden|controleerde|controleerden|fouilleerde|fouilleerden) ~4 alleen (mij|ons|mijn)
(vanwege|om|door|wegens|basis) (mijn|m'n|haar|zijn|onze|de) (leeftijd|afkomst|huidskleur|kleur|handicap|beperking|accent|geslacht|hoofddoek|rolstoel|uiterlijk|taal|achternaam|naam|geloof|religie|nationaliteit|postcode|gewicht|geaardheid|hoorapparaat|blindengeleidehond|hulphond|rollator|tatoeage|tatoeages|kleding)
omdat (ik|hij|zij|ze|mijn) ~4 (vrouw|buitenlander|buitenlands|allochtoon|oud|ouder|bejaard|zwart|donker|getint|moslim|gehandicapt|blind|doof|slechthorend|slechtziend|homo|lesbisch|transgender|marokkaan*|turk*|surinam*|pools|polen|rolstoel*|hoofddoek|accent|jong|student)
omdat ~3 (geen|slecht|gebrekkig|weinig|nauwelijks) ~1 (nederlands|engels) (spreek|sprak|spreekt|spreken|praat|praten|kan|kon|beheers|beheerste|versta|verstaat|verstond) | noneg
(weigerde|weigerden|wilde|wilden) ~3 engels ~2 (spreken|praten|te) | noneg
(anders|slechter|minder|neerbuigend|tweederangs*|minderwaardig*) (behandeld|bejegend|geholpen|aangesproken|bediend) ~6 (leeftijd|afkomst|huidskleur|kleur|handicap|beperking|accent|vrouw|buitenlander|oud|ouder|rolstoel|hoofddoek|taal|uiterlijk|geslacht|omdat)
(leeftijd|afkomst|huidskleur|handicap|beperking|accent|hoofddoek|rolstoel|uiterlijk|geslacht|geloof) ~6 (anders|slechter|minder|niet) (behandeld|geholpen|bejegend|bediend) | noneg
als ~2 (oudje|bejaarde) ~2 behandeld
(opmerking|opmerkingen|grap|grapje|grapjes) ~3 over (mijn|m'n|haar|zijn) (accent|afkomst|huidskleur|kleur|leeftijd|gewicht|uiterlijk|hoofddoek|rolstoel|handicap|geslacht|kleding)
+ ik werd anders behandeld vanwege mijn hoofddoek
+ dit is pure discriminatie
+ ze hielpen me niet omdat ik geen goed Nederlands spreek
+ de beveiliger volgde alleen ons omdat we donker zijn, puur racisme
- alle klanten werden even vriendelijk behandeld
- de medewerker was heel geduldig met mijn oude moeder
- de aanvraag liep vertraging op omdat ik geen Nederlands adres had
