/**
 * A house's name in a French sentence. Names are written bare in the CMS (« Maison du Port »);
 * after a preposition they take their article, contracted with « de » (« de la Maison du Port »,
 * « du Centre social », « de l’Escale »). The gender comes from the name's first word: a house is a
 * « maison » unless its name starts with a masculine noun; a name that already starts with its
 * article (« Les Tilleuls ») keeps it.
 */

/** First words of masculine house names: « le Centre social », « l’Espace… », « le Foyer ». */
const MASCULINE = new Set(['centre', 'espace', 'foyer', 'local', 'point', 'pôle', 'relais', 'lieu'])

const ELIDED = /^[aeiouyhâàéèêëîïôöûüœ]/i
const OWN_ARTICLE = /^(la|le|les)\s+|^l['’]/i

/** The name with its article, as in « avec la Maison du Port » or « l’Escale ». */
export function theHouse(name: string): string {
  const own = OWN_ARTICLE.exec(name)
  if (own) return own[0].toLowerCase() + name.slice(own[0].length)
  if (ELIDED.test(name)) return `l’${name}`
  const first = name.split(/\s/, 1)[0]!.toLowerCase()
  return `${MASCULINE.has(first) ? 'le' : 'la'} ${name}`
}

/** « de » and the name with its article, contracted: « de la Maison du Port », « du Centre social ». */
export function ofHouse(name: string): string {
  const withArticle = theHouse(name)
  if (withArticle.startsWith('le ')) return `du ${withArticle.slice(3)}`
  if (withArticle.startsWith('les ')) return `des ${withArticle.slice(4)}`
  return `de ${withArticle}`
}

/**
 * The agenda's title, for a house's filtered agenda (« Agenda de la Maison du Port ») or the whole
 * cooperation's (« Agenda de la Coopé »): page titles, frames and calendar names (X-WR-CALNAME).
 */
export function agendaTitle(house: { name: string } | null | undefined): string {
  return house ? `Agenda ${ofHouse(house.name)}` : 'Agenda de la Coopé'
}
