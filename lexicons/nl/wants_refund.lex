# Asks for money back or compensation.
(geld|centen|bedrag|aankoopbedrag|kosten|abonnementskosten|verzendkosten|servicekosten|annuleringskosten|taxikosten|reiskosten|borg|aanbetaling|euro|kaartjes|tickets|abonnementsgeld|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~3 (terug|retour|terugkrijgen|terugbetaald|teruggestort|vergoed|gecrediteerd|terugbetalen|terugstorten|restitueren|gerestitueerd)
(terugbetalen|terugstorten|restitutie*|restitueren|refund*|declareer|declareren|terugboeking*|terugboeken|creditnota|crediteren|terugdraaien|teruggedraaid|schadevergoeding*|compensatie*|tegemoetkoming*|genoegdoening|schadeloos*)
(terugbetaling*|terugbetaald|terugstorting*|teruggestort) | weight=0.5
terug te (storten|betalen|boeken|draaien)
(betaal|betaalt|betalen|stort|storten) ~5 terug
(wil|willen|eis|eisen|verwacht|verwachten|vraag|vragen|graag|verzoek|wens|recht|aanspraak|vorder|vorderen|krijg|krijgen) ~5 (vergoeding|schadevergoeding|compensatie|tegemoetkoming|genoegdoening|korting|creditering|tegoed|tegoedbon|voucher|waardebon|cadeaubon|vergoed|vergoeden|gecompenseerd|compenseren|schadeloos)
(wil|willen|eis|eisen|verwacht|verwachten|recht) ~1 (een|mijn|de|het|op|graag) ~1 (terugbetaling|restitutie|refund)
(vraag|vragen|verzoek|verzoeken) om ~1 (terugbetaling|restitutie|refund|vergoeding|compensatie)
graag ~1 (een|de|mijn) (terugbetaling|restitutie|refund)
(wil|willen|graag|eis|eisen|verwacht|verwachten) ~6 (geld|bedrag|kosten|centen|borg|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~2 terug
(vergoeding|schadevergoeding|compensatie|tegemoetkoming|genoegdoening) ~4 (verwacht|eis|eisen|wil|willen|graag|plaats|terecht|verlang|verdien|vraag|vragen)
(vergoed|vergoeden|compenseren|gecompenseerd) | weight=0.5
(kosten|schade|rekening|factuur|reparatie|reparatiekosten|schadepost) ~5 (vergoeden|vergoed|compenseren|terugbetalen)
+ ik wil mijn geld terug
+ ik eis een vergoeding voor de gemaakte kosten
+ graag het volledige bedrag terugstorten
+ ik verwacht compensatie voor de gemiste dag
+ ik wil die €40 gewoon terug op mijn rekening
- de terugbetaling werd snel geregeld, dank
- dank voor de korting bij mijn bestelling
