// The letters of a place written in capitals on a wire's dateline, accented ones included:
// "ASUNCIÓN", "BOGOTÁ", "SÃO PAULO", "ZÜRICH", "ŁÓDŹ", "İSTANBUL". For character classes.

/** Capital letters, Latin with the accented ones of Latin-1 and the commoner of Latin Extended-A. */
export const CAPITALS = 'A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŐŰČŠŽŘĘĄĞİŞ';
/** Capitals and their small letters: a place name in ordinary case ("Asunción", "Brasília"). */
export const LETTERS = `${CAPITALS}a-zà-öø-ÿłśźżćńőűčšžřęąğış`;
