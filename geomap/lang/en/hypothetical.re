# Words before an event cue that make the clause speak of what may happen, not of what did
# ("could fall", "plans to"); regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
if
unless
could
would
might
should
(?-i:may)
plans? to
planning to
threaten(?:s|ed)? to
vow(?:s|ed)? to
pledg(?:e|es|ed) to
promis(?:e|es|ed) to
intends? to
aims? to
wants? to
seeks? to
expected to
likely to
will
(?:is|are) to
must
time to
(?:is|are) due to
no way
(?:is|are|was|were) not going to
plott(?:ing|ed) (?:to )?
conspir(?:ing|ed|acy) to
(?:planned|planning|plotting|preparing|called for)(?= (?:a|an|new) (?:[\w-]+ )?$)
# a march a union or party calls for a day to come: "The unions have called a march in Bordeaux"
(?:has|have|had) called(?= (?:a|an) (?:[\w-]+ )?$)
# what someone was kept from doing: "arrested ... to prevent them from joining the march"
(?:prevent|stop|stopp?ed|keep|kept|bar|barred|block|blocked)(?:ing)? (?:\w+ ){0,3}?from (?:joining|attending|holding|staging|taking part in)
# "the Rev. Alvin Marsh, who helped organise the marches": the marches told elsewhere, a person's part in them
who (?:\w+ )?organi[sz]ed? (?:the|these|those)
# what is still to come: "is due in Aden for talks on a prisoner exchange"; "any further strikes"
(?:is|are) due (?:in|at|to)
for talks
any (?:further|new|more|future)
# a warning of what is coming: "commanders warn that Russia is massing troops for a summer offensive"
warns? that
warning that
for an? (?:[\w-]+ )?(?=(?:offensive|assault|attack)\b)
