# E-mails, messages, tickets or forms that get no answer, or an answer only
# after days.  Most Dutch phrasings contain their own negation (noneg).
(geen|nooit) ~3 (antwoord|reactie|respons|response|reply|terugkoppeling|ontvangstbevestiging|bevestiging|gehoor|reacties|antwoorden) | noneg
niet eens ~2 (antwoord|reactie|respons|response|reply|terugkoppeling|ontvangstbevestiging|bevestiging|gehoor|reacties|antwoorden) | noneg
geen ~2 (bericht|mail|mailtje|belletje) terug | noneg
(nooit|niets|niks) ~5 (gehoord|teruggehoord|vernomen|teruggekregen|teruggemaild|teruggeschreven) | noneg
(niet|nooit) ~4 (gereageerd|beantwoord|geantwoord|teruggemaild|teruggeschreven|opgepakt) | noneg
(reageren|reageert|reageerde|reageerden|antwoordt|antwoordde|antwoordden|mailden|beantwoorden|beantwoordt|beantwoordde|beantwoordden) ~4 (niet|nooit) | noneg
niemand ~3 (reageert|reageerde|reageren|gereageerd|antwoordt|antwoordde|beantwoordt|beantwoord|mailt|terug) | noneg
(mail|mails|e-mail*|email*|mailtje*|bericht*|ticket*|formulier*|contactformulier*|brief|brieven|klacht*|vraag|vragen|dm|dm's|appje*|aanvraag|verzoek|whatsapp*) ~6 (genegeerd|onbeantwoord*|verdwenen|negeren|negeert|negeerden|negeerde)
(mail|mails|e-mail*|email*|mailtje*|bericht*|ticket*|formulier*|contactformulier*|brief|brieven|klacht*|vraag|vragen|dm|dm's|appje*|aanvraag|verzoek) ~6 (blijft|bleef|bleven) liggen
onbeantwoord*
(is|zijn|wordt|worden) ~2 genegeerd | weight=0.5
(negeren|negeert|negeerden|negeerde) ~2 (mijn|onze|de|m'n) ~2 (mail|mails|e-mail*|email*|mailtje*|bericht*|ticket*|formulier*|contactformulier*|brief|brieven|klacht*|vraag|vragen|dm|dm's|appje*|aanvraag|verzoek)
zwart gat
radiostilte
(mail|mails|mailtjes|berichten|bericht|brief|brieven|*formulier) ~4 (komen|komt|kwamen|kwam) ~3 niet ~2 aan | noneg
(worden|wordt|werd|werden) ~2 niet ~1 (gelezen|geopend|bekeken) | noneg
(al|sinds) ~4 (wacht|wachten|wachtte) ~3 op ~2 (uitsluitsel|antwoord|reactie|bericht|nieuws|terugkoppeling|duidelijkheid|respons)
(wacht|wachten) (ik|we) ~4 op ~2 (uitsluitsel|antwoord|reactie|terugkoppeling|duidelijkheid|respons)
al ~3 (dagen|weken|maanden|week|maand) ~3 in behandeling
hoor ~2 (niets|niks) | noneg
(stil|doodstil|oorverdovend) ~2 (gebleven|blijft|bleef)
(bleef|blijft|bleven|blijven|is|was) ~3 (stil|doodstil)
(nog|steeds|altijd|sindsdien|daarna|verder|alleen|enkel|nogsteeds) ~2 (stilte|radiostilte)
blijft ~2 stil
pas na ~4 (dag|dagen|week|weken|maand|maanden) ~6 (antwoord|reactie|gereageerd|reageerde|reageerden|mail|mails|mailtje|mailtjes|bericht|berichten|teruggemaild|beantwoord)
(antwoord|reactie|mail|bericht) ~4 pas na ~3 (dag|dagen|week|weken|maand|maanden)
(dagen|weken|maanden|week|maand) ~5 (wacht|wachten|gewacht|wachtte) ~3 op ~2 (antwoord|reactie|respons|terugkoppeling|bericht|mail|mailtje|reply)
(wacht|wachten|wachtte|gewacht) ~2 al ~4 (dag|dagen|week|weken|maand|maanden) ~3 op ~2 (antwoord|reactie|respons|terugkoppeling|bericht|mail|mailtje|reply)
(wacht|wachten|wachtte|gewacht) ~3 op ~2 (antwoord|reactie|respons|terugkoppeling) ~5 (mail|e-mail|brief|ticket|bericht|klacht|*formulier|dm)
(antwoord|reactie|respons|terugkoppeling) ~2 (blijft|bleef) uit
(antwoord|reactie|respons|terugkoppeling) ~2 uitgebleven
(antwoord|reactie) ~2 (laat|liet) op zich wachten
(ontvangstbevestiging|automatisch|automatische) ~5 (verder|daarna|sindsdien) ~3 (niets|niks|nooit|geen) | noneg
(gestuurd|gemaild|verstuurd|ingediend|aangemaakt|ingevuld|geschreven|gepost|verzonden|ingestuurd|achtergelaten) ~7 (steeds|altijd|nu|heden|sindsdien|vandaag|nog) ~1 (niks|niets) | noneg
(gestuurd|gemaild|verstuurd|ingediend|aangemaakt|ingevuld|geschreven|gepost|verzonden|ingestuurd|achtergelaten) ~7 (steeds|altijd|nu|heden|sindsdien|vandaag|nog) ~1 geen ~2 (antwoord|reactie|respons|bericht|reply|terugkoppeling|mail|mailtje|ontvangstbevestiging) | noneg
pas (na|in|op|vandaag|gisteren) ~5 (antwoord|reactie|gereageerd|beantwoord|teruggehoord)
(ff|even|gelieve|aub|svp|graag) ~2 (reageren|antwoorden|terugmailen|terugschrijven) | weight=0.5
(gelezen|vinkjes|bekeken|gezien) ~5 (geen|niet|nooit|niks|niets) | noneg,weight=0.5
(ticket|melding|aanvraag|verzoek|klacht) ~6 (open|onbehandeld|openstaan|openstaat)
(eindelijk|pas) ~3 (antwoord|reactie|respons|bericht|terugkoppeling) ~6 (dagen|weken|maanden|week|maand) ~1 (later|na)
(dagen|weken|maanden|week|maand) (later|na) ~6 (eindelijk|pas) ~3 (antwoord|reactie|respons|bericht|terugkoppeling)
na ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|tien|meerdere|talloze|zoveel) (mails|berichten|e-mails|mailtjes|brieven|pogingen|reminders|herinneringen) ~4 (eindelijk|pas) ~3 (antwoord|reactie|respons|bericht)
(blauwe|twee) ~1 (vinkjes|vinkje) ~6 (niks|niets|geen|niet|verder|nooit) | noneg
(reageren|reageert|antwoorden|beantwoorden|reactie|antwoord|reply) ~4 binnen ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tig) (werkdagen|dagen|uur|weken|werkdag|dag) | weight=0.5
(dat|dit) (is|was) ~3 (dagen|weken|maanden|dag|week|maand) (geleden|terug) | weight=0.5
(laat|lieten|liet|laten) ~3 (niets|niks) ~2 (horen|weten) | noneg
(geghost|ghosten|ghost) | weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twee|drie|vier|vijf|zes|meerdere|talloze) (herinneringen|reminders|mails|berichten|brieven|mailtjes|e-mails) ~4 (niets|niks|geen|nul) ~1 (terug|reactie|antwoord|gehoord)
(nul|0) (reactie|antwoord|respons|reply|reacties)
+ ik heb drie keer gemaild en nooit een antwoord gekregen
+ mijn klacht van vorige maand is nog steeds onbeantwoord
+ ze reageren gewoon niet op mijn berichten
+ pas na twee weken kreeg ik een reactie op mijn mail
+ ik wacht al tien dagen op een reactie
+ ticket aangemaakt op maandag, nog steeds niks
- ik kreeg binnen een uur een duidelijk antwoord
- bedankt voor jullie snelle reactie
- ik heb niets ontvangen, mijn pakket is zoek
# --- added (long-narrative round) ---
# "nul keer een reactie van een mens"
(nul|0|geen|zero) ~3 (reactie*|antwoord*|respons|terugkoppeling) ~3 (van|door) ~3 (mens|*medewerker|persoon|mensen) | noneg
(nul|0|zero) ~2 (reactie*|antwoord*|respons|terugkoppeling) | noneg
# only an automatic acknowledgement: half
(automatische|automatisch|standaard) (ontvangstbevestiging|ontvangstbevestigingen|bevestiging|bevestigingen|bevestigingsmail|bevestigingsmails|reply|antwoord) | weight=0.5
+ drie keer een automatische bevestiging, nul keer een reactie van een mens
+ op mijn klacht kwam nul reactie
+ alleen een automatische ontvangstbevestiging, verder niets
- ik kreeg binnen een uur een reactie van een medewerker
- de automatische bevestiging kwam meteen en een dag later het antwoord
# --- added (round 6: idea-grid probes) ---
# "lezen wel maar antwoorden nooit"; "reageert er niemand"
(antwoorden|reageerden|beantwoorden|terugschrijven|terugmailen) ~2 (nooit|niet|nie) | noneg
(reageert|reageerde|reageren|antwoordt|antwoordde|belt|mailt) (er|d'r) ~1 (niemand|nooit|niet|nie) | noneg
(niks|niets|nooit) ~1 terug van (jullie|u|hen|hun|ze) | noneg
(nooit|niets|niks) ~2 op (gekregen|ontvangen|gehad|gehoord) | noneg
+ ze lezen het wel maar antwoorden nooit
+ waarom reageert er niemand op mijn mail
+ ik hoor maar niks terug van jullie
+ een klacht gemaild, nooit iets op gekregen
- ze antwoorden altijd snel op mijn mail
- ik kreeg niks terug van de kassa, klopte precies
# family: nobody ever came back on it / couldn't be bothered to answer
(nooit|niemand|niet|nie|niks|niets|geen) ~4 op (teruggekomen|terugkomen|terugkwam|terugkwamen|teruggekeerd)
(niet|geen|nooit|nie) ~3 (moeite|fatsoen) ~5 (reageren|antwoorden|beantwoorden|terugmailen|terugschrijven|terug|gereageerd|geantwoord) | noneg
+ ik heb een bericht achtergelaten maar er is nooit iemand op teruggekomen
+ ze nemen niet eens de moeite om te reageren
- bedankt dat u de moeite nam om te reageren
- ik kom hier nooit meer terug

# --- r9a (implicit round) ---
# it took days before anyone replied
duurde ~4 (dagen|weken|maanden|week|maand|werkdagen) ~8 (reageerde|reageerden|antwoordde|antwoordden|antwoord|reactie|terugschreef|terugmailde|beantwoord|beantwoordde|reageren|antwoorden|terugkoppeling)
(deden|deed|doen|doet) ~3 (dagen|weken|maanden|week|maand|werkdagen) over ~4 (reageren|antwoorden|beantwoorden|antwoord|reactie|terugmailen|terugschrijven)
+ het duurde twee weken voor er iemand op mijn mail reageerde
+ ze deden er drie weken over om mijn brief te beantwoorden
+ Het duurde negen dagen voordat ik een antwoord kreeg op mijn klacht.
- het duurde een paar dagen voor het pakket kwam, prima
- de reparatie duurde twee weken, daarna was alles in orde
# messages vanish: "mijn mails verdwijnen in een la", "belandt in de prullenbak"
(mail|mails|e-mail*|email*|mailtje*|bericht*|ticket*|formulier*|contactformulier*|brief|brieven|klacht*|vraag|vragen|aanvraag|verzoek|dm|appje*) ~6 (verdwijnt|verdwijnen|verdween|verdwenen|belandt|belanden|beland|belandde|belandden|sneeuwt|ondergesneeuwd) ~3 (la|lade|prullenbak|prullenmand|zwarte|doofpot|put|stapel|niets|niks|vergetelheid|ether)
niemand (doet|deed) ~2 (er|d'r|daar) ~2 (iets|wat|niks|niets) mee | noneg
+ Mijn mails verdwijnen blijkbaar in een la, niemand doet er iets mee.
+ het contactformulier belandt kennelijk in de prullenbak
- de mail verdween in mijn spammap, maar ze hadden wel gewoon geantwoord
# --- r12b (four-voices round) ---
# "will they ever answer": eens/eindelijk/ooit + answer verb
(eens|ooit) ~2 (antwoordt|antwoorden|reageert|reageren|beantwoordt|beantwoorden|terugmailt|terugmailen|terugschrijft|terugschrijven)
# nothing sent back; nobody reacted
(nooit|niets|niks) ~5 (teruggestuurd|teruggeappt|teruggeantwoord|teruggemeld|terugbericht) | noneg
zonder dat ~3 (iemand|er|ze|men|jullie|hij|zij|u) ~3 (gereageerd|geantwoord|beantwoord|reageert|reageerde|antwoordt|antwoordde|teruggeschreven|teruggemaild|opgepakt) | noneg
(vraag|vragen|mail|bericht|e-mail) ~6 (open|onbehandeld|openstaan|openstaat)
# hearing nothing for a month
hoor ~2 (al|nu|inmiddels|sindsdien|verder) ~4 (niets|niks) | noneg
# weeks of silence
(dagen|weken|maanden|week|maand|jaar) (stilte|radiostilte|stil)
(weer|opnieuw|alweer|wederom) (niets|niks) | noneg,weight=0.5
# not a peep
(geen|nooit|niet) ~3 (kik|kikje|levensteken|piep) | noneg
+ sinds mijn mail van maart geen kik meer gehoord
+ hoe lang duurt het voordat ze eens antwoorden op een brief
+ hij heeft nog steeds niks teruggestuurd op mijn appje
+ staat al drie weken open zonder dat iemand erop gereageerd heeft
+ ik hoor al een maand helemaal niks
+ na vijf weken stilte opnieuw geschreven
- ze hebben eindelijk geantwoord en het is opgelost
- de winkel heeft het pakket teruggestuurd zoals afgesproken

# --- r13a thesaurus pass ---
(niemand|geen) ~1 (mens|hond|kip|sterveling|kat|levende|ziel) ~3 (reageert|reageerde|reageerden|antwoordt|antwoordde|gereageerd|geantwoord|terug|beantwoordt) | noneg
# answer synonyms and misspellings: feedback, terugmelding, reaktie, weerklank
(geen|nooit|nul|zero) ~3 (feedback|terugmelding|wederwoord|antwoordmail|reactiemail|weerklank|reaktie|reakties|antwoordt|antwood|reaktie's) | noneg
(niet|nooit|nie) ~3 (gereageert|gereagerd|geantwoort|beantwoort|terug-gemaild) | noneg
# silence: doodgezwegen, stilgevallen, geen teken van leven
(doodgezwegen|doodzwijgen|doodzwijgt|doodzwegen)
(contact|communicatie|correspondentie|mailverkeer) ~3 (stilgevallen|verstomd|opgedroogd|doodgebloed)
(geen|nooit) ~2 teken van leven | noneg
# ignored: in de wind geslagen, genegeerd (present)
(mail|mails|e-mail*|email*|mailtje*|bericht*|verzoek*|vragen|vraag|klacht*|brieven|brief) ~5 in de wind (geslagen|slaan|sloegen|sloeg)
+ ik heb nooit enige feedback gekregen op mijn klacht
+ mijn mails worden gewoon doodgezwegen
+ sinds de bestelling is het contact volledig stilgevallen
+ tot op heden geen enkel teken van leven van de klantenservice
- bedankt voor de snelle feedback, binnen een uur opgelost
- het contact met de klantenservice verliep vlot en vriendelijk
+ ik mail al weken maar geen hond die reageert

# nl14b: answer only months later
(juni|juli|augustus|januari|februari|maart|april|mei|september|oktober|november|december) ~3 pas ~3 (iets|wat|antwoord|reactie) ~2 (terug|gehoord|teruggehoord|gekregen) | noneg
+ Juni brief gestuurd, september pas iets terug gehoord.
+ In maart gemaild, in mei pas antwoord gekregen.
- In juni gemaild en dezelfde dag antwoord gekregen.

# --- added (nl14a paraphrase round) ---
# not even a receipt / automatic mail
(ontvangstbevestiging|bevestiging|reactie|antwoord) ~6 (niet|nooit) ~2 (gehad|ontvangen|gekregen|binnen) | noneg
niet eens ~3 (mail|mailtje|automatisch|automatische|berichtje|bericht|ontvangstmail|bevestigingsmail) | noneg
+ een bevestiging van ontvangst heb ik nooit ontvangen
+ niet eens een automatische mail teruggekregen
+ ik heb geen antwoord gehad op mijn vraag van vorige week
- ik heb het antwoord vandaag ontvangen, dank
- de bevestiging kwam binnen een minuut
# --- nl16b (translated-from-en round) ---
# "de eerste mail werd gewoon genegeerd"
(eerste|vorige|laatste|tweede|eerdere|eerder) ~6 (werd|werden|word) ~2 (genegeerd|doodgezwegen) | noneg
+ De vorige, van vorige week, werd compleet genegeerd.
- Mijn bericht werd meteen beantwoord, top.
# nobody gets in touch
(niemand|nooit) ~2 (neemt|nam|namen|nemen|heeft|hebben|opgenomen) ~1 contact ~3 op | noneg
(wordt|werd|worden|werden) ~3 door niemand ~2 (gelezen|bekeken|beantwoord|behandeld|geopend) | noneg
+ ik heb drie keer het webformulier ingevuld maar niemand neemt ooit contact op
+ mijn klacht wordt blijkbaar door niemand gelezen
- er heeft nog niemand contact opgenomen, maar dat was ook pas gisteren en ze hadden gezegd binnen vijf werkdagen
- Ik had het pakket al een tijd niet nodig, en verder niks aan de hand.
- Jullie schreven dat brieven per post niet behandeld worden en ik het via de site moet doen.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# 'pas twee weken later heeft er iemand gereageerd'
pas ~2 (dagen|weken|maanden|week|maand|werkdagen) (later|nadien|daarna|erna) ~6 (antwoord|gereageerd|reageerde|reageerden|geantwoord|antwoordde|antwoordden|beantwoord|teruggemaild|teruggeschreven|teruggehoord)
# 'voor ze eens op je brief antwoorden' (object between)
(eens|ooit) ~1 op (mijn|m'n|mn|je|uw|onze|de|het|een) ~1 (brief|brieven|mail|mails|mailtje|mailtjes|bericht|berichten|klacht|klachten|vraag|vragen|e-mail|e-mails|email|ticket|*formulier) (antwoordt|antwoorden|reageert|reageren|beantwoordt|beantwoorden|antwoordde|antwoordden|reageerde|reageerden)
# split separable verb: 'ze zwijgen mijn mails dood'
(zwijgen|zwijgt|zweeg|zwegen) ~5 dood
# 'nooit reageerde er een mens'
(nooit|niemand|nergens) ~3 (reageerde|reageert|reageerden|reageren|antwoordde|antwoordt|antwoordden) ~2 (een|enige) (mens|*medewerker|persoon|*medewerkster) | noneg
+ ze reageerden pas na drie weken op m'n mailtjes
+ pas een maand later heeft er iemand geantwoord
+ ze zwegen mijn klachten gewoon dood
# --- r19c paraphrase pass ---
# the promised response term, verb after it: "dat jullie binnen 48 uur reageren" (half; needs the time gone by)
binnen ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|veertien) (werkdagen|dagen|uur|weken|werkdag|dag) ~2 (reageren|reageert|antwoorden|antwoordt|antwoord|reactie|beantwoord|beantwoorden|terugmailen|terugkoppeling) | weight=0.5
# never picked up: "nooit in behandeling genomen", "niemand had ernaar gekeken"
(nooit|niemand) ~3 in behandeling ~1 (genomen|gekomen|gegaan) | noneg
niemand ~4 (naar|ernaar|daarnaar) ~1 (gekeken|kijkt|keek|omgekeken) | noneg,weight=0.5
# anyone reading my messages?
(uberhaupt|ueberhaupt|eigenlijk|ooit|wel) ~2 iemand ~2 (die|dat) ~4 (berichten|berichtjes|mail|mails|mailtjes|e-mails|brief|brieven|tickets|klachten|vragen|*formulieren) ~2 (leest|lezen|beantwoordt|beantwoorden|bekijkt|opent)
(leest|lezen|las) (iemand|jullie|u|ooit|eigenlijk|ueberhaupt|uberhaupt) ~4 (berichten|berichtjes|mail|mails|mailtjes|e-mails|brief|brieven|tickets|klachten)
# being ignored, first person / any tense: "word volledig genegeerd", "ben genegeerd"
(gemaild|geschreven|gestuurd|verstuurd|ingediend|mails|mailtjes|berichten|brieven|klachten|tickets) ~8 (word|werd|werden|ben|bent|worden|wordt|zijn|is|was) ~3 (genegeerd|doodgezwegen) | noneg
# nothing since my complaint
(niks|niets|nul|stilte|radiostilte) ~2 sinds ~2 (mijn|m'n|mn|de|onze|ons|het) ~1 (klacht|mail|e-mail|mailtje|bericht|brief|melding|aanvraag|vraag|ticket|*formulier|verzoek)
+ ik kreeg bericht dat ze binnen 24 uur antwoorden, dat is nu twee weken geleden
+ mijn klacht is nooit in behandeling genomen
+ leest iemand eigenlijk de mails die ik stuur?
+ ik heb drie mails gestuurd en word gewoon genegeerd
- in de winkel werd ik genegeerd, de klant na mij werd wel geholpen
+ helemaal niks sinds mijn melding van vorige maand
- ze beloven binnen 24 uur te antwoorden en dat deden ze ook
- iemand die mijn mails leest, heeft me meteen gebeld
