# Words that make a clause speak of what keeps happening ("отново и отново"), not of one event;
# regular-expression alternatives, matched case-insensitively as whole words.
# Source: written for geomap from Bulgarian news usage; licence: MIT, as geomap.
отново и отново
пак и пак
многократно
редовно
рутинно
ежедневно
ежеседмично
ежемесечно
всеки (?:ден|път|месец)
всяка (?:нощ|седмица|сутрин|вечер)
почти всеки ден
ден след ден
нощ след нощ
постоянно
непрекъснато
систематично
често
обикновено
традиционно
се превърна(?:ха)? в
се е превърнал\w* в
са се превърнали в
свикнал\w* (?:са |е )?да
разчита\w* (?:в голяма степен |основно |предимно |силно |най-вече )?на
