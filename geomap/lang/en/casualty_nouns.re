# Nouns of the people a death toll counts ("two civilians", "three police officers");
# regular-expression alternatives, matched case-insensitively.
# Source: written for geomap from English news usage; licence: MIT, as geomap.
people
person
civilians?
soldiers?
servicem[ae]n
residents?
child(?:ren)?
m[ae]n
wom[ae]n
fighters?
militants?
troops
police(?:m[ae]n| officers?)?
officers?
workers?
persons
others
passengers?
drivers?
patients?
guards?
pensioners?
members
rebels?
insurgents?
gunmen
attackers?
militiam[ae]n
villagers?
farmers?
students?
protesters?
demonstrators?
victims?
tourists?
worshippers?
Palestinians?
Israelis?
Ukrainians?
Russians?
Syrians?
Iraqis?
Afghans?
