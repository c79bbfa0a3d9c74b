# Asks for an apology, or complains that no one apologised.
# A regex so that "ik hoef geen excuses" does not count.
/(?<!\bhoef |\bhoeven |\bhoeft |\bwil |\bwillen |\bzoek |\bvraag )\b(geen|nooit|niet eens|zelfs geen|nog geen|niet een|geeneens|zonder)\b[^.!?;]{0,25}\b(excuses|excuus|sorry|verontschuldiging|verontschuldigingen|spijtbetuiging|spijt betuigd|excuusbrief|spijt)\b/ | noneg,anchor=(excuses|excuus|sorry|verontschuldiging*|spijtbetuiging|spijt|excuusbrief)
(excuses|excuus|sorry|verontschuldiging) ~3 (kon|kan|kwam|was) ~3 (niet|nooit) ~1 (af|vanaf|over) | noneg
(verontschuldigd|verontschuldigen|verontschuldigde) ~3 (niet|nooit|geen) | noneg
(niet|nooit|niemand) ~4 (verontschuldigd|verontschuldigen|verontschuldigde) | noneg
(niet|nooit|niemand) ~6 (sorry|excuses) ~1 (gezegd|zeggen|aangeboden|aanbieden|gemaakt|maken) | noneg
(wil|willen|eis|eisen|verwacht|verwachten|verlang|verdien|verdienen|graag|wacht|wachten|vraag|vragen|zou) ~5 (excuses|excuus|verontschuldiging|verontschuldigingen|sorry)
(excuses|excuus|verontschuldiging) ~10 (verwacht|plaats|gepast|geeist|minste|verdiend|fijn|mag|mogen|graag)
excuses (aan|naar) (mij|ons|mijn)
(sorry|excuses|excuus|verontschuldiging) ~4 (was|waren|had|zou) ~3 (genoeg|voldoende|fijn|netjes|gepast|plaats|prettig)
+ ik verwacht minstens excuses van de medewerker
+ er kon nog geen sorry vanaf
+ niemand heeft zich verontschuldigd
+ ik wil een officiële verontschuldiging
- de medewerker bood meteen haar excuses aan, netjes
- sorry voor mijn late reactie
- ik hoef geen excuses, als het maar opgelost wordt
