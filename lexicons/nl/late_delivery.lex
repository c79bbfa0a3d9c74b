# Goods, service visits, repairs or food that arrive late or not at the
# promised time; cold food included.
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (vertraging|vertraagd|vertragingen)
(vertraging|vertraagd|vertragingen) ~6 (pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging)
leververtraging*
(zou|zouden) ~3 (monteur*|bezorger*|koerier*|technicus|installateur*|pakket*|bestelling|levering) ~4 (komen|langskomen|geleverd|bezorgd|langs)
(kwam|kwamen) ~1 niemand | noneg
niemand ~2 (gekomen|verschenen|opgedaagd|langsgekomen|kwam|geweest) | noneg
al ~3 (dagen|weken|dag|week) ~3 onderweg
(had|hadden|zou|zouden) ~4 (geleverd|bezorgd|binnen|aangekomen|gerepareerd|klaar|komen|opgehaald) (moeten|had|hadden)
(pakket*|bestelling*|levering*|bezorging|zending*|order|afspraak|monteur*|installatie|reparatie|bank|meubels|keuken) ~6 (uitgesteld|verschoven|verzet|opgeschoven)
(monteur*|bezorger*|koerier*|technicus|installateur*|pakket*|bestelling|levering) ~3 (zou|zouden) ~4 (komen|langskomen|geleverd|bezorgd|langs)
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (niet|nooit|nie) ~3 (geleverd|bezorgd|aangekomen|gekomen|verschenen|opgedaagd|ontvangen|binnen|gearriveerd|afgeleverd|langsgekomen|geweest|klaar|verzonden|gerepareerd|kwam|kwamen|komt|gebracht|opgehaald) | noneg
(nooit|niet) ~3 (geleverd|bezorgd|aangekomen|afgeleverd|gearriveerd|verzonden|opgedaagd|langsgekomen) | noneg
(kwam|kwamen|komt|komen) ~3 (niet|nooit) ~2 (opdagen|opgedaagd) | noneg
(niet|nooit) ~1 (opgedaagd|opdagen|verschenen|langsgekomen) | noneg
(ik|we|wij) ~2 (wacht|wachten|wachtte|wachtten|gewacht) ~6 op ~2 (pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging)
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (dagen|weken|uur|uren|maanden) ~2 (later|vertraging)
(levertijd|leverdatum|leveringsdatum|bezorgdatum|bezorgmoment|tijdvak|tijdslot|tijdsvak|levertermijn) ~5 (verstreken|overschreden|voorbij|gemist)
(levertijd|leverdatum|leveringsdatum|bezorgdatum|bezorgmoment|tijdvak|tijdslot|tijdsvak|levertermijn|afspraak) ~5 niet ~1 (gehaald|nagekomen) | noneg
later dan ~3 (beloofd|afgesproken|toegezegd|gepland|verwacht|aangegeven|gemeld|voorzien|aangekondigd)
(duurde|duurden|duurt|duren|geduurd|bleef|bleven|blijft|blijven|gebleven|weggebleven|onderweg) ~3 langer ~2 dan ~3 (beloofd|afgesproken|toegezegd|gepland|verwacht|aangegeven|gemeld|voorzien|aangekondigd)
(pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging) ~6 (is|zijn|was|waren) ~2 nog ~1 (niet|nergens|nie) | noneg
(is|zijn|was|waren|staat|staan|stond|ligt|lag|hangt|hing) (er|hier) ~3 nog ~1 (niet|nergens|nie) | noneg
(zou|zouden) ~2 (tussen|voor|uiterlijk|om|vóór) ~4 (komen|langskomen|leveren|bezorgen|geleverd|bezorgd)
(monteur*|bezorger*|koerier*|technicus|installateur*|pakket*|bestelling|levering|eten|maaltijd|pizza) ~10 (kwam|kwamen|was|arriveerde|werd) ~1 pas
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|tien) (dag|dagen|week|weken|uur|uren|maand|maanden) (na|nadat) ~7 (bezorgd|geleverd|afgeleverd|aangekomen|gekomen|gebracht|binnen|kwam|kwamen|bezorging|levering)
(bezorgd|geleverd|afgeleverd|aangekomen|gebracht|kwam|kwamen) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|tien) (dag|dagen|week|weken|uur|uren|maand|maanden) (na|later|nadat)
(bezorgd|geleverd|afgeleverd|aangekomen|gebracht|kwam|kwamen|arriveerde|arriveerden|gearriveerd|verscheen|verschenen|leverde|bezorgde|belde|stond|stonden) ~2 pas (na|op|om|in|de|een|twee|dagen|weken|tegen|rond|half|kwart|'s|eind|halverwege)
(dagen|weken|maanden) later ~6 (ontbreekt|ontbreken|nergens)
(dagen|weken|maanden) later ~6 nog ~2 (niet|geen) | noneg
(dagen|weken|maanden|dag|week) later ~6 (nog|steeds|nogsteeds) ~2 (niks|niets|nergens) | noneg,weight=0.5
(morgen|overmorgen|vandaag|volgende|binnen|zelfde) ~2 in huis | weight=0.5
(ontbreekt|ontbreken|mist|missen) ~4 nog (steeds|altijd)
(thuisgebleven|vrijgenomen) ~6 (levering|bezorging|pakket|monteur|technicus|installateur|bezorger|koerier|afspraak)
(thuis|vrij) (gebleven|genomen) ~6 (levering|bezorging|pakket|monteur|technicus|installateur|bezorger|koerier|afspraak)
(levering|bezorging|pakket|monteur|technicus|installateur|bezorger|koerier) ~5 (weer|alweer|nooit|niet) ~1 (kwam|gekomen|geweest) | noneg
(waar|wanneer) (blijft|komt|is) ~3 (pakket*|pakje|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel|aflevering|bloemen|taart|tafel|stoelen|keuken|vervanging)
niet op tijd ~5 (geleverd|bezorgd|gekomen|aangekomen|afgeleverd|klaar|gerepareerd) | noneg
(geleverd|bezorgd|gekomen|aangekomen|afgeleverd|klaar) ~2 niet op tijd | noneg
(eten|maaltijd*|pizza*|friet|frietjes|patat|burger|burgers|hamburger*|bestelling|soep|noedels|sushi|kip|bezorging|rijst|gerecht*|maaltijdbox*|shoarma|kapsalon|pasta|curry|thai|chinees) ~6 (koud|ijskoud|lauw|steenkoud|afgekoeld|koudgeworden)
(koud|koude|ijskoud|ijskoude|lauw|lauwe|steenkoud|steenkoude|afgekoeld) ~3 (aangekomen|bezorgd|geleverd|afgeleverd|eten|maaltijd|pizza|friet|patat|burger)
(levering|bezorging|pakket*|bestelling*|zending*|leverdatum|bezorgdatum|levertijd|tijdvak|tijdslot) ~6 over (tijd|datum)
# "te laat": a delivery word or a duration with it, so "ik was te laat" and
# "te laat betalen" stay out.
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|half|halve|anderhalf|anderhalve|paar|ruim|bijna|uren|dagen|weken|maanden|uur|uurtje) (min|minuten|kwartier|uur|uren|dag|dagen|week|weken|maand|maanden|u|h|uurtje|dagje|weekje|weekjes) te laat
te laat (bezorgd|geleverd|gebracht|aangekomen|afgeleverd|binnen|thuis|gekomen|opgehaald|gerepareerd|klaar|ontvangen|verzonden|opgestuurd|aangeleverd|opgedaagd|verschenen|geopend)
(pakket*|pakje*|bestelling*|levering*|zending*|order|bezorging|bezorger*|koerier*|monteur*|technicus|technieker*|installateur*|loodgieter*|elektricien*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|keuken|taart|bloemen|post|brief|kaartjes|tickets|reparatie|goederen|spullen|artikel*|product*|cadeau*|bestelde|levertijd|lieferung|sushi) ~5 te laat | weight=0.5
(weer|alweer|wederom|telkens|opnieuw|veel|ruim|flink|zwaar|schandalig) te laat
(monteur*|bezorger*|koerier*|technicus|technieker*|installateur*|loodgieter*|elektricien*|pakket*|pakje|bestelling*|levering|eten|maaltijd*|pizza*|sushi|boodschappen|hij|ze|zij) ~6 (stond|stonden|verscheen|verschenen|arriveerde|arriveerden|kwam|kwamen|belde) ~2 pas (om|na|rond|tegen|in|op|de|een|twee|drie|vier|vijf|zes|'s|half|kwart|laat|savonds)
(zou|zouden) ~6 (geleverd|bezorgd|gebracht|komen|aankomen|klaar|gerepareerd|geinstalleerd|langskomen|binnen) ~8 (nu|inmiddels|intussen|ondertussen|nog|steeds|altijd|later|nooit|niks|niets|gemist) | noneg
(zou|zouden) ~3 ('s|in|rond|op|deze|vandaag|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|tussen|voor|uiterlijk|om) ~4 (komen|langskomen|leveren|bezorgen|geleverd|bezorgd|installeren|repareren) ~8 (pas|niet|nooit|niemand|later|gemist|uren|dagen|wachten|gewacht) | noneg
(bezorgvenster|tijdvak|tijdslot|tijdsvak|bezorgmoment|levermoment|tijdsblok|tijdblok|aankomsttijd) ~8 (werd|pas|later|gemist|overschreden|buiten|voorbij|verstreken)
(bezorg*|levering|pakket*|aflevering|bezorgpoging) ~3 (mislukt|mislukte|mislukken|geannuleerd|afgebroken)
(bezorger|koerier|postbode|chauffeur) ~4 (niet|nie|nooit) ~2 (aangebeld|aanbellen|belde|geweest|langs|gekomen|aangeboden|afgeleverd) | noneg
(al|nu|inmiddels|ruim) ~2 (dagen|weken|maanden|week|maand) ~6 (reparatie|onderhoud|garage|keuring|werkplaats)
(reparatie|onderhoud) ~6 (al|nu|inmiddels|ruim) ~2 (dagen|weken|maanden|week|maand)
(monteur*|technicus|installateur*|technieker*) ~8 (afspraak|afspraken) ~3 (gemist|vergeten|overgeslagen|afgezegd)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|meerdere) afspraken ~2 (gemist|vergeten|overgeslagen)
(al|inmiddels|ruim) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) (dagen|weken) ~6 (pakket*|bestelling*|levering*|zending*|bezorging|order)
(pakket*|bestelling*|levering*|zending*|order|monteur*|bezorger*|reparatie) ~4 (laat|liet) op zich wachten
(bestelling*|pakket*|order|zending*|levering) ~3 (staat|stond|hangt|blijft|bleef) ~4 (al|nog|steeds) ~3 (dagen|weken|week|dag|maand)
(vandaag|morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) (bezorgd|geleverd|binnen|thuis|afgeleverd) | weight=0.5
nog (steeds|altijd) ~1 (niks|niets|nergens) | weight=0.5,noneg
tussen ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) en ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) ~12 (stond|kwam|kwamen|arriveerde|belde) ~3 (om|pas|rond)
(reparatie|levering|bezorging|bestelling|installatie|aansluiting) ~8 (zou|zouden) ~4 (duren|klaar|komen|zijn) | weight=0.5
(nu|inmiddels) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) (dagen|weken|maanden|week|maand) later | weight=0.5
(beloofd|toegezegd|gegarandeerd|zou|zouden) ~2 binnen ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) (werkdagen|dagen|weken|uur|werkdag) | weight=0.5
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
# --- added (long-narrative round) ---
# a delivery promised within a term, and time gone since: half each
(levering|bezorging|levertijd|geleverd|bezorgd|leveren|bezorgen|afgeleverd) binnen ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|tien|veertien) ~1 (dagen|weken|werkdagen|uur|week|maand) | weight=0.5
(zijn|is|waren|was) (nu|inmiddels|intussen|ondertussen|alweer|al) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|tien|ruim|bijna) ~1 (dagen|weken|maanden) verder | weight=0.5
# postponed again and again
(tweede|derde|vierde|vijfde|zoveelste|alweer|wederom|opnieuw|weer) ~2 (uitgesteld|verschoven|verzet|opgeschoven|vertraagd)
+ de bank zou met levering binnen 2 weken komen. We zijn nu ruim 7 weken verder.
+ mijn bestelling is voor de derde keer uitgesteld
+ de installatie is alweer verschoven
- de levering binnen twee dagen klopte precies
- we zijn nu een week verder en alles werkt
# --- added (round 6: idea-grid probes) ---
# weeks later still no goods; took longer than promised; "laat op zich wachten"
(na|al) ~2 (dagen|weken|maanden|week|maand) ~4 (nog|steeds|altijd) ~2 (geen|niks|niets) ~2 (pakket*|pakje*|bestelling*|levering*|zending*|order|bezorging|monteur*|technicus|technieker*|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|droger|vaatwasser|fornuis|tv|televisie|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel*|bloemen|taart|tafel|stoelen|keuken|vervanging|onderdeel|onderdelen|matras|fiets|auto) | noneg
(duurde|duurt|duurden|kwam|kwamen|geleverd|bezorgd|klaar|arriveerde) ~6 in plaats van ~3 (beloofde|toegezegde|afgesproken|aangekondigde|geplande|genoemde|beloofd|toegezegd)
(pakket*|pakje*|bestelling*|levering*|zending*|order|bezorging|monteur*|technicus|technieker*|installateur*|eten|maaltijd*|pizza*|boodschappen|meubels|bank|bed|kast|koelkast|wasmachine|droger|vaatwasser|fornuis|tv|televisie|reparatie|toestel|telefoon|laptop|spullen|goederen|product|artikel*|bloemen|taart|tafel|stoelen|keuken|vervanging|onderdeel|onderdelen|matras|fiets|auto) ~6 (laat|liet|laten|lieten) ~4 op zich ~1 wachten
+ na vier weken nog altijd geen koelkast
+ de reparatie duurde een maand in plaats van de beloofde drie dagen
+ mijn pakket laat erg lang op zich wachten
- mijn pakket kwam na twee dagen, zoals beloofd
- de bestelling hoeft niet snel, laat maar op zich wachten is geen probleem
# --- added (round 6b: families from a fresh second probe set) ---
(beloofde|toegezegde|opgegeven|afgesproken|aangegeven|verwachte) (levertijd|leverdatum|bezorgdatum|levertermijn|leveringstermijn) ~8 (werden|duurde|ruim|overschreden|gemist|verstreken)
+ de beloofde levertijd was een week, het werden er drie
- de beloofde levertijd werd netjes gehaald
# --- added (round 7: industry probes) ---
# a parcel stuck at a depot, sorting centre, customs or pick-up point
(ligt|lag|staat|stond|zit|zat|hangt|hing|blijft|bleef) ~2 (al|nog|sinds) ~3 (dag|dagen|week|weken|maand|maanden) ~4 (sorteercentrum|depot|distributiecentrum|douane|magazijn|sorteerdepot|hub|afhaalpunt|pakketpunt|servicepunt|postkantoor|opslag|warehouse)
# order status stuck: "staat nog op 'in behandeling'"
(bestelling*|order|pakket*|zending*|status|levering*|aanvraag) ~4 (staat|stond|blijft|bleef|hangt|hing) ~3 (nog|steeds|al|altijd) ~3 (behandeling|verwerking|voorbereiding|aangemeld|aangekondigd|verzendklaar|ingepakt) | weight=0.5
# days later still nothing: half (with a promised term it counts)
na ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|paar) (dagen|weken|week|maand|maanden|werkdagen) ~2 nog ~1 (niks|niets|nergens|geen) | noneg,weight=0.5
# the delivery window passed: "tussen 9 en 13 uur, om half vijf nog niks"
(bezorgvenster|tijdvak|tijdslot|tijdsvak|bezorgmoment|levermoment|tijdsblok|tijdblok|aankomsttijd|bezorgtijd|levertijd) ~12 nog ~1 (niks|niets|niemand|geen) | noneg
(om|tegen|rond) ~3 nog ~1 (niks|niets|niemand|geen) ~1 (bezorgd|geleverd|gezien|gekomen|binnen|pakket|bezorger|monteur) | noneg
# a "not at home" card while someone was home; the courier never rang
(terwijl|hoewel|ondanks) (ik|we|wij) ~4 thuis (was|waren|zat|zaten|bleef|bleven) | weight=0.5
niet thuis ~2 (kaartje|kaartjes|briefje|briefjes|kaart|bericht|melding|sticker) | noneg,weight=0.5
niet ~1 (aangebeld|aanbelde|aanbellen|aangeklopt|aanklopte|geklopt|klopte) | noneg,weight=0.5
# restaurant: a stated wait at the table for the food
(kwartier|uur|uren|uurtje|minuten|min|eeuwigheid|eindeloos|lang) ~3 (gewacht|wachten|wachtten|wachtte) ~3 op ~3 (hoofdgerecht*|voorgerecht*|nagerecht*|dessert*|toetje*|drankje*|eten|gerecht|gerechten|lunch|ontbijt|diner|avondeten|friet|frietjes|koffie|soep|bord|borden|pizza|pizzas|maaltijd)
(gewacht|wachtten|wachtte) ~4 (kwartier|uur|uren|uurtje|minuten|min|eeuwigheid) ~2 op ~3 (hoofdgerecht*|voorgerecht*|nagerecht*|dessert*|toetje*|drankje*|eten|gerecht|gerechten|lunch|ontbijt|diner|avondeten|friet|frietjes|koffie|soep|bord|borden|pizza|pizzas|maaltijd)
+ mijn pakket ligt al een week in het sorteercentrum
+ het bezorgvenster was tussen 9 en 13 uur en om half vijf nog niks
+ bezorger liet een 'niet thuis' kaartje achter terwijl ik de hele dag thuis was
+ we hebben drie kwartier gewacht op ons hoofdgerecht
+ levering beloofd binnen 24 uur, na zes dagen nog niks
- het pakket lag netjes bij het afhaalpunt
- we wachten nog op het dessert, het hoofdgerecht was heerlijk
# family: not at the agreed time/day
(niet|nie|nooit) ~3 (op|om|binnen) (de|het) ~1 (afgesproken|beloofde|toegezegde|geplande|opgegeven|aangegeven|gekozen) (tijd|tijdstip|tijdvak|tijdslot|dag|datum|moment|uur|leverdatum) | noneg
+ de monteur is niet op de afgesproken tijd gekomen
- de monteur kwam precies op de afgesproken tijd
# --- added (round 9b: described lateness) ---
# counterfactual: it "had moeten komen"
(had|hadden) ~6 moeten (komen|langskomen|leveren|bezorgen|arriveren|verschijnen|geleverd|bezorgd|aankomen)
# only arrived on / after a date
pas (op|na|rond|eind|begin|om|tegen) ~4 (binnen|bezorgd|geleverd|aangekomen|afgeleverd|gebracht|thuis|gekomen|arriveerde|kwam|kwamen)
pas ~4 in de (bus|brievenbus)
+ de loodgieter had tussen acht en twaalf moeten komen
+ kerstcadeaus pas op 3 januari in de bus
+ de verhuiswagen arriveerde pas 's middags
+ de keuken die in maart geplaatst zou worden staat er in juni nog niet
- de verhuiswagen arriveerde om acht uur, precies op tijd
- de brief zat gisteren in de bus
# delivered N days after / past the promised date
(leverde|leverden|bezorgde|bezorgden|bracht|brachten|kwam|kwamen|arriveerde|arriveerden|geleverd|bezorgd|gebracht) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien) (dag|dagen|week|weken|uur|uren|maand|maanden) (na|later|te)
na (de|het) (beloofde|afgesproken|toegezegde|geplande|opgegeven|aangegeven|gegarandeerde) (datum|termijn|tijdstip|tijd|levertijd|leverdatum|dag|bezorgdatum|tijdvak)
# the goods "not there yet" with the verb first: "was onze pizza er nog steeds niet"
(pakket*|pakje*|bestelling*|levering*|zending*|monteur*|technicus|bezorger*|koerier*|eten|maaltijd*|pizza*|boodschappen|meubels|keuken|bank|order|loodgieter*|installateur*) ~2 (er|hier) ~1 nog ~2 (niet|nergens|nie) | noneg
+ de koerier leverde het pakket drie dagen na de beloofde datum
+ onze bestelling bleef een week langer weg dan beloofd
+ na een uur was onze pizza er nog steeds niet
- de koerier leverde het pakket twee dagen voor de beloofde datum
- mocht de reparatie langer duren dan gepland, hoor ik dat dan?
# --- r12b (four-voices round) ---
# waiting N weeks for the goods ("al 3 weken wachten op mijn bank", "wacht al zes weken op zijn nieuwe rolstoel")
(al|inmiddels|ruim|nu) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|paar) (dagen|weken|maanden|week|maand) ~3 (wacht|wachten|gewacht|wachtend|wachtte) ~1 op ~3 (pakket*|pakje*|bestelling*|levering*|zending*|order|meubel*|bank|bed|kast|koelkast|wasmachine|droger|vaatwasser|tv|televisie|laptop|telefoon|toestel|rolstoel|scootmobiel|bril|gehoorapparaat|hoortoestel|matras|fiets|keuken|tafel|stoelen|onderdeel|onderdelen|boeken|studieboeken|medicijnen|medicatie|hulpmiddel*|nieuwe|bestelde|vervanging*|reparatie|spullen|goederen)
(wacht|wachten|wachtte|gewacht|wachtend) ~2 (al|inmiddels|ruim|nu) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|paar) (dagen|weken|maanden|week|maand) ~1 op ~3 (pakket*|pakje*|bestelling*|levering*|zending*|order|meubel*|bank|bed|kast|koelkast|wasmachine|droger|vaatwasser|tv|televisie|laptop|telefoon|toestel|rolstoel|scootmobiel|bril|gehoorapparaat|hoortoestel|matras|fiets|keuken|tafel|stoelen|onderdeel|onderdelen|boeken|studieboeken|medicijnen|medicatie|hulpmiddel*|nieuwe|bestelde|vervanging*|reparatie|spullen|goederen)
# the delivery/installation only took place on a later date
(levering|bezorging|aflevering|installatie|montage|plaatsing|oplevering|reparatie|aansluiting) ~4 pas ~1 (op|na|in|eind|begin|rond|om|tegen|plaats)
# works still not finished / goods still not back after N weeks
(werkzaamheden|werk|klus|verbouwing|renovatie|badkamer|keuken|aanleg|installatie|reparatie|oplevering|aansluiting) ~6 nog (niet|steeds|altijd) ~2 (af|afgerond|klaar|opgeleverd|gereed|voltooid|aangesloten|geinstalleerd) | noneg
na ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar) (dagen|weken|maanden|week|maand|werkdagen) ~6 (nog|steeds|altijd) ~2 (niet|nie|geen) ~3 (terug|binnen|klaar|geleverd|bezorgd|ontvangen|gerepareerd|afgerond) | noneg
# arrived at another hour than agreed: "kwam om half tien in plaats van om zes uur"
(kwam|kwamen|arriveerde|arriveerden|bezorgd|geleverd|gebracht|stond|stonden|verscheen|verschenen|leverden|bezorgden) ~8 in plaats van ~1 (om|op|rond|tegen|in|voor|'s)
# past the delivery date
(leverdatum|levertijd|bezorgdatum|levertermijn|leveringstermijn|opleverdatum|leveringsdatum|bezorgtermijn) ~2 (heen|voorbij|verstreken|overschreden|verlopen|gepasseerd)
# food gone cold on the way
(afgekoeld|koudgeworden)
# a promised return day, and "it became next Monday"
(zou|zouden) ~6 (teruggebracht|terugbezorgd|teruggestuurd|geleverd|bezorgd|gebracht|geplaatst|geinstalleerd|opgeleverd|klaar) ~3 (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|deze|volgende|binnen) | weight=0.5
(zou|zouden) ~3 (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen) ~4 (teruggebracht|terugbezorgd|teruggestuurd|geleverd|bezorgd|gebracht|geplaatst|geinstalleerd|opgeleverd|klaar) | weight=0.5
(werd|werden|wordt|was) ~2 (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende|eind|pas) ~2 (erop|daarop|daarna|week|maand|later) | weight=0.5
# promised to deliver by a date: half
(toegezegd|beloofd|afgesproken) ~6 op te leveren | weight=0.5
+ al 3 weken wachten op mijn nieuwe bank
+ mijn vader wacht al zes weken op zijn nieuwe rolstoel
+ de levering vond pas plaats op 30 september
+ de werkzaamheden zijn op 15 juni nog niet afgerond
+ na 6 weken heb ik het toestel nog altijd niet terug
+ het eten kwam om half tien in plaats van om zes uur
+ al een maand over de beloofde leverdatum heen
+ het kwam om half drie en was helemaal afgekoeld
+ zou woensdag teruggebracht worden. Het werd maandag erop
- de levering vond plaats op de afgesproken dag
- na 2 weken was alles keurig geleverd
# --- added (r13b thesaurus pass) ---
# lateness words: verlaat, vertraagd, uitgelopen, laat op zich wachten, "komt maar niet", "blijft uit", "is zoek" after a promised date
(pakket*|pakje*|bestelling*|levering*|zending*|order|bezorging|monteur*|technicus|technieker*|installateur*|bezorger*|koerier*|eten|maaltijd*|pizza*|boodschappen|meubels) ~4 (blijft|bleef|blijven|bleven) ~2 (uit|weg|zoek)
(pakket*|pakje*|bestelling*|levering*|zending*|order|monteur*|technicus|installateur*|bezorger*|koerier*|eten|maaltijd*|pizza*) ~3 (komt|kwam|komen|kwamen) ~1 maar ~1 (niet|nie) | noneg
(verlaat|verlate|verlaatte|uitgelopen|uitgestelde|vertraagde) (levering|bezorging|zending|pakket|bestelling|order|vlucht|trein|aflevering|installatie|montage)
(levering|bezorging|zending|pakket|bestelling|order|aflevering|installatie|montage|reparatie) ~3 (is|was|werd|wordt|zijn|waren) ~2 (verlaat|uitgelopen|vertraagd|opgehouden)
(levertijd|leverdatum|bezorgdatum|levertermijn) ~4 (ruim|flink|fors|ver|zwaar|dik) ~2 (overschreden|voorbij|over|verstreken)
(dik|ruim|flink|ver|fors|uren|dagen|weken) ~2 (over|na) de (leverdatum|levertijd|bezorgdatum|deadline|afgesproken|beloofde|termijn)
+ mijn bestelling blijft maar uit
+ het pakket komt maar niet
+ verlate levering van mijn bank, twee weken na de afspraak
+ de leverdatum is ruim overschreden
- ik ging uit en het pakket lag netjes bij de buren
- de levering was op tijd, dank je
# food after an hour and a half; "duurde een maand in plaats van een week"
(eten|maaltijd*|pizza*|sushi|friet|patat|burger*|hamburger*|bestelling|bezorger|koerier|boodschappen) ~3 (kwam|kwamen|arriveerde|arriveerden|werd|stond) ~3 na ~2 (anderhalf|anderhalve|ruim|bijna|twee|drie|vier|2|3|4|5) (uur|uren|uurtje)
(duurde|duurt|duurden|geduurd) ~4 in plaats van ~2 (een|twee|drie|vier|vijf|paar|1|2|3|4|5|6|7|8|9|10|14) (dag|dagen|week|weken|uur|uren|werkdag|werkdagen)
+ de pizza kwam na anderhalf uur
+ de levering duurde een maand in plaats van een week
- de pizza kwam na twintig minuten, lekker warm

# nl14b: delivery that never showed up / weeks late
(bezorging|levering|pakket|zending|bestelling|monteur|koerier|bezorger) ~3 (niet|nooit) ~1 (verscheen|verschenen|kwam|opdaagde|aankwam|gebracht|bezorgd|geleverd) | noneg
(weken|dagen|maanden) (later|verder) ~6 (ontbreekt|ontbreken|mis|mist|missen) ~3 (helft|deel|rest|onderdelen|kastjes|stuks) | noneg
+ Weer een bezorging die niet verscheen.
+ Acht weken later mis ik nog de helft.
- De bezorging kwam keurig op tijd.

# --- added (nl14a paraphrase round) ---
# after the event; "two weeks over time"; "later than planned"
(geleverd|afgeleverd|bezorgd|kwam|kwamen|arriveerde|gebracht) ~6 (na|nadat) ~3 (feest|feestje|verjaardag|bruiloft|uitvaart|begrafenis|afspraak|evenement|diner|partij)
(geleverd|afgeleverd|kwam|kwamen|bezorgd|levering|bestelling|pakket|pakketje|boodschappen|bezorging|arriveerde|tafel|bank|kast|meubels) ~4 (dag|dagen|week|weken|uur|uren|maand|maanden) over tijd
(geleverd|afgeleverd|bezorgd|kwam|kwamen|arriveerde|boodschappen|pakket|levering|bezorging|bestelling) ~5 later dan (gepland|afgesproken|beloofd|toegezegd|verwacht|aangegeven)
(dag|dagen|week|weken) (na|nadat) ~3 (feest|feestje|verjaardag|bruiloft|uitvaart|begrafenis|evenement|diner|partij) ~3 (geleverd|afgeleverd|bezorgd|gebracht|aangekomen)
na de (toegezegde|afgesproken|beloofde|geplande) (datum|leverdatum|tijd|dag|termijn)
+ het cadeau werd pas afgeleverd na de verjaardag
+ de bruidstaart werd een dag na de bruiloft bezorgd
+ mijn bestelling is nu al drie dagen over tijd
- het abonnement is twee weken over tijd verlengd
+ het pakket kwam twee uur later dan afgesproken
- ik ben zelf een uur later vertrokken
- na de verjaardag heb ik het pakket teruggestuurd
# next-day promise, arrived days later
(morgen|volgende|next|24) ~4 (aangekomen|binnengekomen|gearriveerd|kwam|arriveerde) (op|pas) ~1 (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)
+ volgende dag levering beloofd, het pakje kwam pas donderdag
+ met 24 uur levering besteld, binnengekomen op zaterdag
- besteld op maandag en zoals beloofd de volgende dag geleverd
- morgen wordt het geleverd op dinsdag zoals afgesproken
- Stel dat de bestelling te laat komt, wat zijn dan mijn opties?

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# compound written apart: 'lever tijd', 'bezorg datum'
(lever|bezorg|leverings|oplever) (tijd|datum|termijn|moment) ~4 (heen|voorbij|verstreken|overschreden|verlopen|gepasseerd|gemist)
# active: 'ze overschrijden de levertijd', 'ze misten de leverdatum'
(overschrijden|overschrijdt|overschreed|overschreden|misten|miste) ~3 (de|het|hun|onze|mijn|m'n) ~1 (levertijd|leverdatum|bezorgdatum|levertermijn|leveringstermijn|leveringsdatum|bezorgtermijn|opleverdatum)
# active postponing: 'ze verschuiven de installatie alweer', 'stellen de levering weer uit'
(verschuiven|verschuift|verschoof|verschoven|verzetten|verzette) ~4 (levering*|bezorging|installatie|reparatie|afspraak|leverdatum|bezorgdatum|oplevering|bestelling*|pakket*)
(stellen|stelt|stelde|stelden) ~4 (levering*|bezorging|installatie|reparatie|afspraak|oplevering) ~5 uit
# 'er werd een levertijd van een week beloofd en het zijn er drie geworden'
(levertijd|leverdatum|bezorgdatum|levertermijn|leveringstermijn) ~6 (beloofd|toegezegd|afgesproken|aangegeven|genoemd|opgegeven) ~6 (werden|worden|geworden|werd|duurde|duurt|geduurd|overschreden|gemist)
+ ze zitten al twee weken over de bezorg datum heen
+ ze stelden de levering van de bank alweer uit
+ mijn pakketjes blijven steeds dagen langer weg dan beloofd
# --- r19 nl19d paraphrase pass ---
# "er acht dagen over doen"
(dagen|weken|maanden|uur|uren|dag|week) over ~1 (doet|deed|doen|deden|gedaan)
(lang|eeuwig|eeuwen) over ~1 (doet|deed|doen|deden|gedaan)
(doet|deed|doen|deden) er ~3 (dagen|weken|maanden|uur|uren|eeuwen|eeuwig|lang) over
# parcel lost on the way
(pakket*|pakje*|bestelling*|zending*|levering*|order) ~4 (zoek|kwijt|vermist|onvindbaar|verdwenen|spoorloos)
# "hij kwam vandaag niet meer"
(vandaag|vanavond|vanmiddag|toch) ~2 niet meer ~2 (kwam|komt|komen|kwamen|langs|langskomen|leveren|bezorgen|bezorgd|geleverd) | noneg
# "had er al lang moeten zijn"
(er|binnen|hier|thuis|klaar) ~4 (had|hadden) moeten (zijn|wezen|liggen|staan)
(had|hadden) er ~4 moeten (zijn|wezen|liggen|staan)
# the item for an occasion arrives after it
kerst* ~8 januari
(cadeau*|verjaardagscadeau*|kerstcadeau*|sinterklaascadeau*) ~6 (na|pas) ~3 (verjaardag|kerst|feest|feestdag*|bruiloft|pakjesavond|afloop)
+ mijn bestelling doet er al twee weken over
+ het pakket is onderweg zoek geraakt
+ de bezorger belde dat hij vanavond niet meer langs kon komen
+ de onderdelen hadden er vorige week al moeten zijn
- het pakket deed er maar een dag over
- ik ben mijn bestelnummer kwijt, kunt u helpen?

# --- nl-s8: the thing fronted, "mijn nieuwe pas heb ik nog steeds niet"
(pas|bankpas|pinpas|creditcard|pasje|pakket|pakketje|bestelling|zending|paspoort|rijbewijs|simkaart|modem|router|kaart|kaartje|bestelling) ~2 (heb|hebben) (ik|we|wij) ~2 nog (steeds|altijd) (niet|nie|nergens)
+ mijn vervangende bankpas heb ik nog altijd niet
+ het pakketje hebben we nog steeds niet
- de pas heb ik nog niet geactiveerd, dat doe ik morgen
# --- s10 paraphrase round ---
# the promised term that became much longer: "de beloofde reparatie binnen een week werd een maand", "levertijd 2-3 dagen, het werden er elf"
(beloofde|toegezegde|afgesproken|geplande|opgegeven) ~3 (reparatie|levering|bezorging|levertijd|installatie|oplevering|herstelling|vervanging) ~6 (werd|werden|duurde|duurt|geworden) ~2 (maand|maanden|weken|week|dagen|jaar)
(levertijd|levertermijn|bezorgtijd|leveringstermijn) ~6 (werden|werd|geworden|duurde|geduurd) ~2 (er|ruim|bijna|uiteindelijk|maanden|weken|maand|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)
(verplaatst|verzet|verschoven) ~3 (qua|de|het) ~1 (leverdatum|bezorgdatum|levering|bezorging|leveringsdatum)
# the shipment ran into delays: "de verzending liep enorme vertraging op"
(verzending*|verscheping|transport|zending*|levering*|bezorging|bestelling*|pakket*|order|reparatie|herstelling) ~4 vertraging
# big items too late: "keuken maanden te laat"
(keuken*|badkamer*|vloer*|kozijn*|bril|matras|zetel|sofa|bankstel|tafel|stoelen|kast|meubel*|kachel|ketel|cv-ketel|zonnepanelen|fiets) ~4 te laat
# never arrived: "het pakket kwam nooit aan"
(pakket*|pakje*|bestelling*|zending*|levering|brief|kaart|cadeau|order|bloemen|maaltijd|eten) ~3 (kwam|kwamen|komt|is|zijn) ~2 nooit ~2 (aan|binnen|toe|aangekomen|geleverd|bezorgd)
# the visit that did not happen: "zeiden de technieker komt dinsdag, ik neem vrij, niemand komt"; "elke keer komt er niemand"
(monteur*|technicus|technieker*|installateur*|loodgieter*|elektricien*|bezorger*|koerier*) ~12 niemand ~2 (komt|kwam|gekomen|opgedaagd|verschenen|komen|geweest)
(monteur*|technicus|technieker*|installateur*|loodgieter*|elektricien*|bezorger*|koerier*) ~12 (komt|kwam|kwamen|verscheen) er ~3 (niemand|nooit|niet|geen) | noneg
# waited at home for nothing
(tevergeefs|vergeefs) ~4 (thuis|gewacht|thuisgebleven|vrijgenomen|opgebleven)
# promised "tomorrow" over and over
(beloven|belooft|beloofden|zeggen|zegt|zeiden) ~2 (steeds|telkens|elke|iedere|weer|alweer) ~5 (levering|bezorging|pakket*|bestelling*|monteur*|zending*|reparatie) ~3 (morgen|overmorgen|vandaag|volgende)
+ de toegezegde installatie binnen twee weken werd uiteindelijk drie maanden
+ bezorgtijd 1 werkdag, het werden er zes
+ de bank werd al twee keer verzet qua leverdatum
+ mijn bestelling heeft flinke vertraging opgelopen
+ de kast was drie weken te laat
+ mijn cadeau is nooit aangekomen
+ de installateur zou vrijdag komen, ik bleef thuis, niemand gekomen
+ de loodgieter zou 's ochtends komen en om vier uur kwam er nog steeds niemand
+ de hele zaterdag tevergeefs thuis gewacht op de bezorger
+ ze beloven telkens dat het pakket morgen komt
- de monteur kwam precies op tijd
- de levertijd was twee dagen en het pakket was er na twee dagen
- ik heb de bezorger niet thuis gehoord maar het pakket lag er netjes

# it took longer than promised: "duurt al weken langer dan beloofd"
(duurt|duurde|duren|duurden|geduurd) ~4 (langer|later) ~2 dan (beloofd|toegezegd|afgesproken|gepland|gezegd)
(langer|later) ~1 (geduurd|uitgelopen|opgeschoven) ~1 dan (beloofd|toegezegd|afgesproken|gepland|gezegd)
+ De reparatie duurt nu al twee weken langer dan afgesproken.
+ Het heeft een maand langer geduurd dan gepland.
+ De installatie duurde ruim een dag langer dan beloofd.
- Het duurde niet langer dan beloofd, netjes.
- Het gesprek duurde langer dan ik dacht.

# s11b: repairs / pickups not ready when promised ("zou vorige week klaar zijn. Weer niet klaar.")
(zou|zouden) ~4 klaar (zijn|liggen|staan) | weight=0.5
klaar (zou|zouden) (zijn|liggen|staan) | weight=0.5
(weer|nog|alweer) (niet|nie) klaar | weight=0.5,noneg
(reparatie|bestelling|order|aanvraag|levering|zending) ~3 (nog|nooit) ~2 (niet|nie) ~2 (gestart|begonnen|verwerkt|verzonden|doorgezet|ingepland) | weight=0.5,noneg
(telkens|steeds|elke|iedere|weer|alweer) ~5 volgende week | weight=0.5
normaal ~3 (duurt|duurde) | weight=0.5
duurde ~4 (dagen|weken|maanden) ~3 (voordat|voor|eer|tot) | weight=0.5
+ De bril zou vorige week al klaar zijn. Weer niet klaar.
+ Ik kwam de telefoon ophalen die maandag klaar zou zijn, maar de reparatie was nog niet eens gestart.
+ Telkens als ik bel komt het volgende week, en de bril zou al drie weken geleden klaar liggen.
+ Ik heb nog steeds niets ontvangen, normaal duurt het toch drie werkdagen?
- Ik ben nog niet klaar met het formulier.
- De taart zou om vier uur klaar staan en dat was ook zo.
# s11b: explicit lateness against a stated date ("een week later dan aangegeven", "liep flink uit", "na 3 weken wachten")
(week|weken|dagen|dag|uur|maand|maanden) later ~3 dan (aangegeven|beloofd|gepland|afgesproken|toegezegd|vermeld|gezegd|verwacht|opgegeven|beloofde)
(later|laat) (komt|kwam|komen|kwamen|arriveert|arriveerde|geleverd|bezorgd) dan (aangegeven|beloofd|gepland|afgesproken|toegezegd|vermeld|gezegd|opgegeven)
(bezorging|levering|bestelling|pakket*|zending|montage|installatie|oplevering|reparatie) ~3 (liep|loopt|liepen|lopen) ~2 uit
na (twee|drie|vier|vijf|zes|zeven|acht|tien|2|3|4|5|6|7|8|9|10) (dagen|weken|maanden) wachten
(kreeg|kregen|ontving|ontvingen|kwam|kwamen|arriveerde|arriveerden|geleverd|bezorgd) ~4 na (twee|drie|vier|vijf|zes|zeven|acht|tien|2|3|4|5|6|7|8|9|10) (weken|maanden)
+ Elke levering komt een week later dan aangegeven.
+ De montage van de keuken liep flink uit.
+ Bestelling geannuleerd na 3 weken wachten.
+ Uiteindelijk kreeg ik de bril na vijf weken.
- De levering kwam een dag eerder dan aangegeven.
- Ik kreeg binnen twee dagen antwoord en na een week was alles opgelost.
