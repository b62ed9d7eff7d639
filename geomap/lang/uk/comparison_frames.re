# Words right before a place that make it frame a comparison, not the place of an event ("з
# часів Бахмута", "найбільша битва з часів падіння Авдіївки", "досі називають Дзержинськом",
# "колишній Артемівськ"); regular-expression alternatives, matched case-insensitively from a
# word boundary and ending where the place name starts.
# Source: written for geomap from Ukrainian news usage; licence: MIT, as geomap.
(?:з часів|від часів|з часу|з моменту|від моменту|після падіння|як і в|як і у|як у|як в|на відміну від|ніж у|ніж в|ніж|порівняно з|у порівнянні з|в порівнянні з|раніше відом\w+ як|відом\w+ як|колишн\w*|назива\w+|називали|перейменован\w+ (?:з|на)|подібно до)(?:\s+(?:падіння|битви|битва|захоплення|облоги|втрати|звільнення|руйнування|окупації|боїв|штурму|оборони|трагедії))?
