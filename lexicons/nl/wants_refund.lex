# Asks for money back or compensation.
(geld|centen|bedrag|verschil|teveel|aankoopbedrag|kosten|abonnementskosten|verzendkosten|servicekosten|annuleringskosten|taxikosten|reiskosten|borg|aanbetaling|euro|kaartjes|tickets|abonnementsgeld) ~5 (terug|retour|terugkrijgen|terugbetaald|teruggestort|vergoed|gecrediteerd|terugbetalen|terugstorten|restitueren|gerestitueerd|retourneren|terugstorten)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) (euro|eur|eu|euros) ~3 (terug|retour|terugkrijgen|terugbetaald|teruggestort|vergoed|terugbetalen|terugstorten|retourneren)
(terugbetalen|terugstorten|restitutie*|restitueren|refund*|declareer|declareren|terugboeking*|terugboeken|creditnota|crediteren|terugdraaien|teruggedraaid|schadevergoeding*|compensatie*|tegemoetkoming*|genoegdoening|schadeloos*)
(terugbetaling*|terugbetaald|terugstorting*|teruggestort) | weight=0.5
terug te ~1 (storten|betalen|boeken|draaien)
(betaal|betaalt|betalen|stort|storten) ~8 terug | noneg
(wil|willen|eis|eisen|verwacht|verwachten|vraag|vragen|graag|verzoek|wens|recht|aanspraak|vorder|vorderen) ~5 (*vergoeding|schadevergoeding|compensatie|tegemoetkoming|genoegdoening|korting|creditering|tegoed|tegoedbon|voucher|waardebon|cadeaubon|vergoed|vergoeden|gecompenseerd|compenseren|schadeloos)
(wil|willen|eis|eisen|verwacht|verwachten|recht) ~1 (een|mijn|de|het|op|graag) ~1 (terugbetaling|restitutie|refund)
(vraag|vragen|verzoek|verzoeken) om ~1 (terugbetaling|restitutie|refund|*vergoeding|compensatie)
graag ~1 (een|de|mijn) (terugbetaling|restitutie|refund)
(wil|willen|graag|eis|eisen|verwacht|verwachten) ~6 (geld|bedrag|kosten|centen|borg|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~2 terug
(*vergoeding|schadevergoeding|compensatie|tegemoetkoming|genoegdoening) ~4 (verwacht|eis|eisen|wil|willen|graag|plaats|terecht|verlang|verdien|vraag|vragen)
(vergoed|vergoeden|compenseren|gecompenseerd) | weight=0.5
(kosten|schade|rekening|factuur|reparatie|reparatiekosten|schadepost) ~5 (vergoeden|vergoed|compenseren|terugbetalen)
(wil|willen|eis|eisen|graag) (mijn|m'n|ons|het|onze) (geld|centen|poen|aanbetaling|borg|inleg)
(over|terug) op (mijn|m'n|onze) (rekening|bankrekening) | weight=0.5
(maak|stort|boek) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|bedrag|geld|verschil) | weight=0.5
(afschrijving*|incasso*|boeking|betaling|transactie*|dubbele) ~4 (terugdraaien|terug|terugboeken|storneren|gestorneerd|ongedaan|terugdraait)
+ ik wil mijn geld terug
+ ik eis een vergoeding voor de gemaakte kosten
+ graag het volledige bedrag terugstorten
+ ik verwacht compensatie voor de gemiste dag
+ ik wil die €40 gewoon terug op mijn rekening
- de terugbetaling werd snel geregeld, dank
- dank voor de korting bij mijn bestelling
# --- added (long-narrative round) ---
# more forms of getting money back: "dat ik mijn geld terugkrijg"
(geld|centen|bedrag|aankoopbedrag|aanbetaling|borg|kosten|verzendkosten) ~3 (terugkrijg|terugkrijgt|terugkrijgen|terugkreeg|teruggeven|teruggeeft|terugzien|terugstort|terugbetaalt|terugboekt)
# asked for it: "ik vroeg om een terugbetaling"
(vroeg|vroegen|gevraagd|verzocht|verzoek|vraag|vragen|eiste|eisten|geeist|aangevraagd|aanvraag|wilde|wou|wilden|claim|claimde|claimen|geclaimd) ~3 (terugbetaling*|restitutie|refund|*vergoeding|compensatie|schadevergoeding|tegemoetkoming|creditnota|terugstorting)
# still waiting for the money: "ik wacht al vijf weken op mijn geld"
(wacht|wachten|wachtte|gewacht) ~4 op (mijn|m'n|het|ons|onze|de) (geld|terugbetaling|restitutie|*vergoeding|creditnota|terugstorting|compensatie|centen)
# "het geld moet worden overgemaakt"
(geld|bedrag|*vergoeding|compensatie|terugbetaling) ~3 (wordt|word|worden|moet|alsnog|eindelijk) ~2 (overgemaakt|overgeboekt|uitbetaald|gestort|teruggestort)
+ ik wil gewoon dat ik mijn geld terugkrijg
+ ik vroeg om een terugbetaling omdat de jas kapot was
+ ik wacht nu al vijf weken op mijn geld
+ ik eis dat het geld alsnog wordt overgemaakt
- de terugbetaling kwam binnen een week, prima
- de vergoeding is al overgemaakt, bedankt
# --- added (mixed-genre round) ---
# "graag alsnog het bedrag overmaken", "verzoek u het bedrag alsnog over te maken"
alsnog ~4 (overmaken|terugstorten|storten|vergoeden|terugbetalen|crediteren|uitbetalen|overgemaakt|vergoed|terugbetaald|teruggestort|uitbetaald|retourneren|restitueren)
alsnog over te maken
(graag|verzoek|verzoeke|wil|willen|eis|eisen|verwacht|verwachten) ~4 (bedrag|geld|kosten) ~3 (overmaken|storten|terugstorten|vergoeden|crediteren|uitbetalen)
+ graag alsnog het bedrag overmaken
+ ik verzoek u het bedrag van €150 alsnog over te maken
# --- added (round 6: idea-grid probes) ---
# "terugbetaling aangevraagd"
(terugbetaling*|restitutie|refund|*vergoeding|compensatie|schadevergoeding|tegemoetkoming|creditnota|terugstorting) ~3 (aangevraagd|gevraagd|geeist|geclaimd|aanvragen|claimen|eisen|ingediend|indienen)
+ ik heb een terugbetaling aangevraagd voor het kapotte toestel
- de terugbetaling is al binnen, dank
# --- added (round 7: industry probes) ---
# the money by its name in each trade: rente, premie, boete, voorschot, eigen risico
(wil|willen|wou|eis|eisen|graag|verwacht|verwachten) ~3 (rente|rentekosten|premie|boete|opzegboete|toeslag|voorschot|voorschotten|tegoed|eigen|administratiekosten|incassokosten|aanmaningskosten|roamingkosten|transactiekosten|bankkosten|reserveringskosten|bezorgkosten|bijbetaling|abonnementsgeld|borg|ticketprijs|vliegticket*|treinkaartje*|inleg) ~3 terug
+ wil die rente terug
+ ik eis de opzegboete terug
+ ik wil mijn voorschot terug
- de rente ging terug naar 2 procent
- ik wil terug naar mijn oude tarief

# --- r12a (four-voices round 3) ---
# money nouns in the vernacular and by name, then back: "onze centjes terug", "de betaalde termijnen terug"
(wil|willen|wou|eis|eisen|graag|verwacht|verwachten|zou|vraag|vragen) ~6 (centjes|cent|poen|duiten|pegels|knaken|termijn|termijnen|maandbedrag*|bedragen|premies|contributie|collegegeld|lesgeld|inschrijfgeld|huur|entreegeld|reissom|inleg|statiegeld|waarborg|huurwaarborg) ~2 terug
# the money put back on the account: "bedrag terugzetten", "teruggeboekt", "gecrediteerd"
(geld|centen|centjes|bedrag*|kosten|teveel|termijn*|premie*|voorschot|borg|waarborg|aanbetaling|verschil) ~8 (teruggeboekt|terugboeken|terugboekt|terugzetten|terugzet|teruggezet|gecrediteerd|crediteren|gerestitueerd|restitueren|terugstort|terugbetaalt)
# getting it reimbursed: "vergoed te krijgen", "terugbetaald krijgen"
(vergoed|terugbetaald|gecompenseerd|gerestitueerd|uitbetaald|teruggestort|teruggeboekt) ~2 (krijgen|krijg|krijgt|kreeg|kregen) | noneg
# a formal request with words between: "vraag u formeel om de terugbetaling"
(vraag|vragen|verzoek|verzoeken|verzocht|vroeg) ~4 om ~2 (terugbetaling*|restitutie|refund|*vergoeding|compensatie|schadevergoeding|tegemoetkoming|creditering|creditnota)
# overpaid and charged twice: half a cue, needs a want or a back
(te|ten) (veel|onrechte) ~1 (betaald|betaalde|geind|geinde|gefactureerd|aangerekend|afgeschreven|berekend|geincasseerd) | weight=0.5
(dubbel|tweemaal|dubbele) ~2 (betaald|betaalde|afgeschreven|geincasseerd|aangerekend|gefactureerd) | weight=0.5
(twee|2) (keer|maal) ~2 (betaald|betaalde|afgeschreven|geincasseerd|aangerekend|gefactureerd) | weight=0.5
# the deposit or money still not back
(geld|centen|centjes|borg|waarborg|huurwaarborg|aanbetaling|voorschot|terugbetaling|restitutie|bedrag) ~6 (niet|nie|geen|nooit) ~2 (teruggekregen|teruggestort|terugbetaald|terugontvangen|terug) | noneg,weight=0.5
(ik|we|wij|ze|hij|zij) ~2 (wil|willen|zou|zouden|wou) ~3 terug ~1 (hebben|krijgen|zien|ontvangen|willen) | weight=0.5
+ Wij willen onze centjes terug, het festival ging niet door.
+ Ik vraag u formeel om de volledige terugbetaling van het abonnement.
+ Graag het dubbel afgeschreven bedrag op mijn rekening terugzetten.
+ Is het mogelijk om de lessen die niet doorgingen vergoed te krijgen?
+ De huurwaarborg heb ik nog altijd niet teruggekregen, ik zou die graag terug willen.
- Ik heb te veel betaald, maar dat was mijn eigen fout bij het bestellen.

# nl14b: pay out the promised amount
(betaal|betaalt|stort) (me|mij|ons) ~3 (geld|bedrag|terug|compensatie|*vergoeding) | noneg
(betaal|betaalt) ~3 (gewoon|nou) wat ~3 (beloofd|toegezegd) | noneg
+ Betaal nou gewoon wat jullie beloofd hebben.
+ Betaal me nou gewoon dat geld.
- Ik betaal nou gewoon het volle bedrag, prima.
# --- nl15a: "every cent back"
(elke|iedere|ieder|alle) ~1 (cent|eurocent|euro|centen|stuiver) ~5 terug
+ ik wil elke cent van die rit terug
+ ik eis iedere euro terug
- alle euro's die ik spaar gaan naar de vakantie
# --- nl16b ---
# "een van die betalingen wil ik terug"
(betaling|betalingen|afschrijving|afschrijvingen|transactie|transacties|bedrag|bedragen|aanbetaling|waarborg|borg|bijdrage) ~4 (wil|willen|wens|wensen|eis|eisen) ~2 (ik|we|wij) ~1 (terug|terughebben|teruggestort)
+ Die dubbele afschrijving wil ik terug.
- De betaling is gelukt, dank je.
# demanding a refund explicitly
(eis|eisen|eiste|verlang|verlangen|wens|wil|willen) ~3 (terugbetaling|terugstorting|restitutie|schadevergoeding|compensatie)
(vraag|vragen|vroeg|verzoek|verzoeken) om ~2 (terugbetaling|terugstorting|restitutie|schadevergoeding|compensatie)
+ ik eis volledige terugbetaling van de reis
+ Wij verzoeken om restitutie van de borg.
- de terugbetaling is gisteren netjes binnengekomen, dank u
- de terugbetalingstermijn staat duidelijk in de voorwaarden, prima
# --- added (nl18b inflection round) ---
# passive request: "kan dat vergoed worden?", "moet terugbetaald worden"
(kan|kunnen|kunt|moet|moeten|wil|willen|graag|verzoek*|eis*) ~6 (vergoed|terugbetaald|gecompenseerd|gerestitueerd|teruggestort|teruggeboekt) (worden|wordt) | noneg
+ kan de dubbele afschrijving teruggestort worden?

# --- nl-s8: "ik wil gewoon mijn geld", "waar is mijn geld"
(wil|willen|eis|eisen) ~2 (mijn|m'n|mn|ons|onze) (geld|centen|compensatie|*vergoeding|schadevergoeding|terugbetaling|restitutie)
waar (is|blijft) (mijn|m'n|mn|ons|onze|het) (geld|terugbetaling|restitutie|*vergoeding|compensatie|centen)
+ ik wil nu eindelijk mijn geld
+ waar blijft mijn terugbetaling?
- mijn geld staat op een spaarrekening bij een andere bank
