# Negation cues (Dutch).  A cue before a hit in the same clause (at most 3
# words before it) or inside its span negates the hit.  Single words only.
# Dutch often puts "niet" after the verb ("ze belden niet terug"): rules
# whose meaning *is* the negation carry their own cue and are marked noneg.
niet
nie
nt
geen
gn
gene
nooit
nimmer
niemand
niets
niks
nergens
noch
zonder
geenszins
allerminst
evenmin
# A leading single quote stays on the token ('niet), so quoted speech needs
# its own forms.
+ de medewerker was niet onbeleefd
+ ik heb nooit lang hoeven wachten
+ niemand was onvriendelijk tegen mij
+ zonder problemen geholpen
- de medewerker was onbeleefd
- ik heb een uur gewacht
- nietszeggend antwoord gekregen

# nl-s8: "allesbehalve onbeleefd"
allesbehalve
+ de medewerkster was allesbehalve onvriendelijk
- alles behalve de bank werkte mee
