// Demo content: the radio show « Les Ondes de la Coopé » and its first two episodes.
import type { DemoEpisode } from './types'

export type DemoShow = {
  title: string
  slug: string
  description: string
  owner: { name: string; email: string }
  author: string
}

export const show: DemoShow = {
  title: 'Les Ondes de la Coopé',
  slug: 'les-ondes-de-la-coope',
  description:
    'L’émission des habitant·es de Valmont-sur-Loire, enregistrée dans les trois maisons de la Coopé, sur les marchés et dans les fêtes de quartier. Reportages, portraits et paroles d’habitant·es : chaque épisode part à la rencontre de celles et ceux qui font vivre nos quartiers. Une transcription accompagne chaque épisode.',
  owner: { name: 'La Coopé', email: 'radio@la-coope-valmont.fr' },
  author: 'Radio de la Coopé',
}

export const episodes: DemoEpisode[] = [
  {
    title: 'La cuisine partagée aux Tilleuls',
    slug: 'la-cuisine-partagee-aux-tilleuls',
    description:
      'Pour son tout premier épisode, la radio de la Coopé pose ses micros dans la cuisine de la Maison des Tilleuls. Chaque mercredi soir, des habitant·es de tous âges y préparent ensemble un repas de saison, avant de dîner autour de la grande table.',
    audio: 'episode-1.mp3',
    number: 1,
    season: 1,
    daysAgo: 21,
    transcript: [
      'WEBVTT',
      '',
      '00:00:00.000 --> 00:00:03.000',
      '<v Karim>Bonjour à toutes et à tous, et bienvenue dans Les Ondes de la Coopé, la radio des trois maisons !',
      '',
      '00:00:03.000 --> 00:00:12.000',
      '<v Karim>Pour ce premier épisode, nous sommes dans la cuisine de la Maison des Tilleuls.',
      '',
      '00:00:12.000 --> 00:00:23.000',
      '<v Josette>Ce soir, c’est soupe de potiron et crumble aux pommes. Ici, chacun·e apporte une recette, et on partage tout.',
      '',
    ].join('\n'),
    chapters: [
      { startTime: 0, title: 'Générique' },
      { startTime: 3, title: 'Bienvenue dans Les Ondes de la Coopé' },
      { startTime: 12, title: 'Dans la cuisine des Tilleuls' },
    ],
    people: [
      { name: 'Karim Haddad', role: 'host', consent: true },
      { name: 'Josette Roux', role: 'guest', consent: true },
    ],
  },
  {
    title: 'Le jardin partagé et la bourse aux graines',
    slug: 'le-jardin-partage-et-la-bourse-aux-graines',
    description:
      'Direction le jardin partagé de la Maison de la Colline, un matin de bourse aux graines. Bernard, jardinier bénévole, nous explique comment récolter ses semences et pourquoi il vaut mieux les échanger que les acheter.',
    audio: 'episode-2.mp3',
    number: 2,
    season: 1,
    daysAgo: 7,
    transcript: [
      'WEBVTT',
      '',
      '00:00:00.000 --> 00:00:03.000',
      '<v Karim>Nous voilà au jardin partagé de la Maison de la Colline, le jour de la bourse aux graines.',
      '',
      '00:00:03.000 --> 00:00:13.000',
      '<v Bernard>On prend des graines, on les sème, et à la fin de la saison on en rapporte.',
      '',
      '00:00:13.000 --> 00:00:20.000',
      '<v Bernard>C’est une bibliothèque, sauf qu’on rend plus qu’on n’a emprunté !',
      '',
      '00:00:20.000 --> 00:00:23.000',
      '<v Karim>Rendez-vous le premier samedi du mois pour la prochaine bourse.',
      '',
    ].join('\n'),
    chapters: [
      { startTime: 0, title: 'Générique' },
      { startTime: 3, title: 'Au jardin de la Colline' },
      { startTime: 13, title: 'Le principe de la bourse aux graines' },
    ],
    people: [
      { name: 'Karim Haddad', role: 'host', consent: true },
      { name: 'Bernard Garnier', role: 'guest', consent: false },
    ],
  },
]
