# The bodies of a state or province, written after its name: a name before one is a first-order
# division whose body acts in the story ("Georgia Bureau of Investigation agents raided the
# home", "West Virginia State Police said"), so the article's other names are likelier there.
# A town has police of its own ("Delta Police Department"): a state's are the State Police.
# Regular-expression alternatives, matched as written (capitalised) after the name.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
State\s+(?:Police|Patrol|Troopers?)
(?:State\s+)?Highway\s+Patrol
Bureau\s+of\s+(?:Investigation|Criminal\s+Investigation)
Department\s+of\s+(?:Public\s+Safety|Corrections|Transportation|Justice|Natural\s+Resources|Health|Revenue|Children)
Attorney\s+General
Supreme\s+Court
