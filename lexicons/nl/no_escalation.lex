# Refused a manager, supervisor or anyone with authority; told no one else
# can be reached.
# A regex because the refusal often follows in the next sentence ("Ik vroeg
# naar een leidinggevende. Die was er niet.") and because the manager
# himself refusing something ("de bedrijfsleider weigerde ...") is no refusal
# to escalate.
/\b(manager|leidinggevende|leidinggevenden|teamleider|teamleidster|supervisor|chef|baas|meerdere|directeur|afdelingshoofd|bedrijfsleider|filiaalmanager|filiaalleider|vestigingsmanager|storemanager|hoofd|verantwoordelijke|hogerop|hoger geplaatste|iemand hoger|iemand met meer bevoegdheid|escalatie|escaleren|wie dat beslist|wie beslist|bij wie)\b(?! (gaf|zei|zegt|deed|vond|begon|weigerde|weigert|besloot|bood|kwam|loste|belde|hielp|heeft|nam|had|was heel|was erg)\b).{0,80}?\b(niet|geweigerd|weigerde|weigerden|weigert|onmogelijk|nooit|geen|niemand|afgewimpeld|afwezig|pauze|op vakantie|vergadering|in overleg|succes daarmee|geen tijd)\b/ | noneg,anchor=(manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|baas|meerdere|directeur*|afdelingshoofd*|bedrijfsleider*|filiaalmanager*|filiaalleider*|vestigingsmanager*|storemanager*|hoofd|verantwoordelijke|hogerop|hoger|iemand|escalatie|escaleren|wie)
(niet|geen|nooit|weigerde|weigerden|weigert|geweigerd|niemand) ~6 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|baas|meerdere|directeur*|afdelingshoofd*|bedrijfsleider*|filiaalmanager*|filiaalleider*|storemanager*|hogerop|escaleren|geescaleerd|doorzetten) | noneg
(er|is|was) ~2 (niemand|geen) ~3 (anders|hoger|boven) | noneg
niemand (anders|hoger|boven) | noneg
niemand (met|bij) wie | noneg
(ik|zij|hij) (ben|is) (de|het) (hoogste|eindverantwoordelijke|enige)
(kan|kon|kunt|mag|mocht) ~3 (niet|nergens) ~3 hogerop | noneg
hogerop ~3 (niet|geen|onmogelijk) | noneg
(vroeg|vroegen|gevraagd|vraag|verzocht|verzoek|eiste|eisten|wilde|wou) ~3 (naar|om) ~2 (manager*|leidinggevende*|teamleider*|teamleidster|supervisor*|chef|baas|bedrijfsleider*|filiaalmanager*|filiaalleider*|afdelingshoofd*|meerdere|directeur*|verantwoordelijke)
(wie|bij) ~6 (beslist|bezwaar|terecht|klagen|escaleren|beslissen|hoger) ~4 (niemand|'niemand) | noneg
(doorverbinden|doorverbonden|doorzetten|doorschakelen) ~5 (kon|kan|mocht|mag|wilde|wou|wilden) ~2 niet | noneg
(kon|kan|mocht|mag|wilde|wou|wilden|weigerde|weigerden) ~3 (doorverbinden|door|doorzetten) ~5 (manager*|leidinggevende*|teamleider*|supervisor*|hoger|iemand|collega) | noneg
+ ik vroeg naar een leidinggevende maar die was er niet, zei ze
+ ze weigerde me door te verbinden met een manager
+ er is niemand anders die u kan helpen, ook geen leidinggevende
+ een teamleider spreken was volgens hem niet mogelijk
- de leidinggevende heeft het meteen opgelost
- ik heb de manager gesproken en alles is geregeld
