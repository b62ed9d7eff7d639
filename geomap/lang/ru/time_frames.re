# Words right before an event cue (one word may stand between) that make it frame a time, not
# report the event ("во время атаки", "со времен боев 2022 года", "после обстрела"); regular-
# expression alternatives, matched case-insensitively from a word boundary.
# Source: written for geomap from Russian news usage; licence: MIT, as geomap.
(?:во время|в ходе|на фоне|в период|с начала|со времен(?:и)?|с момента|после|перед|накануне|вслед за|по окончании|до(?!\s+\d)|до начала|с тех пор как)
# a concession frames too: "несмотря на совместное наступление"
(?:несмотря на|вопреки)(?:\s+[\w-]+)?
# одно из серии, по счёту: «Это уже третий подобный штурм с января»
(?:второй|третий|четв[её]ртый|пятый|шестой|седьмой|восьмой|девятый|десятый|\d+-й) (?:подобный|такой)
