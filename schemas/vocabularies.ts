import { vocabulary } from './vocabulary'

/**
 * Every closed list of the content model, each defined once (see `vocabulary`). Nothing else in
 * the project writes these values as a list.
 */

/** Who an event is for. */
export const audiences = vocabulary([
  { value: 'children', label: 'Enfants' },
  { value: 'families', label: 'Familles' },
  { value: 'youth', label: 'Jeunes' },
  { value: 'adults', label: 'Adultes' },
  { value: 'seniors', label: 'Seniors' },
  { value: 'everyone', label: 'Tous publics' },
])

/** The five accessibility families French agendas use (handicap auditif, visuel, moteur, mental, psychique). */
export const accessibilityFamilies = vocabulary([
  { value: 'hearing', label: 'Auditif' },
  { value: 'sight', label: 'Visuel' },
  { value: 'mobility', label: 'Moteur' },
  { value: 'intellectual', label: 'Mental' },
  { value: 'psychic', label: 'Psychique' },
])

/** Days of a house's opening hours. */
export const openingDays = vocabulary([
  { value: 'monday', label: 'Lundi' },
  { value: 'tuesday', label: 'Mardi' },
  { value: 'wednesday', label: 'Mercredi' },
  { value: 'thursday', label: 'Jeudi' },
  { value: 'friday', label: 'Vendredi' },
  { value: 'saturday', label: 'Samedi' },
  { value: 'sunday', label: 'Dimanche' },
])

/** How often an event repeats; the values map to RFC 5545 `FREQ` (section 3.3.10). */
export const frequencies = vocabulary([
  { value: 'none', label: 'Ne se répète pas' },
  { value: 'daily', label: 'Tous les jours' },
  { value: 'weekly', label: 'Toutes les semaines' },
  { value: 'monthly', label: 'Tous les mois' },
])

/** Days of a weekly repetition, as RFC 5545 `BYDAY` codes (section 3.3.10). */
export const weekdayCodes = vocabulary([
  { value: 'MO', label: 'Lundi' },
  { value: 'TU', label: 'Mardi' },
  { value: 'WE', label: 'Mercredi' },
  { value: 'TH', label: 'Jeudi' },
  { value: 'FR', label: 'Vendredi' },
  { value: 'SA', label: 'Samedi' },
  { value: 'SU', label: 'Dimanche' },
])

/**
 * Which day of the month a monthly repetition keeps: the same date, or the same weekday counted
 * from the start or the end of the month (RFC 5545 `BYMONTHDAY` / `BYDAY` with an ordinal, 3.3.10).
 */
export const monthlyModes = vocabulary([
  { value: 'dayOfMonth', label: 'Le même jour du mois (ex. le 12)' },
  { value: 'weekdayOfMonth', label: 'Le même jour de la semaine (ex. le 1er samedi)' },
  { value: 'lastWeekdayOfMonth', label: 'Le dernier jour de la semaine du mois (ex. le dernier jeudi)' },
])

/** Whether an event still takes place. */
export const eventStatuses = vocabulary([
  { value: 'scheduled', label: 'A lieu comme prévu' },
  { value: 'cancelled', label: 'Annulé' },
  { value: 'postponed', label: 'Reporté' },
])

/** How residents join an event. */
export const registrationModes = vocabulary([
  { value: 'none', label: 'Entrée libre, sans inscription' },
  { value: 'required', label: 'Sur inscription' },
  { value: 'full', label: 'Complet' },
])

/** Where an event happens. */
export const venueKinds = vocabulary([
  { value: 'house', label: 'Dans une maison' },
  { value: 'elsewhere', label: 'Ailleurs' },
])

/** What a resident sends in. */
export const contributionKinds = vocabulary([
  { value: 'text', label: 'Texte' },
  { value: 'photo', label: 'Photo' },
  { value: 'audio', label: 'Son' },
  { value: 'event-proposal', label: 'Proposition d’événement' },
  { value: 'letter', label: 'Courrier au journal' },
])

/** Where a contribution stands in moderation. */
export const contributionStatuses = vocabulary([
  { value: 'received', label: 'Reçue' },
  { value: 'in-review', label: 'En cours de relecture' },
  { value: 'accepted', label: 'Acceptée' },
  { value: 'rejected', label: 'Refusée' },
  { value: 'published', label: 'Publiée' },
])

/** What staff may do: `admin` every house, `editor` their houses, `moderator` contributions. */
export const staffRoles = vocabulary([
  { value: 'admin', label: 'Administration (toutes les maisons)' },
  { value: 'editor', label: 'Édition (ses maisons)' },
  { value: 'moderator', label: 'Modération des contributions' },
])

/** Who a purpose of the goal tree is for. */
export const purposeAudiences = vocabulary([
  { value: 'houses', label: 'Les centres sociaux' },
  { value: 'residents', label: 'Les habitant·es' },
])

/** Who wrote an article. */
export const authorKinds = vocabulary([
  { value: 'staff', label: 'Salarié·e' },
  { value: 'resident', label: 'Habitant·e' },
])

/** Where a project stands. */
export const projectStatuses = vocabulary([
  { value: 'idea', label: 'En réflexion' },
  { value: 'active', label: 'En cours' },
  { value: 'paused', label: 'En pause' },
  { value: 'completed', label: 'Terminé' },
])

/** What a partner is; `funder` is one kind of partner. */
export const partnerKinds = vocabulary([
  { value: 'funder', label: 'Financeur' },
  { value: 'public-body', label: 'Institution publique' },
  { value: 'association', label: 'Association' },
  { value: 'company', label: 'Entreprise' },
  { value: 'programme', label: 'Programme ou dispositif' },
  { value: 'other', label: 'Autre' },
])

/** Font families the visual identity offers, each a stack of fonts already on most devices. */
export const fontStacks = vocabulary([
  { value: 'humanist', label: 'Humaniste (Seravek, Gill Sans, Ubuntu…)' },
  { value: 'geometric', label: 'Géométrique (Avenir, Montserrat, Century Gothic…)' },
  { value: 'system', label: 'Police du système' },
  { value: 'serif', label: 'Avec empattements (Charter, Georgia…)' },
  { value: 'readable', label: 'Lisibilité renforcée (Atkinson Hyperlegible, Verdana…)' },
])

/** Languages of a show, as the podcast feed's `language` (ISO 639-1). */
export const podcastLanguages = vocabulary([
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'Anglais' },
  { value: 'ar', label: 'Arabe' },
  { value: 'es', label: 'Espagnol' },
])

/** Apple Podcasts categories the radio's shows fit in (the value is the feed's `itunes:category` text). */
export const podcastCategories = vocabulary([
  { value: 'Society & Culture', label: 'Société et culture' },
  { value: 'News', label: 'Actualités' },
  { value: 'Education', label: 'Éducation' },
  { value: 'Kids & Family', label: 'Enfants et famille' },
  { value: 'Music', label: 'Musique' },
  { value: 'Arts', label: 'Arts' },
  { value: 'Leisure', label: 'Loisirs' },
])

/** `itunes:type` of a show: episodes heard in any order (newest first) or in sequence. */
export const showTypes = vocabulary([
  { value: 'episodic', label: 'Épisodes indépendants (les plus récents d’abord)' },
  { value: 'serial', label: 'Série (à écouter dans l’ordre)' },
])

/** `itunes:episodeType` values. */
export const episodeTypes = vocabulary([
  { value: 'full', label: 'Épisode complet' },
  { value: 'trailer', label: 'Bande-annonce' },
  { value: 'bonus', label: 'Bonus' },
])

/** Roles of people in an episode, after the Podcasting 2.0 `podcast:person` role taxonomy. */
export const personRoles = vocabulary([
  { value: 'host', label: 'Animation' },
  { value: 'guest', label: 'Invité·e' },
  { value: 'reporter', label: 'Reportage' },
  { value: 'producer', label: 'Réalisation' },
  { value: 'editor', label: 'Montage' },
])

/** Under which name a contribution may be published, as its contributor chose. */
export const signatureChoices = vocabulary([
  { value: 'full', label: 'Mon nom complet' },
  { value: 'first', label: 'Mon prénom seulement' },
  { value: 'pseudonym', label: 'Un pseudonyme' },
  { value: 'anonymous', label: 'Anonymement' },
])

/** Whether people can be recognised in the photos a contributor sends, and whether they agreed. */
export const imageRightsAnswers = vocabulary([
  { value: 'nobody', label: 'Personne n’est reconnaissable sur mes photos' },
  { value: 'agreed', label: 'Les personnes reconnaissables sont d’accord pour être publiées' },
  { value: 'not-agreed', label: 'Je n’ai pas leur accord : ne publiez pas ces photos' },
])

/** File formats the uploads accept, by MIME type, with the name staff know them by (refusals say which are accepted). */
export const fileFormats = vocabulary([
  { value: 'image/jpeg', label: 'JPEG' },
  { value: 'image/png', label: 'PNG' },
  { value: 'image/webp', label: 'WebP' },
  { value: 'image/avif', label: 'AVIF' },
  { value: 'image/gif', label: 'GIF' },
  { value: 'image/svg+xml', label: 'SVG' },
  { value: 'application/pdf', label: 'PDF' },
  { value: 'audio/mpeg', label: 'MP3' },
  { value: 'audio/mp4', label: 'M4A' },
  { value: 'audio/x-m4a', label: 'M4A' },
  { value: 'audio/aac', label: 'AAC' },
  { value: 'video/mp4', label: 'MP4' },
  { value: 'audio/wav', label: 'WAV' },
  { value: 'audio/x-wav', label: 'WAV' },
  { value: 'audio/webm', label: 'WebM' },
  { value: 'video/webm', label: 'WebM' },
  { value: 'audio/ogg', label: 'Ogg' },
  { value: 'audio/opus', label: 'Opus' },
  { value: 'text/plain', label: 'texte' },
])

/** What a search result is: the search page's "Type" filter (values appear in its URLs). */
export const searchKinds = vocabulary([
  { value: 'evenement', label: 'Événement' },
  { value: 'maison', label: 'Maison' },
  { value: 'projet', label: 'Projet' },
  { value: 'partenaire', label: 'Partenaire' },
  { value: 'action', label: 'Objectifs et actions' },
  { value: 'numero', label: 'Numéro du journal' },
  { value: 'article', label: 'Article' },
  { value: 'emission', label: 'Émission' },
  { value: 'episode', label: 'Épisode' },
  { value: 'page', label: 'Page' },
  { value: 'contribution', label: 'Contribution' },
])
