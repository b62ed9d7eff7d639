# Verbs after a capital or a government seat that make it an actor, not a place where something
# happened ("Москва заявила", "Київ спростував", "У Брюсселі засудили"); regular-expression
# alternatives, matched case-insensitively as whole words right after the name.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
(?:не\s+)?(?:заяв|повідом|оголос|засуд|запереч|спростув|відкин|звинуват|вимаг|попередж|пригроз|наполяг|погрож|підтверд|визна|наказа|вирішил|вирішив|ухвал|відповіл|відповів|прокоментув|закликал|закликав|висловил|висловив|назвал|назвав|стверджу|вважа|хоче|готов|дозвол|запровад|відмов|погод|пообіця|обіця|розкритикув|висунул|висунув)\w*
