# Goods, service visits, repairs or food that arrive late or not at the
# promised time; cold food included.
# "te laat" as a regex: not the customer's own lateness ("ik was te laat",
# "te laat betalen") nor a hypothetical ("te laat was geweest").
/(?<!\bik |\bu |\bik was |\bik kwam |\bwas ik |\bkwam ik |\bben ik |\bik ben |\bik was zelf |\bwas ik zelf |\bik ben zelf |\bik was wat |\bik was iets |\bik was net |\bik was veel |\bik was een beetje |\bwe waren |\bwaren we |\bwe kwamen )\bte laat\b(?![^.!?;]{0,15}\b(was geweest|geweest was|zou zijn|zouden zijn)\b)(?! (betalen|betaald|betaling|gemeld|aangemeld|ingediend|opgezegd|geannuleerd|met|was ik|kwam ik|ben ik|gereageerd|geantwoord|teruggebeld|beantwoord|gebeld|aangevraagd|ingeleverd|geboekt|ingecheckt|aanwezig|opgestaan|vertrokken|besteld)\b)/ | anchor=laat
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (vertraging|vertraagd|vertragingen)
(vertraging|vertraagd|vertragingen) ~6 (pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging)
leververtraging*
(zou|zouden) ~3 (monteur*|bezorger*|koerier*|technicus|installateur*|pakket*|bestelling|levering) ~4 (komen|langskomen|geleverd|bezorgd|langs)
(kwam|kwamen) ~1 niemand | noneg
niemand ~2 (gekomen|verschenen|opgedaagd|langsgekomen|kwam|geweest) | noneg
al ~3 (dagen|weken|dag|week) ~3 (onderweg|'onderweg)
(had|hadden|zou|zouden) ~4 (geleverd|bezorgd|binnen|aangekomen|gerepareerd|klaar|komen|opgehaald) (moeten|had|hadden)
(pakket*|bestelling*|levering*|bezorging|zending*|order|afspraak|monteur*|installatie|reparatie|bank|meubels|keuken) ~6 (uitgesteld|verschoven|verzet|opgeschoven)
(monteur*|bezorger*|koerier*|technicus|installateur*|pakket*|bestelling|levering) ~3 (zou|zouden) ~4 (komen|langskomen|geleverd|bezorgd|langs)
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (niet|nooit) ~3 (geleverd|bezorgd|aangekomen|gekomen|verschenen|opgedaagd|ontvangen|binnen|gearriveerd|afgeleverd|langsgekomen|geweest|klaar|verzonden|gerepareerd|kwam|kwamen|komt|gebracht|opgehaald) | noneg
(nooit|niet) ~3 (geleverd|bezorgd|aangekomen|afgeleverd|gearriveerd|verzonden|opgedaagd|langsgekomen) | noneg
(kwam|kwamen|komt|komen) ~3 (niet|nooit) ~2 (opdagen|opgedaagd) | noneg
(niet|nooit) ~1 (opgedaagd|opdagen|verschenen|langsgekomen) | noneg
(ik|we|wij) ~2 (wacht|wachten|wachtte|wachtten|gewacht) ~6 op ~2 (pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging)
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (dagen|weken|uur|uren|maanden) ~2 (later|vertraging)
(levertijd|leverdatum|leveringsdatum|bezorgdatum|bezorgmoment|tijdvak|tijdslot|tijdsvak|levertermijn) ~5 (verstreken|overschreden|voorbij|gemist)
(levertijd|leverdatum|leveringsdatum|bezorgdatum|bezorgmoment|tijdvak|tijdslot|tijdsvak|levertermijn|afspraak) ~5 niet ~1 (gehaald|nagekomen) | noneg
later dan ~3 (beloofd|afgesproken|toegezegd|gepland|verwacht|aangegeven|gemeld)
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (is|zijn|was|waren) ~2 nog ~1 (niet|nergens) | noneg
(is|zijn|was|waren) (er|hier) ~1 nog ~1 (niet|nergens) | noneg
(zou|zouden) ~2 (tussen|voor|uiterlijk|om|vóór) ~4 (komen|langskomen|leveren|bezorgen|geleverd|bezorgd)
(monteur*|bezorger*|koerier*|technicus|installateur*|pakket*|bestelling|levering|eten|maaltijd|pizza) ~10 (kwam|kwamen|was|arriveerde|werd) ~1 pas
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|tien) (dag|dagen|week|weken|uur|uren|maand|maanden) (na|nadat) ~7 (bezorgd|geleverd|afgeleverd|aangekomen|gekomen|gebracht|binnen|kwam|kwamen|bezorging|levering)
(bezorgd|geleverd|afgeleverd|aangekomen|gebracht|kwam|kwamen) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|tien) (dag|dagen|week|weken|uur|uren|maand|maanden) (na|later|nadat)
(bezorgd|geleverd|afgeleverd|aangekomen|gebracht|kwam|kwamen) ~2 pas (na|op|om|in|de|een|twee|dagen|weken)
(dagen|weken|maanden) later ~6 (ontbreekt|ontbreken|nergens)
(dagen|weken|maanden) later ~6 nog ~2 (niet|geen) | noneg
(ontbreekt|ontbreken|mist|missen) ~4 nog (steeds|altijd)
(thuisgebleven|vrijgenomen) ~6 (levering|bezorging|pakket|monteur|technicus|installateur|bezorger|koerier|afspraak)
(thuis|vrij) (gebleven|genomen) ~6 (levering|bezorging|pakket|monteur|technicus|installateur|bezorger|koerier|afspraak)
(levering|bezorging|pakket|monteur|technicus|installateur|bezorger|koerier) ~5 (weer|alweer|nooit|niet) ~1 (kwam|gekomen|geweest) | noneg
(waar|wanneer) (blijft|komt|is) ~3 (pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging)
niet op tijd ~5 (geleverd|bezorgd|gekomen|aangekomen|afgeleverd|klaar|gerepareerd) | noneg
(geleverd|bezorgd|gekomen|aangekomen|afgeleverd|klaar) ~2 niet op tijd | noneg
(eten|maaltijd|pizza|friet|frietjes|patat|burger|burgers|bestelling|soep|noedels|sushi|kip|bezorging) ~6 (koud|ijskoud|lauw|steenkoud|afgekoeld)
(koud|koude|ijskoud|ijskoude|lauw|lauwe|steenkoud|steenkoude|afgekoeld) ~3 (aangekomen|bezorgd|geleverd|afgeleverd|eten|maaltijd|pizza|friet|patat|burger)
(uur|uren|dag|dagen|week|weken) over tijd
+ mijn pakket is nog steeds niet bezorgd
+ de monteur kwam niet opdagen
+ de pizza kwam een uur te laat en was ijskoud
+ ik wacht al drie weken op mijn bestelling
+ de levertijd is ruim overschreden
+ de monteur zou tussen 8 en 12 komen
- het pakket werd keurig op tijd bezorgd
- de maaltijd was warm en op tijd
- ik was zelf te laat voor mijn afspraak
- een boete voor te laat betalen
